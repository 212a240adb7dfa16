import Testing
@testable import CoopGraph

@Suite("SpelledNameListRule")
struct SpelledNameListRuleTests {
    @Test("names with spellings listed before the one with the title share it", arguments: [
        ("의원단은 그레이스 멩(Grace Meng), 로 칸나(Ro Khanna) 미국 하원의원으로 구성되었다",
         ["그레이스 멩/하원의원@미국", "로 칸나/하원의원@미국"]),
        ("토론에는 안나 리(Anna Lee), 마크 테일러(Mark Taylor), 존 스미스(John Smith) 교수가 참여했다",
         ["안나 리/교수@", "마크 테일러/교수@", "존 스미스/교수@"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(SpelledForeignNameRuleTests.bundledPersons(text) == expected)
    }

    @Test("a title or an abbreviation before the comma, or no titled person at the end: no list", arguments: [
        ("주한 호주대사(Catherine Raper), 마크 테일러(Mark Taylor) 교수가 참석했다", ["마크 테일러/교수@"]),
        ("국립환경과학원(NIER), 마크 테일러(Mark Taylor) 교수", ["마크 테일러/교수@"]),
        ("안나 리(Anna Lee), 마크 테일러(Mark Taylor)가 참석했다", []),
        // A surname written apart before the given name (`Lin, Chi-Wei`) is not a person of its own.
        ("대표단은 왕(Wang), 치밍(Chi-Ming) 전문위원으로 구성되었다", ["치밍/전문위원@"]),
    ])
    func notListed(text: String, expected: [String]) {
        #expect(SpelledForeignNameRuleTests.bundledPersons(text) == expected)
    }
}
