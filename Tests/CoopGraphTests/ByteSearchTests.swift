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

    @Test("firstIndex(of:in:) finds a needle in and across 16-byte blocks, false candidates skipped")
    func needleAcrossBlocks() {
        // 겸 (EA B2 B8) after forty syllables that share its first byte; 검 shares its first two.
        let text = Array((String(repeating: "가", count: 20) + "검 " + String(repeating: "나", count: 20) + "장관 겸 차관").utf8)
        text.withUnsafeBufferPointer { b in
            let needle = Array("겸".utf8)
            let expected = text.indices.first { i in i + 3 <= text.count && Array(text[i..<(i + 3)]) == needle }
            #expect(ByteSearch.firstIndex(of: needle, in: b) == expected)
            #expect(expected == 3 * 20 + 4 + 3 * 20 + 7)
            #expect(ByteSearch.firstIndex(of: Array("없다".utf8), in: b) == nil)
            #expect(ByteSearch.firstIndex(of: Array("가가".utf8), in: b) == 0)
            #expect(ByteSearch.firstIndex(of: Array("차관".utf8), in: b) == b.count - 6)
        }
    }

    @Test("firstIndex(inRange:or:) finds the first byte of a range or the extra byte, or returns the end")
    func inRange() {
        let text = Array((String(repeating: "가", count: 10) + "美 대학 ▲ Kim").utf8)
        text.withUnsafeBufferPointer { b in
            // 美 is E7 BE 8E: the first byte from E4 to E9 after thirty Hangul bytes (EA).
            #expect(ByteSearch.firstIndex(inRange: 0xE4, 0xE9, or: 0xEF, in: b, from: 0, to: b.count) == 30)
            #expect(ByteSearch.firstIndex(inRange: 0xE2, 0xE2, or: 0xE2, in: b, from: 0, to: b.count) == 30 + 3 + 1 + 6 + 1)
            #expect(ByteSearch.firstIndex(inRange: 0xF0, 0xF4, or: 0xF0, in: b, from: 0, to: b.count) == b.count)
            #expect(ByteSearch.firstIndex(inRange: 0xE4, 0xE9, or: 0xEF, in: b, from: 0, to: 12) == 12)
            #expect(ByteSearch.firstIndex(inRange: 0xE4, 0xE9, or: 0xEF, in: b, from: 5, to: 3) == 3)
        }
    }

    @Test("firstIndex(of:in:): Korean words whose lead and last bytes are common, at the exact byte offset", arguments: [
        ("주한", "이날 주한 미국대사는", 7 as Int?),
        ("주한", "주한", 0),
        ("주한", "주요 한국 주한", 14),
        ("정부", String(repeating: "정책 부처 ", count: 8) + "미국 정부는", 119),
        ("주식회사 ", String(repeating: "주식 회사 ", count: 6) + "주식회사 가나", 84),
        ("대학", "서울대 학생", nil),
        ("abc", "xxabxabcabc", 5),
        ("ab", "xxxab", 3),
        ("x", "", nil),
    ])
    func firstOccurrenceOfKoreanWords(needle: String, hay: String, expected: Int?) {
        #expect(Array(hay.utf8).withUnsafeBufferPointer { ByteSearch.firstIndex(of: Array(needle.utf8), in: $0) } == expected)
    }

    @Test("firstIndex(of:in:) equals a naive search at every start of a long text, for needles of 1 to 13 bytes")
    func agreesWithNaiveSearch() {
        let text = Array(String(repeating: "주한 중국 대사와 정부 주식회사 대학교 abc ", count: 5).utf8)
        let needles = ["주한", "정부", "주식회사 ", "대학", "학교 ", "중국 대", "a", "bc", " ", "국대"].map { Array($0.utf8) }
        func naive(_ n: [UInt8], _ h: UnsafeBufferPointer<UInt8>) -> Int? {
            guard n.count <= h.count else { return nil }
            return (0...(h.count - n.count)).first { s in (0..<n.count).allSatisfy { h[s + $0] == n[$0] } }
        }
        text.withUnsafeBufferPointer { b in
            for start in 0..<b.count {
                let hay = UnsafeBufferPointer(rebasing: b[start...])
                for n in needles { #expect(ByteSearch.firstIndex(of: n, in: hay) == naive(n, hay)) }
            }
        }
    }
}
