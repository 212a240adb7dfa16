import Testing
@testable import CoopGraph

@Suite("GazetteerRule")
struct GazetteerRuleTests {
    let rules: [any EntityRule] = [GazetteerRule()]

    @Test("finds names and aliases with exact ranges (seed 002 member list)")
    func memberList() {
        let text = "14개국(한국, 미국, 일본, 캐나다, 이탈리아, 인도) 및 EU 참여 중"
        let found = ExtractionTestSupport.mentions(text, rules: rules)
        #expect(found.map { "\($0.kind.rawValue):\($0.canonical)" } == [
            "country:한국", "country:미국", "country:일본", "country:캐나다", "country:이탈리아", "country:인도", "organization:EU",
        ])
        #expect(found[0].range == ExtractionTestSupport.range(of: "한국", in: text))
        #expect(found[6].range == ExtractionTestSupport.range(of: "EU", in: text))
        #expect(found[0].rule == "gazetteer.country")
    }

    @Test("an alias resolves to its canonical name and keeps the aliases")
    func alias() {
        let found = ExtractionTestSupport.mentions("인니와 양자협력 업무협약(MOU) 체결", rules: rules)
        #expect(found.map { "\($0.canonical)=\($0.surface)" } == ["인도네시아=인니"])
        #expect(found.first?.aliases == ["인니"])
    }

    @Test("no match inside a longer word or an ASCII word", arguments: ["대한국민", "인도로는", "EUR 환율", "동인도회사"])
    func boundaries(text: String) {
        let expected = text == "인도로는" ? ["country:인도=인도"] : []
        #expect(ExtractionTestSupport.summary(text, rules: rules) == expected)
    }

    @Test("stopwords are never entities")
    func stopwords() {
        #expect(ExtractionTestSupport.summary("양국 정부, 업계, 전문가 등", rules: rules) == [])
    }
}
