import Testing
@testable import CoopGraph

@Suite("GraphTable")
struct GraphTableTests {
    /// `한` written as conjoining jamo: canonically equivalent to the syllable, other bytes.
    static let jamoHan = "\u{1112}\u{1161}\u{11AB}"

    @Test("reads like a dictionary: by ID, keys and values in insertion order, pairs when iterated")
    func reads() {
        var t = GraphTable<Int>()
        t.append("country:한국", 1)
        t.append("ministry:외교부", 2)
        t.append("country:일본", 3)
        #expect(t["ministry:외교부"] == 2)
        #expect(t["country:중국"] == nil)
        #expect(t.keys == ["country:한국", "ministry:외교부", "country:일본"])
        #expect(t.values == [1, 2, 3])
        #expect(t.map { "\($0.key)=\($0.value)" } == ["country:한국=1", "ministry:외교부=2", "country:일본=3"])
        #expect(t.sorted { $0.key < $1.key }.map(\.value) == [3, 1, 2])
        #expect(t.valuesInKeyOrder == [3, 1, 2])
        #expect(t.count == 3 && !t.isEmpty)
    }

    @Test("a canonically equal ID is the same key, as in a [String: Value]")
    func canonicalKeys() {
        var t = GraphTable<Int>()
        t.append("country:한국", 1)
        #expect(t["country:" + Self.jamoHan + "국"] == 1)
        #expect(t.positionOrAppend("country:" + Self.jamoHan + "국", 5) == 0)
        #expect(t.positionOrAppend("country:일본", 6) == nil)
        #expect(t.values == [1, 6])
        #expect(t.position(of: "country:일본") == 1)
    }

    @Test("removing keeps the others in order and finds them at their new positions")
    func removal() {
        var t = GraphTable<Int>()
        for (k, v) in [("a", 1), ("b", 2), ("c", 3), ("d", 4)] { t.append(k, v) }
        t.remove(at: 1)
        #expect(t.keys == ["a", "c", "d"])
        #expect(t["c"] == 3 && t["b"] == nil)
        t.removeAll { key, value in key == "a" || value == 4 }
        #expect(t.keys == ["c"] && t.values == [3])
        #expect(t.position(of: "c") == 0)
    }
}
