import Testing
@testable import CoopGraph

@Suite("NodeIDTable")
struct NodeIDTableTests {
    @Test("set, get, replace keeps the first key's place, nil removes")
    func basics() {
        var t = NodeIDTable<Int>()
        #expect(t.isEmpty)
        #expect(t["country:한국"] == nil)
        t["country:한국"] = 1
        t["ministry:외교부"] = 2
        t["country:한국"] = 3
        #expect(t.count == 2)
        #expect(t["country:한국"] == 3)
        #expect(t.keys == ["country:한국", "ministry:외교부"])
        #expect(t.values == [3, 2])
        t["country:한국"] = nil
        #expect(t.keys == ["ministry:외교부"])
        #expect(t.removeValue(forKey: "ministry:외교부") == 2)
        #expect(t.removeValue(forKey: "ministry:외교부") == nil)
        #expect(t.isEmpty)
    }

    @Test("the default subscript stores the default only for a new key")
    func defaultSubscript() {
        var t = NodeIDTable<Int>()
        t["person:박진규", default: 1] += 10
        t["person:박진규", default: 100] += 10
        #expect(t["person:박진규"] == 21)
        #expect(t["person:김철수", default: 5] == 5)
        #expect(t.count == 1)
    }

    @Test("keys are the same when the strings are canonically equal, as in a dictionary")
    func canonicalEquivalence() {
        var t = NodeIDTable<Int>()
        let composed = "country:R\u{00E9}union", decomposed = "country:Re\u{0301}union"
        t[composed] = 1
        #expect(t[decomposed] == 1)
        t[decomposed] = 2
        #expect(t.keys == [composed])
        #expect(t[composed] == 2)
        // Hangul syllable vs conjoining jamo: equal as strings, different bytes.
        t["country:한"] = 7
        #expect(t["country:\u{1112}\u{1161}\u{11AB}"] == 7)
        #expect(t["country:한국"] == nil)
        #expect(t.count == 2)
    }

    @Test("iteration gives keys and values in insertion order")
    func iteration() {
        var t = NodeIDTable<String>()
        t["b"] = "2"
        t["a"] = "1"
        t["c"] = "3"
        #expect(t.map { $0.key + $0.value } == ["b2", "a1", "c3"])
        var pairs: [String] = []
        for (k, v) in t { pairs.append(k + "=" + v) }
        #expect(pairs == ["b=2", "a=1", "c=3"])
    }
}
