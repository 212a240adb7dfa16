import Testing
@testable import CoopGraph

@Suite("Gazetteer+Scope")
struct GazetteerScopeTests {
    static func mention(_ canonical: String, _ kind: NodeKind) -> Mention {
        Mention(range: SourceRange(0, 3), kind: kind, canonical: canonical, surface: canonical, properties: [:], rule: "gazetteer")
    }

    @Test("an organisation whose line says scope=international is international; a Korean body or an unknown name is not")
    func international() {
        let g = ExtractionTestSupport.gazetteer
        #expect(g.isInternational(Self.mention("유엔개발계획", .organization)))
        #expect(g.isInternational(Self.mention("국제농업개발기금", .organization)))
        #expect(!g.isInternational(Self.mention("한국철강협회", .organization)))
        #expect(!g.isInternational(Self.mention("외교부", .ministry)))
        #expect(!g.isInternational(Self.mention("없는기구", .organization)))
        var secretariat = Self.mention("없는기구 사무국", .organization)
        secretariat.rule = "organization.secretariat"
        #expect(g.isInternational(secretariat))
    }

    @Test("every line of the bundled international-organizations.tsv carries scope=international")
    func bundled() throws {
        let g = try GazetteerLoader.load()
        for name in ["유엔", "유엔식량농업기구", "세계식량계획", "경제협력개발기구"] {
            #expect(g.isInternational(Self.mention(name, .organization)), "\(name)")
        }
        #expect(!g.isInternational(Self.mention("한국무역협회", .organization)))
    }
}
