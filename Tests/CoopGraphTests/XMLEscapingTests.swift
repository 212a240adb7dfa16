import Testing
@testable import CoopGraph

@Suite("XMLEscaping")
struct XMLEscapingTests {
    @Test("markup characters become entities; carriage return a character reference")
    func content() {
        #expect(XMLEscaping.escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;")
        #expect(XMLEscaping.escape("a\tb\nc\rd") == "a\tb\nc&#13;d")
        #expect(XMLEscaping.escape("]]>") == "]]&gt;")
        #expect(XMLEscaping.escape("한국 平和") == "한국 平和")
    }

    @Test("in attributes tab and newline are character references too")
    func attribute() {
        #expect(XMLEscaping.escape("a\tb\nc", attribute: true) == "a&#9;b&#10;c")
    }

    @Test("characters XML 1.0 cannot carry are dropped, other text kept")
    func dropped() {
        #expect(XMLEscaping.escape("a\u{01}b\u{1F}c\u{7F}d\u{9F}e\u{85}f\u{FFFE}g") == "abcde\u{85}fg")
        #expect(XMLEscaping.escape("\u{200F}x\u{202E}😀") == "\u{200F}x\u{202E}😀")
        #expect(XMLEscaping.readBack("a\u{01}b") == "ab")
    }

    @Test("text is NFC-normalised, on the fast path's boundary too")
    func nfc() {
        #expect(XMLEscaping.escape("\u{1112}\u{1161}\u{11AB}") == "한")
        #expect(XMLEscaping.escape("e\u{301}&") == "\u{E9}&amp;")
        #expect(XMLEscaping.escape("\u{212B}") == "\u{C5}")
    }
}
