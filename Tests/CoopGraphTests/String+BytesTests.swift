import Testing
@testable import CoopGraph

@Suite("String+Bytes")
struct StringBytesTests {
    @Test("byte-wise search, prefix, suffix and equality")
    func byteOps() {
        #expect("한국철강협회와 일본철강연맹".containsBytes("일본철강"))
        #expect(!"한국".containsBytes("한국철강"))
        #expect("abc".containsBytes(""))
        #expect("붙임: 사진".startsWithBytes("붙임:"))
        #expect("바로가기(Eng.)".endsWithBytes("(Eng.)"))
        #expect(!"a".endsWithBytes("ba"))
        #expect("## 본문".isBytes("## 본문") && !"## 본문 ".isBytes("## 본문"))
        // Byte-exact: a decomposed 한 (ᄒ+ᅡ+ᆫ) is not the precomposed one.
        #expect(!"\u{1112}\u{1161}\u{11AB}".isBytes("한"))
    }

    @Test("trimmingBlanks removes ASCII, NBSP, ideographic and zero-width blanks")
    func trimming() {
        #expect(" \t\u{00A0}본문\u{3000}\u{200B}\r\n".trimmingBlanks() == "본문")
        #expect("본문".trimmingBlanks() == "본문")
        #expect("  ".trimmingBlanks() == "")
    }
}
