import Testing
@testable import CoopGraph

@Suite("HanjaCountryRule")
struct HanjaCountryRuleTests {
    @Test("a standalone Hanja before a name is its country")
    func standalone() {
        let text = "그린칩 제조를 위한 美 일리노이대학교(University of Illinois)와의 공동 R&D"
        let found = ExtractionTestSupport.mentions(text, rules: [HanjaCountryRule()])
        #expect(found.map { "\($0.canonical)=\($0.surface)" } == ["미국=美"])
        #expect(found.first?.range == ExtractionTestSupport.range(of: "美", in: text))
    }

    @Test("a Hanja inside words or at the end is not", arguments: ["日本語", "11日 개최", "美術 전시", "국내 美"])
    func notStandalone(text: String) {
        #expect(ExtractionTestSupport.summary(text, rules: [HanjaCountryRule()]) == [])
    }
}
