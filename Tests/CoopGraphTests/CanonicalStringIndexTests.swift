import Testing
@testable import CoopGraph

@Suite("CanonicalStringIndex")
struct CanonicalStringIndexTests {
    /// `한` written as conjoining jamo: canonically equivalent to the syllable, other bytes.
    static let jamoHan = "\u{1112}\u{1161}\u{11AB}"

    @Test("plain keys are found by their bytes; a plain miss is a miss")
    func plainKeys() {
        var index = CanonicalStringIndex()
        index.insert("country:한국", 0)
        index.insert("ministry:외교부", 1)
        #expect(index.value(for: "country:한국") == 0)
        #expect(index.value(for: "ministry:외교부") == 1)
        #expect(index.value(for: "country:일본") == nil)
        #expect(index.value(for: "") == nil)
    }

    @Test("a decomposed spelling finds the composed key, and the reverse, as in a [String: Int]")
    func canonicalEquivalence() {
        var composed = CanonicalStringIndex()
        composed.insert("country:한국", 7)
        #expect(composed.value(for: "country:" + Self.jamoHan + "국") == 7)
        // Asked again: now found by its own bytes.
        #expect(composed.value(for: "country:" + Self.jamoHan + "국") == 7)

        var decomposed = CanonicalStringIndex()
        decomposed.insert("country:" + Self.jamoHan + "국", 3)
        #expect(decomposed.value(for: "country:한국") == 3)
        decomposed.insert("country:일본", 4)
        #expect(decomposed.value(for: "country:일본") == 4)
        #expect(decomposed.value(for: "country:중국") == nil)
    }
}
