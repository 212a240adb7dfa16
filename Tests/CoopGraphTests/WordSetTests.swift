@testable import CoopGraph
import Testing

@Suite("WordSet")
struct WordSetTests {
    @Test("answers what Set<String> answers: words, substrings, near misses")
    func sameAsSet() {
        let words: Set<String> = ["이번", "이날", "동", "및", "o", "○", "워싱턴 DC"]
        let set = WordSet(words)
        let probes = ["이번", "이번에", "이", "동", "및", "o", "O", "○", "워싱턴 DC", "워싱턴", "", "x이날"]
        for p in probes { #expect(set.contains(p) == words.contains(p), "\(p)") }
        let text = "x이날 행사"
        let sub = text.split(separator: " ")[0].dropFirst()
        #expect(set.contains(sub))
        #expect(!set.contains(text.split(separator: " ")[1]))
    }

    @Test("contains(utf8:) answers what contains(_:) answers, for simple and other text")
    func bytes() {
        let set = WordSet(["이번", "동", "워싱턴 DC"])
        func has(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { set.contains(utf8: $0) } }
        for p in ["이번", "이번에", "동", "워싱턴 DC", "워싱턴", "", "\u{110B}\u{1175}\u{1107}\u{1165}\u{11AB}"] {
            #expect(has(p) == set.contains(p), "\(p)")
        }
        #expect(has("\u{110B}\u{1175}\u{1107}\u{1165}\u{11AB}"))   // 이번 as conjoining jamo
        #expect(!has("이"))
    }

    @Test("canonical equivalence: decomposed jamo match the precomposed word, as String equality does")
    func decomposed() {
        let set = WordSet(["한", "이번"])
        let jamo = "\u{1112}\u{1161}\u{11AB}"   // 한 as conjoining jamo
        #expect(jamo == "한")
        #expect(set.contains(jamo))
        #expect(!set.contains("\u{1112}\u{1161}"))
    }

    @Test("simple text: ASCII and precomposed syllables only")
    func simple() {
        func simple(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { WordSet.isSimple($0) } }
        #expect(simple("한-일 DC 2024"))
        #expect(!simple("한·일"))
        #expect(!simple("\u{1112}\u{1161}"))
        #expect(!simple("e\u{301}"))
    }

    @Test("words of every length, past the sixteen bytes packed into keys, are found and only they")
    func lengths() {
        let words = ["a", "ab", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq", "국제협력사업설명회", "대한민국정부", "가나다라마바사"]
        let set = WordSet(words)
        for w in words { #expect(set.contains(w), "\(w)") }
        for w in ["b", "abcdefgg", "abcdefghj", "abcdefghijklmnoq", "abcdefghijklmnopr", "국제협력사업설명", "대한민국정", "", "abcdefghijklmnopqr"] {
            #expect(!set.contains(w), "\(w)")
        }
    }

    @Test("bullets that are not simple text: simple misses are decided on bytes and still answer as Set<String>")
    func bullets() {
        let words: Set<String> = ["및", "등", "ㅇ", "ο", "○", "·", "-", "o"]
        let set = WordSet(words)
        for p in ["및", "등", "ㅇ", "ο", "○", "·", "-", "o", "O", "이", "및등", "", "\u{110B}", "ㆍ", "\u{1106}\u{1175}\u{11BE}"] {
            #expect(set.contains(p) == words.contains(p), "\(p)")
        }
        #expect(set.contains("\u{1106}\u{1175}\u{11BE}"))   // 및 as conjoining jamo
    }

    @Test("a word not in NFC is found by its NFC bytes, as String equality finds it")
    func decomposedWord() {
        let words: Set<String> = ["\u{1112}\u{1161}\u{11AB}국"]   // 한국 with 한 as conjoining jamo
        let set = WordSet(words)
        #expect(set.contains("한국"))
        #expect(set.contains("한국") == words.contains("한국"))
        #expect(!set.contains("한"))
        func has(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { set.contains(utf8: $0) } }
        #expect(has("한국"))
        #expect(!has("한국어"))
    }

    @Test("isSimple accepts exactly the precomposed syllables among all three-byte sequences led by EA–ED")
    func simpleSyllableBounds() {
        var accepted = 0
        for b0 in UInt8(0xE0)...0xEF {
            for b1 in UInt8(0x70)...0xC0 {
                for b2 in [UInt8(0x7F), 0x80, 0x9D, 0xA3, 0xA4, 0xBF, 0xC0] {
                    let bytes = [b0, b1, b2]
                    let v = (UInt32(b0 & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F)
                    let expected = b0 >= 0xEA && b0 <= 0xED && b1 & 0xC0 == 0x80 && b2 & 0xC0 == 0x80 && v >= 0xAC00 && v <= 0xD7A3
                    let got = bytes.withUnsafeBufferPointer { WordSet.isSimple($0) }
                    #expect(got == expected, "\(bytes)")
                    if got { accepted += 1 }
                }
            }
        }
        #expect(accepted > 0)
        func simple(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { WordSet.isSimple($0) } }
        #expect(simple("가힣 a1"))
        #expect(!simple("가\r\n"))
        #expect(!simple("가\u{D7A4}"))
        #expect(!simple("\u{ABFF}"))
        #expect(!Array("가".utf8.prefix(2)).withUnsafeBufferPointer { WordSet.isSimple($0) })
    }
}
