import Testing
@testable import CoopGraph

@Suite("ForeignLocalGovernmentRule")
struct ForeignLocalGovernmentRuleTests {
    /// `kind:canonical=surface` for each mention of the rule, over the bundled gazetteers.
    static func governments(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "ministry.local-government" }.map {
            "\($0.kind.rawValue):\($0.canonical)=\($0.surface)"
        }
    }

    @Test("a place word, a blank, then a state, province or city government word", arguments: [
        ("중기부는 함부르크 주정부와 업무협약을 맺었다", ["ministry:함부르크 주정부=함부르크 주정부"]),
        ("퀸즐랜드 주(州)정부 관계자가 참석했다", ["ministry:퀸즐랜드 주정부=퀸즐랜드 주(州)정부"]),
        ("텍사스 주 정부는 투자를 약속했다", ["ministry:텍사스 주정부=텍사스 주 정부"]),
        ("장쑤 성정부와 협력한다", ["ministry:장쑤 성정부=장쑤 성정부"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(Self.governments(text) == expected)
    }

    @Test("a country, a verb form or grammar word before the government word, or another word after it: nothing", arguments: [
        "호주 주정부 관계자들이 참석했다",
        "지원할 수 있도록 주정부와 협의했다",
        "이를 위해 주정부는 예산을 편성했다",
        "함부르크 주정부청사를 방문했다",
        "연방 정부와 주정부가 협력한다",
    ])
    func notFound(text: String) {
        #expect(Self.governments(text) == [])
    }
}
