import Testing
@testable import CoopGraph

@Suite("HTMLEntity")
struct HTMLEntityTests {
    @Test("named and numeric references decode; unknown or malformed ones stay", arguments: [
        ("&amp;&lt;&gt;&quot;&apos;", "&<>\"'"),
        ("한&middot;미 &ldquo;협력&rdquo; &hellip; &nbsp;끝", "한·미 “협력” …  끝"),
        ("&#54620;&#xAD6D; &#X41;", "한국 A"),
        ("&#128512;", "😀"),
        ("&unknown; &amp &#; &#xZZ; &#0; &#xD800;", "&unknown; &amp &#; &#xZZ; &#0; &#xD800;"),
        ("R&D 협력 AT&T", "R&D 협력 AT&T"),
    ])
    func decodeAll(input: String, expected: String) {
        #expect(HTMLEntity.decodeAll(input) == expected)
    }

    @Test("decode reports the end offset just past the semicolon")
    func endOffset() {
        let bytes = Array("x&amp;y".utf8)
        let r = bytes.withUnsafeBufferPointer { HTMLEntity.decode($0, at: 1) }
        #expect(r?.text == "&")
        #expect(r?.end == 6)
    }
}
