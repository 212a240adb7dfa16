import Testing
@testable import CoopGraph

@Suite struct StringByteSuffixTests {
    @Test func simpleStringsCompareBytes() {
        #expect("서울 코엑스 컨벤션센터".hasSuffixOnBytes("센터"))
        #expect(!"서울 코엑스".hasSuffixOnBytes("센터"))
        #expect("MOU".hasSuffixOnBytes(""))
        #expect(!"터".hasSuffixOnBytes("센터"))
        #expect("한-일 회의".hasSuffixOnBytes(" 회의"))
    }

    @Test func otherStringsAnswerAsHasSuffix() {
        // A decomposed 가 (ᄀ + ᅡ) is canonically equal to the precomposed one.
        let decomposed = "회의\u{1100}\u{1161}"
        #expect(decomposed.hasSuffixOnBytes("가") == decomposed.hasSuffix("가"))
        #expect(decomposed.hasSuffixOnBytes("가"))
        // A combining mark makes `e` + U+0301 one character: `\u{301}` alone is no suffix.
        #expect("cafe\u{301}".hasSuffixOnBytes("\u{301}") == "cafe\u{301}".hasSuffix("\u{301}"))
        #expect("a\r\n".hasSuffixOnBytes("\n") == "a\r\n".hasSuffix("\n"))
    }
}
