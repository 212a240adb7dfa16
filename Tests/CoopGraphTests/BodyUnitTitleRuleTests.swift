import Testing
@testable import CoopGraph

@Suite("BodyUnitTitleRule")
struct BodyUnitTitleRuleTests {
    @Test("a name with a body, an internal unit and a title, in both orders", arguments: [
        ("이번 협의에는 박서준 외교부 개발협력국 심의관이 수석대표로 참석하였다", ["박서준/개발협력국 심의관@외교부"]),
        ("토론에는 정하늘 서울대학교 국제대학원 교수가 참여했다", ["정하늘/국제대학원 교수@서울대학교"]),
        ("※ 수석대표: 외교부 김도윤 기후환경과학외교국 심의관", ["김도윤/기후환경과학외교국 심의관@외교부"]),
        // A body's Latin abbreviation between body and unit.
        ("발표자로 최유진 대외경제정책연구원(KIEP) 국제협력실 실장이 나섰다", ["최유진/국제협력실 실장@대외경제정책연구원"]),
        // A list: each name with its own body and unit.
        ("이지훈 고려대학교 정치외교학과 교수, 한서윤 연세대학교 경제학부 교수가 토론했다",
         ["이지훈/정치외교학과 교수@고려대학교", "한서윤/경제학부 교수@연세대학교"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(SpelledForeignNameRuleTests.bundledPersons(text) == expected)
    }

    @Test("no name, no unit word, a unit that is a title, or no title after it: no person", arguments: [
        "이번 외교부 개발협력국 심의관 회의가 열렸다",
        "박서준 외교부 개발협력국 업무를 맡았다",
        "회의에서 외교부 과장 국장이 설명했다",
        "설명하며 외교부 개발협력국 심의관이 말했다",
        "박서준 외교부 국 심의관이 말했다",
    ])
    func notFound(text: String) {
        #expect(SpelledForeignNameRuleTests.bundledPersons(text).filter { $0.contains("심의관") && $0.contains("국 ") } == [])
    }
}
