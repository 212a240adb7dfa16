import Testing
@testable import CoopGraph

@Suite("DOTEscaping")
struct DOTEscapingTests {
    @Test("quoting escapes backslash, then quote, then newlines; control characters dropped")
    func quoting() {
        #expect(DOTEscaping.quoted("a\\\"b\nc\r\nd\re") == "\"a\\\\\\\"b\\nc\\nd\\ne\"")
        #expect(DOTEscaping.quoted("x\u{01}y\tz\u{85}\u{9F}") == "\"xy\tz\u{85}\"")
        #expect(DOTEscaping.quoted("node") == "\"node\"")
        #expect(DOTEscaping.quoted("") == "\"\"")
        #expect(DOTEscaping.labelText("a\r\nb\u{7F}") == "a\nb")
    }

    @Test("long text is cut under the Graphviz limit on a scalar boundary")
    func truncation() {
        let long = String(repeating: "가", count: 6667)
        let q = DOTEscaping.quoted(long)
        #expect(q.utf8.count <= DOTEscaping.maxTextBytes + 2)
        #expect(q.hasSuffix("…\""))
        #expect(DOTEscaping.truncated(long).unicodeScalars.dropLast().allSatisfy { $0 == "가" })
        let backslashes = DOTEscaping.quoted(String(repeating: "\\", count: 20_000))
        #expect(backslashes.utf8.count < 16_381)
        #expect(DOTEscaping.truncated("short") == "short")
    }
}
