import Testing
@testable import CoopGraph

@Suite("ByteSearch")
struct ByteSearchTests {
    static func index(_ needle: String, in hay: String) -> Int? {
        Array(hay.utf8).withUnsafeBufferPointer { ByteSearch.firstIndex(of: Array(needle.utf8), in: $0) }
    }

    @Test("offsets of the first occurrence, in bytes")
    func offsets() {
        #expect(Self.index("첨부", in: "붙임 첨부 첨부") == 7)
        #expect(Self.index("a", in: "banana") == 1)
        #expect(Self.index("", in: "x") == 0)
        #expect(Self.index("참조", in: "참") == nil)
        #expect(Self.index("ana", in: "banan") == 1)
        #expect(Self.index("nab", in: "banana") == nil)
    }

    @Test("hasSuffix: exact trailing bytes; an empty suffix ends anything, a longer one nothing")
    func suffix() {
        let hay = Array("경제외교조정관".utf8)
        hay.withUnsafeBufferPointer { b in
            #expect(ByteSearch.hasSuffix(b, Array("조정관".utf8)))
            #expect(!ByteSearch.hasSuffix(b, Array("조정".utf8)))
            #expect(ByteSearch.hasSuffix(b, []))
            #expect(!ByteSearch.hasSuffix(b, Array("1경제외교조정관".utf8)))
            #expect(ByteSearch.hasSuffix(b, hay))
        }
    }

    @Test("contains is exact bytes: no normalisation")
    func exact() {
        let decomposed = String("첨부".decomposedStringWithCanonicalMapping)
        #expect(Array("붙임 첨부 참조".utf8).withUnsafeBufferPointer { ByteSearch.contains($0, Array("첨부".utf8)) })
        #expect(!Array(("붙임 " + decomposed).utf8).withUnsafeBufferPointer { ByteSearch.contains($0, Array("첨부".utf8)) })
    }

    @Test("firstIndex(ofAny:) finds the first of four bytes, across and inside 16-byte blocks")
    func ofAny() {
        let text = Array("가나다라마바사아자차카타파하 끝. 다음!".utf8)
        text.withUnsafeBufferPointer { b in
            let dot = ByteSearch.firstIndex(ofAny: UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0xE2, in: b, from: 0, to: b.count)
            #expect(dot == 46)
            #expect(ByteSearch.firstIndex(ofAny: UInt8(ascii: "!"), UInt8(ascii: "!"), UInt8(ascii: "!"), UInt8(ascii: "!"), in: b, from: 0, to: b.count) == b.count - 1)
            #expect(ByteSearch.firstIndex(ofAny: UInt8(ascii: "."), UInt8(ascii: "."), UInt8(ascii: "."), UInt8(ascii: "."), in: b, from: 47, to: b.count) == b.count)
            #expect(ByteSearch.firstIndex(ofAny: UInt8(ascii: "."), UInt8(ascii: "."), UInt8(ascii: "."), UInt8(ascii: "."), in: b, from: 0, to: 46) == 46)
            #expect(ByteSearch.firstIndex(ofAny: 0xEA, 0xEA, 0xEA, 0xEA, in: b, from: 0, to: b.count) == 0)
        }
    }
}
