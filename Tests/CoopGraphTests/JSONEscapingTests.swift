import Testing
@testable import CoopGraph

@Suite("JSONEscaping")
struct JSONEscapingTests {
    @Test("quote, backslash, short escapes, \\u00xx for other controls, UTF-8 kept")
    func escaping() {
        #expect(JSONEscaping.quoted("a\"b\\c") == #""a\"b\\c""#)
        #expect(JSONEscaping.quoted("\n\r\t\u{08}\u{0C}") == #""\n\r\t\b\f""#)
        #expect(JSONEscaping.quoted("\u{01}\u{1F}\u{00}") == #""\u0001\u001f\u0000""#)
        #expect(JSONEscaping.quoted("한국 😀 \u{202E}/\u{7F}") == "\"한국 😀 \u{202E}/\u{7F}\"")
        #expect(JSONEscaping.quoted("") == "\"\"")
    }
}
