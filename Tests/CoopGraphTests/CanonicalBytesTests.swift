import Testing
@testable import CoopGraph

@Suite("CanonicalBytes")
struct CanonicalBytesTests {
    @Test("plain: ASCII, Hangul syllables, Hanja, bullets, punctuation, compatibility jamo, full-width forms", arguments: [
        "", "Print", "브리핑룸", "□ 외교부는 韓美 협력을 ‘강조’했다 … ※ ㅇ ① ★ ➢ ·", "（주）ＡＢＣ", "\u{00A0}©°",
    ])
    func plain(_ s: String) {
        #expect(CanonicalBytes.isPlain(s))
    }

    @Test("not plain: conjoining jamo, combining marks, accented Latin, U+0387, compatibility ideographs, 4-byte scalars", arguments: [
        "\u{1107}\u{1173}", "e\u{0301}", "é", "\u{0387}", "\u{F900}", "😀", "\u{302A}", "Å",
    ])
    func notPlain(_ s: String) {
        #expect(!CanonicalBytes.isPlain(s))
    }

    @Test("why it matters: plain texts are equal as Strings exactly when their bytes are; others may not be")
    func equalityAgreesWithBytes() {
        let composed = "브리핑룸"
        let decomposed = String(composed.decomposedStringWithCanonicalMapping)
        #expect(composed == decomposed)  // String equality is canonical equivalence
        #expect(Array(composed.utf8) != Array(decomposed.utf8))
        #expect(CanonicalBytes.isPlain(composed))
        #expect(!CanonicalBytes.isPlain(decomposed))
    }

    @Test("the fixed lines compared by bytes on the hot paths are all plain (else those paths would change results)")
    func fixedListsArePlain() {
        #expect(BoilerplateFilter.exactLines.filter { !CanonicalBytes.isPlain($0) }.isEmpty)
        #expect(StubDetector.fillerLines.filter { !CanonicalBytes.isPlain($0) }.isEmpty)
    }
}
