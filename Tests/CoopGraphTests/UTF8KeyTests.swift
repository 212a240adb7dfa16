import Testing
@testable import CoopGraph

@Suite("UTF8Key")
struct UTF8KeyTests {
    @Test("keys are equal exactly when their UTF-8 bytes are; canonically equivalent forms stay distinct")
    func byteIdentity() {
        let composed = "한국"                              // U+D55C U+AD6D
        let decomposed = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}"  // the same syllables as jamo
        #expect(composed == decomposed)                   // String follows canonical equivalence
        #expect(UTF8Key(composed) != UTF8Key(decomposed))
        #expect(UTF8Key(composed) == UTF8Key(String("x한국".dropFirst())))
        #expect(UTF8Key("") == UTF8Key(""))
        #expect(UTF8Key("a") != UTF8Key("ab"))
        let set: Set<UTF8Key> = [UTF8Key(composed), UTF8Key(decomposed), UTF8Key("한국"), UTF8Key("")]
        #expect(set.count == 3)
        #expect(set.contains(UTF8Key(String("x한국".dropFirst()))))
    }
}
