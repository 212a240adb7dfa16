import Testing
@testable import CoopGraph

@Suite("ForeignAmbassadorRule")
struct ForeignAmbassadorRuleTests {
    @Test("a foreign name before 주한 + country + 대사, spaced or not, 신임 between", arguments: [
        ("산림청장과 장뤼크 모랭 주한프랑스 대사가 의향서를 체결했다", ["장뤼크 모랭/주한프랑스대사@프랑스"]),
        ("ㅇ 마이클 스미스 주한 미국대사는 축사를 하였다", ["마이클 스미스/주한미국대사@미국"]),
        ("장관은 왕샤오밍 신임 주한중국대사를 접견하였다", ["왕샤오밍/주한중국대사@중국"]),
        ("이날 행사에는 루스탐 카리모프 주한 우즈베키스탄 대사 등이 참석했다", ["루스탐 카리모프/주한우즈베키스탄대사@우즈베키스탄"]),
        // A former ambassador, with the spelling before 전(前): the spelling gives the number of words.
        ("방한 중인 캐서린 스톤(Catherine Stone) 전(前) 주한 미국대사를 접견했다", ["캐서린 스톤/주한미국대사@미국"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(SpelledForeignNameRuleTests.bundledPersons(text) == expected)
    }

    @Test("an embassy, a chargé d'affaires, an unknown country or no name: no person", arguments: [
        "장관은 주한프랑스 대사관을 방문했다",
        "회의에는 주한 상주대사 다수가 참석했다",
        "이번 주한미국대사 임명은 늦어졌다",
        "마이클 스미스 주한 대사관 직원이 말했다",
        "주한 아세안 대사단과 주한 동티모르 대사는 지지를 표명했다",
    ])
    func notFound(text: String) {
        #expect(SpelledForeignNameRuleTests.bundledPersons(text) == [])
    }

    @Test("the post without blanks, on bytes for ASCII and Hangul only; nil for other text", arguments: [
        ("주한 미국 대사", "주한미국대사" as String?),
        ("주한프랑스 대사", "주한프랑스대사"),
        ("주한 EU 대사", "주한EU대사"),
        ("주한 코트디부아르 대사", "주한코트디부아르대사"),
        ("주한\u{00A0}미국 대사", nil),
        ("주한 \u{1112}\u{1161}\u{11AB} 대사", nil),
    ])
    func withoutBlanks(text: String, expected: String?) {
        let bytes = Array(text.utf8)
        let found = bytes.withUnsafeBufferPointer { ForeignAmbassadorRule.withoutBlanks(0, $0.count, in: $0) }
        #expect(found == expected)
        if let found { #expect(found == text.replacingOccurrences(of: " ", with: "")) }
    }
}
