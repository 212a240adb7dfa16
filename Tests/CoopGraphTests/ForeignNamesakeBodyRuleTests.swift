import Testing
@testable import CoopGraph

@Suite("ForeignNamesakeBodyRule")
struct ForeignNamesakeBodyRuleTests {
    /// `canonical@country` for each mention of the rule, over the bundled gazetteers.
    static func bodies(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "ministry.foreign-namesake" }.map {
            "\($0.canonical)@\($0.properties["country"] ?? "")"
        }
    }

    @Test("a Korean ministry's name after a foreign country is that country's body", arguments: [
        ("차관은 말레이시아 국방부와 방산 협력을 논의했다", ["말레이시아 국방부@말레이시아"]),
        ("이어 몽골 관세청 대표단과 회의를 가졌다", ["몽골 관세청@몽골"]),
        ("장관은 태국 국방부장관을 접견했다", ["태국 국방부@태국"]),
        ("페루 환경부 장관과 필리핀 법무부 차관이 참석했다", ["페루 환경부@페루", "필리핀 법무부@필리핀"]),
        ("이니아 세루이라투 피지공화국 국방부장관을 만났다", ["피지 국방부@피지"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(Self.bodies(text) == expected)
    }

    @Test("Korea's bodies, compounds, lists and bodies not right after the country: none", arguments: [
        "한국 국방부는 입장을 밝혔다",
        "한-태국 국방부 장관회담이 열렸다",
        "미국, 일본 외교부 관계자가 참석했다",
        "베트남 방문 중 국방부 장관은 말했다",
        "국방부는 태국 측과 협의했다",
    ])
    func notFound(text: String) {
        #expect(Self.bodies(text) == [])
    }

    @Test("the person with the fused title belongs to the foreign body, and a unit after it is no name")
    func affiliation() {
        let persons = { (text: String) in
            Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.kind == .person }.map {
                "\($0.canonical)/\($0.properties["title"] ?? "")@\($0.properties["affiliation"] ?? "")"
            }
        }
        #expect(persons("차관은 방한 중인 이니아 바티코토 세루이라투(Inia Batikoto Seruiratu) 피지 국방부장관을 만났다")
                == ["이니아 바티코토 세루이라투/장관@피지 국방부"])
        #expect(persons("카렌 샌더콕(Karen Sandercock) 호주 교육부 국제처 국장이 방한했다").allSatisfy { !$0.hasPrefix("국제처") })
    }
}
