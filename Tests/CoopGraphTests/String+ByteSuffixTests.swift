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

    @Test func prefixTrimmedCutsTheSuffixAndBlanks() {
        #expect("몰리브덴 우선공급 업무협약".prefixTrimmed(before: "업무협약") == "몰리브덴 우선공급")
        #expect("업무협약".prefixTrimmed(before: "업무협약") == "")
        #expect("\t 협력 MOU".prefixTrimmed(before: "MOU") == "협력")
        #expect("양해각서".prefixTrimmed(before: "업무협약") == "")
        #expect(" 협력 ".prefixTrimmed(before: "") == "협력")
    }

    @Test func prefixTrimmedAnswersAsDropLastOnOtherText() {
        func reference(_ s: String, _ t: String) -> String {
            s.hasSuffixOnBytes(t) ? String(s.dropLast(t.count)).trimmingSpaces : ""
        }
        // Decomposed 협 (ᄒ ᅧ ᆸ) and a no-break space: the byte path does not apply.
        let cases = [("\u{1112}\u{1167}\u{11B8}약 \u{A0}협정", "협정"), ("협력\u{A0}협정", "협정"), ("café 협정", "협정"), ("a\r\n협정", "협정")]
        for (s, t) in cases { #expect(s.prefixTrimmed(before: t) == reference(s, t), "\(s)") }
        #expect("협력\u{A0}협정".prefixTrimmed(before: "협정") == "협력")
    }
}
