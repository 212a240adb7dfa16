import Testing
@testable import CoopGraph

@Suite("PlainStringSet")
struct PlainStringSetTests {
    /// `한` written as conjoining jamo: canonically equivalent to the syllable, other bytes.
    static let jamoHan = "\u{1112}\u{1161}\u{11AB}"

    @Test("answers as Set<String> for plain words, on strings and on buffer slices")
    func plainWords() {
        let set = PlainStringSet(["정부", "업계", "EU", "관계부처"])
        #expect(set.contains("정부"))
        #expect(set.contains("EU"))
        #expect(!set.contains("정부는"))
        #expect(!set.contains(""))
        let bytes = Array("우리 정부는 EU와".utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(set.contains(b, 7, 13))
            #expect(!set.contains(b, 7, 16))
            #expect(set.contains(b, 17, 19))
            #expect(!set.contains(b, 7, 7))
        }
    }

    @Test("canonical equivalence holds across plain and decomposed spellings")
    func equivalence() {
        // A decomposed member still matches the composed query, and the reverse.
        let decomposed = PlainStringSet([Self.jamoHan + "국"])
        #expect(decomposed.contains("한국"))
        let composed = PlainStringSet(["한국"])
        #expect(composed.contains(Self.jamoHan + "국"))
        let bytes = Array((Self.jamoHan + "국").utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(composed.contains(b, 0, b.count))
        }
        #expect(PlainStringSet([""]).contains(""))
    }

    @Test("only well-formed plain UTF-8 takes the byte path")
    func plainCheck() {
        let ok = Array("한국·美 ㅇ".utf8)
        ok.withUnsafeBufferPointer { #expect(PlainStringSet.isPlainUTF8($0, 0, $0.count)) }
        let jamo = Array(Self.jamoHan.utf8)
        jamo.withUnsafeBufferPointer { #expect(!PlainStringSet.isPlainUTF8($0, 0, $0.count)) }
        let broken: [UInt8] = [0xEA, 0x20, 0x20]
        broken.withUnsafeBufferPointer { #expect(!PlainStringSet.isPlainUTF8($0, 0, $0.count)) }
    }
}
