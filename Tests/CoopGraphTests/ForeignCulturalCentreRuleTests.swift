import Testing
@testable import CoopGraph

@Suite("ForeignCulturalCentreRule")
struct ForeignCulturalCentreRuleTests {
    /// `canonical[alias,…]@country` for each cultural-centre mention, over the bundled gazetteers.
    static func centres(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "organization.cultural-centre" }.map {
            "\($0.canonical)[\($0.aliases.sorted().joined(separator: ","))]@\($0.properties["country"] ?? "")"
        }
    }

    @Test("a centre after a foreign country, with particles", arguments: [
        ("행사는 외교부와 독일 문화원이 함께 열었다", ["독일 문화원[독일문화원]@독일"]),
        ("사진전은 일본 공보문화원에서 열린다", ["일본 공보문화원[일본공보문화원]@일본"]),
        ("스페인 문화원과 협력해 축제를 개최한다", ["스페인 문화원[스페인문화원]@스페인"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(Self.centres(text) == expected)
    }

    @Test("Korea's own centres, a centre with no country or a longer word: none", arguments: [
        "주영 한국 문화원에서 공연이 열렸다",
        "노원문화원과 업무협약을 맺었다",
        "중국 문화원형 콘텐츠를 발굴한다",
    ])
    func notFound(text: String) {
        #expect(Self.centres(text) == [])
    }

    @Test("a centre before its head's title `<centre>장`: the centre is found, the heads keep their title word")
    func head() {
        let text = "개막식에는 하야시 겐타 일본 공보문화원장, 왕단 중국 문화원장이 참석했다"
        #expect(Self.centres(text) == ["일본 공보문화원[일본공보문화원]@일본", "중국 문화원[중국문화원]@중국"])
        #expect(Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.kind == .person }.map {
            "\($0.canonical)/\($0.properties["title"] ?? "")"
        } == ["하야시 겐타/공보문화원장", "왕단/문화원장"])
    }
}
