import Testing
@testable import CoopGraph

@Suite("ByteStringIndex")
struct ByteStringIndexTests {
    @Test("keys are found by bytes and tag; an equal key replaces the value")
    func lookups() {
        var index = ByteStringIndex(minimumCapacity: 2)
        index.setValue(0, for: "한국", tag: 0)
        index.setValue(1, for: "한국", tag: 4)
        index.setValue(2, for: "외교부")
        index.setValue(3, for: "")
        #expect(index.value(for: "한국", tag: 0) == 0)
        #expect(index.value(for: "한국", tag: 4) == 1)
        #expect(index.value(for: "한국", tag: 1) == nil)
        #expect(index.value(for: "외교부") == 2)
        #expect(index.value(for: "") == 3)
        #expect(index.value(for: "한") == nil)
        index.setValue(9, for: "외교부")
        #expect(index.value(for: "외교부") == 9)
        #expect(index.count == 4)
    }

    @Test("keys that differ only past the first eight bytes, or only in length, stay apart")
    func longKeys() {
        var index = ByteStringIndex()
        index.setValue(1, for: "country:대한민국")
        index.setValue(2, for: "country:대한민구")
        index.setValue(3, for: "country:대한민국 ")
        #expect(index.value(for: "country:대한민국") == 1)
        #expect(index.value(for: "country:대한민구") == 2)
        #expect(index.value(for: "country:대한민국 ") == 3)
        #expect(index.value(for: "country:대한") == nil)
    }

    @Test("a canonically equal spelling with other bytes is another key")
    func bytesNotCanonical() {
        var index = ByteStringIndex()
        index.setValue(1, for: "한")
        #expect(index.value(for: "\u{1112}\u{1161}\u{11AB}") == nil)
    }

    @Test("growing past its capacity keeps every key, and forEach lists them in insertion order")
    func growth() {
        var index = ByteStringIndex(minimumCapacity: 1)
        for i in 0..<500 { index.setValue(i * 2, for: "key \(i)", tag: i % 3) }
        #expect(index.count == 500)
        #expect((0..<500).allSatisfy { index.value(for: "key \($0)", tag: $0 % 3) == $0 * 2 })
        #expect(index.value(for: "key 7", tag: 0) == nil)
        var seen: [Int] = []
        var keys: [String] = []
        index.forEach { k, _, v in seen.append(v); keys.append(k) }
        #expect(seen == (0..<500).map { $0 * 2 })
        #expect(keys == (0..<500).map { "key \($0)" })
    }

    @Test("valueOrInsert answers a stored value, or stores the new one and answers nil, past a grow")
    func valueOrInsert() {
        var index = ByteStringIndex(minimumCapacity: 1)
        for k in 0..<40 { #expect(index.valueOrInsert(k, for: "이름\(k)", tag: k % 2) == nil) }
        #expect(index.valueOrInsert(99, for: "이름7", tag: 1) == 7)
        #expect(index.valueOrInsert(99, for: "이름7", tag: 0) == nil)
        #expect(index.value(for: "이름7", tag: 0) == 99)
        #expect(index.value(for: "이름39", tag: 1) == 39)
        #expect(index.count == 41)
    }
}

