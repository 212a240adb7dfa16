import Testing
@testable import CoopGraph

@Suite("ParenthesizedHeadNameRule")
struct ParenthesizedHeadNameRuleTests {
    @Test("a foreign body's head in parentheses, transcribed or in Latin letters; a Korean acting head", arguments: [
        ("환경부는 중국 생태환경부(장관 리간제)와 회의를 열었다", ["리간제/장관@중국 생태환경부"]),
        ("중기부는 베트남 기획투자부(장관 Tran Van Son)와 양해각서를 체결했다", ["Tran Van Son/장관@베트남 기획투자부"]),
        ("소방청(청장 직무대행 박민호)은 일본 총무성과 협력한다", ["박민호/청장 직무대행@소방청"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(SpelledForeignNameRuleTests.bundledPersons(text) == expected)
    }

    @Test("a Korean body without an acting word, a note, or a title in place of a name: nothing from this rule", arguments: [
        "관세청(청장 동정자료)은 발표했다",
        "위원회(위원장 국무총리)가 열렸다",
        "중국 생태환경부(장관 회의 참석)와 협의했다",
        "소방청(청장 직무대행 회의)은 발표했다",
    ])
    func notFound(text: String) {
        #expect(SpelledForeignNameRuleTests.bundledPersons(text) == [])
    }
}
