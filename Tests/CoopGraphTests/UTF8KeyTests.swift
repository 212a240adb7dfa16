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

    @Test("long keys that differ only in the middle are distinct; equal ones hash alike")
    func longKeys() {
        let head = String(repeating: "가", count: 20), tail = String(repeating: "a", count: 40)
        let a = UTF8Key(head + "문장 하나" + tail), b = UTF8Key(head + "문장 둘둘" + tail)
        #expect(a.string.utf8.count == b.string.utf8.count)
        #expect(a != b)
        #expect(a.hashValue == b.hashValue)  // only the ends are hashed
        let set: Set<UTF8Key> = [a, b, UTF8Key(head + "문장 하나" + tail)]
        #expect(set.count == 2)
        #expect(UTF8Key(String((head + tail).dropFirst(0))).hashValue == UTF8Key(head + tail).hashValue)
    }
}
