import Testing
@testable import CoopGraph

@Suite("UnitNameTitleRule")
struct UnitNameTitleRuleTests {
    @Test("a Korean name before an internal unit (…국, …실, …단, …팀) and a title", arguments: [
        ("정책협의회는 김민수 아시아태평양국 부위원장과 상대국 대표를 수석대표로 하여 열렸다", ["김민수/아시아태평양국 부위원장@"]),
        ("이날 회의에는 박지영 통상정책팀 과장이 참석했다", ["박지영/통상정책팀 과장@"]),
        ("오후에는 최현우 기획조정실 실장, 이서연 국제협력단 위원장이 발표했다", ["최현우/기획조정실 실장@", "이서연/국제협력단 위원장@"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(ExtractionTestSupport.persons(text) == expected)
    }

    @Test("not a name before the unit, a short unit, or no title after it: no person", arguments: [
        "이번 아시아태평양국 과장 회의가 열렸다",
        "김민수 본국 과장이 말했다",
        "박지영 통상정책과 업무를 맡았다",
        "회의 결과 아시아태평양국 과장이 설명했다",
        // 과 is also "and"; a verb form or a two-syllable word is no name; 대표 after a unit is a noun.
        "이라며 참석자들과 과장이 말했다",
        "협력을 강조하며 국제협력단 과장이 말했다",
        "상호 연구실 위원장이 말했다",
        "온종일 기획실 대표가 말했다",
    ])
    func notFound(text: String) {
        #expect(ExtractionTestSupport.persons(text) == [])
    }
}
