import Testing
@testable import CoopGraph

@Suite("ByteKeyTable")
struct ByteKeyTableTests {
    @Test("finds keys on buffer slices; the first value for a key wins")
    func lookups() {
        let t = ByteKeyTable([(Array("장관".utf8), 1), (Array("차관".utf8), 2), (Array("장관".utf8), 3), ([], 4)])
        #expect(t.count == 2)
        let bytes = Array("외교부 장관 차관보".utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(t.value(b, 10, 16) == 1)
            #expect(t.value(b, 17, 23) == 2)
            #expect(t.value(b, 17, 26) == nil)
            #expect(t.value(b, 0, 0) == nil)
        }
        #expect(t.value("차관") == 2)
    }

    @Test("many keys, including colliding prefixes, all resolve")
    func many() {
        let words = (0..<2000).map { "단어\($0)" }
        let t = ByteKeyTable(strings: words)
        #expect(words.enumerated().allSatisfy { t.value($0.element) == $0.offset })
        #expect(t.value("단어2000") == nil)
    }
}
