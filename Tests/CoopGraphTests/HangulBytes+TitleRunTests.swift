import Testing
@testable import CoopGraph

@Suite("HangulBytes+TitleRun")
struct HangulBytesTitleRunTests {
    /// Runs `f` on the UTF-8 bytes of `text` from offset 0 and returns the text up to the offset it gives.
    static func prefix(_ text: String, _ f: (Int, Int, UnsafeBufferPointer<UInt8>) -> Int) -> String {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b in String(decoding: b[0..<f(0, b.count, b)], as: UTF8.self) }
    }

    @Test("a title word runs over ASCII digits and stops at anything else", arguments: [
        ("제1부통령과 회담", "제1부통령과"),
        ("2차관은", "2차관은"),
        ("장관(대행)", "장관"),
        ("G20 회의", ""),
        ("", ""),
    ])
    func titleRun(text: String, expected: String) {
        #expect(Self.prefix(text) { HangulBytes.titleRunEnd(from: $0, upper: $1, in: $2) } == expected)
    }

    @Test("footnote marks are skipped, nothing else", arguments: [
        ("** 소장", "**"),
        ("* 소장", "*"),
        (" 소장", ""),
        ("소장", ""),
    ])
    func footnoteMarks(text: String, expected: String) {
        #expect(Self.prefix(text) { HangulBytes.skipFootnoteMarks(from: $0, upper: $1, in: $2) } == expected)
    }
}
