import Testing
@testable import CoopGraph

@Suite struct StringSameTextTests {
    @Test func simpleTextComparesBytes() {
        #expect("외교부".isSameText("외교부"))
        #expect(!"외교부".isSameText("외교부 "))
        #expect(!"한국".isSameText("한"))
        #expect("MOU".isSameText("MOU"))
        #expect(!"MOU".isSameText("mou"))
        #expect("".isSameText(""))
    }

    @Test func otherTextAnswersAsEquality() {
        // 한 as conjoining jamo is canonically equal to the precomposed syllable.
        let jamo = "\u{1112}\u{1161}\u{11AB}"
        #expect(jamo.isSameText("한"))
        #expect("한".isSameText(jamo))
        #expect("e\u{301}".isSameText("é"))
        #expect(!"\u{1112}\u{1161}".isSameText("한"))
        let pairs = [("ㅇ", "ㅇ"), ("○ 회의", "○ 회의"), ("·", "ㆍ"), ("Ω", "\u{2126}"), ("K", "\u{212A}")]
        for (a, b) in pairs { #expect(a.isSameText(b) == (a == b), "\(a) \(b)") }
    }
}
