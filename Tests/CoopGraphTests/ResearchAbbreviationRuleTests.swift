import Testing
@testable import CoopGraph

@Suite("ResearchAbbreviationRule")
struct ResearchAbbreviationRuleTests {
    @Test("X研 resolves through X연구원 or 한국X연구원")
    func abbreviations() {
        let text = "(화학研) 재활용 원료를 활용한 공정 재설계 + (전자통신研) AI기술활용"
        #expect(ExtractionTestSupport.summary(text, rules: [ResearchAbbreviationRule()]) == [
            "institute:한국화학연구원=화학研", "institute:한국전자통신연구원=전자통신研",
        ])
    }

    @Test("an unknown X gives nothing: 공공^研")
    func unknown() {
        #expect(ExtractionTestSupport.summary("산업부, 공공^研과 탄소중립 공공研", rules: [ResearchAbbreviationRule()]) == [])
    }
}
