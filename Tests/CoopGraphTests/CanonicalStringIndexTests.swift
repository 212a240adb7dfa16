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

    @Test("valueOrInsert stores a new key once and finds a canonically equal one, whichever came first")
    func valueOrInsert() {
        var index = CanonicalStringIndex()
        #expect(index.valueOrInsert(0, for: "country:한국") == nil)
        #expect(index.valueOrInsert(1, for: "country:한국") == 0)
        #expect(index.valueOrInsert(1, for: "country:" + Self.jamoHan + "국") == 0)
        #expect(index.valueOrInsert(1, for: "country:일본") == nil)
        #expect(index.value(for: "country:일본") == 1)

        var decomposedFirst = CanonicalStringIndex()
        #expect(decomposedFirst.valueOrInsert(0, for: "country:" + Self.jamoHan + "국") == nil)
        #expect(decomposedFirst.valueOrInsert(1, for: "country:한국") == 0)
        #expect(decomposedFirst.valueOrInsert(1, for: "country:중국") == nil)
        #expect(decomposedFirst.valueOrInsert(2, for: "country:중국") == 1)
    }

    @Test("storedValue finds what value(for:) finds, asking scan only for a key that is not plain among plain keys")
    func storedValue() {
        var index = CanonicalStringIndex()
        index.insert("country:한국", 0)
        var scans = 0
        #expect(index.storedValue(for: "country:한국") { scans += 1; return nil } == 0)
        #expect(index.storedValue(for: "country:일본") { scans += 1; return nil } == nil)
        #expect(scans == 0)
        #expect(index.storedValue(for: "country:" + Self.jamoHan + "국") { scans += 1; return 0 } == 0)
        #expect(scans == 1)
        index.insert("person:José", 1)
        #expect(index.storedValue(for: "country:" + Self.jamoHan + "국") { scans += 1; return nil } == 0)
        #expect(scans == 1)
    }
}

