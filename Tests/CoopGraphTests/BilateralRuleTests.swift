@testable import CoopGraph
import Testing

@Suite("BilateralRule")
struct BilateralRuleTests {
    @Test("short forms and mentioned countries in a leading compound")
    func codes() {
        let mongolia = Mention(range: SourceRange(0, 0), kind: .country, canonical: "몽골", surface: "몽골", rule: "test")
        #expect(BilateralRule.codes(in: "한-일 민관 철강협의회") == ["한국", "일본"])
        #expect(BilateralRule.codes(in: "한미 에너지장관회담") == ["한국", "미국"])
        #expect(BilateralRule.codes(in: "한·미·일 정상회담") == ["한국", "미국", "일본"])
        #expect(BilateralRule.codes(in: "한-몽골 경제동반자협정", [mongolia]) == ["한국", "몽골"])
        #expect(BilateralRule.codes(in: "한-몽골 경제동반자협정") == [])
        #expect(BilateralRule.codes(in: "한국철강협회 토론회") == [])
    }

    @Test("a bilateral agreement has both countries as parties")
    func agreementParties() {
        let text = "양국은 11월 11일 한-몽골 경제동반자협정(EPA) 협상을 조속히 타결하기로 했다."
        let r = EventRecognizerTests.run(text: text, date: "2024-11-11", [("몽골", .country, "몽골")])
        #expect(EventRecognizerTests.sources(r, .partyTo, "agreement:한-몽골_경제동반자협정") == ["country:몽골", "country:한국"])
    }
}
