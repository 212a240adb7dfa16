import Testing
@testable import CoopGraph

@Suite("ByteSearch+Occurrences")
struct ByteSearchOccurrencesTests {
    static func offsets(_ needle: String, in hay: String, range: Range<Int>? = nil, overlap: Int = 0) -> [Int] {
        let h = Array(hay.utf8)
        var found: [Int] = []
        h.withUnsafeBufferPointer { b in
            ByteSearch.forEachOccurrence(of: Array(needle.utf8), in: b, range: range ?? 0..<h.count, overlap: overlap) {
                found.append($0)
            }
        }
        return found
    }

    @Test("every occurrence in text order, byte offsets from the start of the buffer")
    func all() {
        #expect(Self.offsets("정부", in: "정부와 베를린 주정부") == [0, 23])
        #expect(Self.offsets("ana", in: "banana") == [1])
        #expect(Self.offsets("x", in: "banana") == [])
    }

    @Test("an overlap of 1 finds anchors sharing a blank; none finds every other")
    func overlap() {
        let hay = "김 전 전 장관"
        #expect(Self.offsets(" 전 ", in: hay, overlap: 1) == [3, 7])
        #expect(Self.offsets(" 전 ", in: hay) == [3])
        #expect(Self.offsets("ana", in: "banana", overlap: 2) == [1, 3])
    }

    @Test("only occurrences wholly inside the range; a bad range or step finds nothing")
    func range() {
        #expect(Self.offsets("a", in: "banana", range: 2..<5) == [3])
        #expect(Self.offsets("an", in: "banana", range: 0..<4) == [1])
        #expect(Self.offsets("a", in: "banana", range: 0..<9) == [])
        #expect(Self.offsets("a", in: "banana", overlap: 1) == [])
        #expect(Self.offsets("", in: "banana") == [])
    }
}
