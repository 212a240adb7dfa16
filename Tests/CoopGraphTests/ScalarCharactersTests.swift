import Testing
@testable import CoopGraph

@Suite struct ScalarCharactersTests {
    @Test func splitsOnSeparatorScalarsLeavingOutEmptyParts() {
        let parts = ScalarCharacters.split("  한-일 민관  철강협의회 ") { $0 == 0x20 }
        #expect(parts == ["한-일", "민관", "철강협의회"])
    }

    @Test func splitsPairsOnEverySeparatorOfThePairList() {
        let parts = ScalarCharacters.split("한·미ㆍ일‧중–러", isSeparator: BilateralRule.isPairSeparator)
        #expect(parts == ["한", "미", "일", "중", "러"])
    }

    @Test func agreesWithCharacterSplitOnPunctuationAndSymbols() {
        let text = "「제2차 한-일 포럼」 ※ (서울) ① 2024.5.1. ㆍ漢字 ＡＢＣ café"
        let fast = ScalarCharacters.split(text) { $0 == 0x20 }
        #expect(fast == text.split(separator: " "))
    }

    @Test func refusesTextWhereScalarsJoinIntoOneCharacter() {
        // A combining acute accent joins the space before it; CR LF is one character; a
        // conjoining jamo joins the syllable before it.
        #expect(ScalarCharacters.split("a \u{301}b") { $0 == 0x20 } == nil)
        #expect(ScalarCharacters.split("a\r\nb") { $0 == 0x0A } == nil)
        #expect(ScalarCharacters.split("가\u{11A8} 나") { $0 == 0x20 } == nil)
        #expect(ScalarCharacters.split("emoji 😀") { $0 == 0x20 } == nil)
    }

    @Test func splitsSubstringsRelativeToTheirOwnStart() {
        let s = "xx 가나 다"
        let sub = s.dropFirst(3)
        #expect(ScalarCharacters.split(sub) { $0 == 0x20 } == ["가나", "다"])
    }

    @Test func standaloneScalarsExcludeMarksAndJoiners() {
        #expect(ScalarCharacters.isStandalone(0xAC00))
        #expect(ScalarCharacters.isStandalone(0x300C))
        #expect(!ScalarCharacters.isStandalone(0x302A))
        #expect(!ScalarCharacters.isStandalone(0x0D))
        #expect(!ScalarCharacters.isStandalone(0x200D))
        #expect(!ScalarCharacters.isStandalone(0x0301))
        #expect(!ScalarCharacters.isStandalone(0x1100))
    }
}
