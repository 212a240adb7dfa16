@testable import CoopGraph
import Testing

@Suite("DateQuietBlocks")
struct DateQuietBlocksTests {
    /// The syllable U+`v` as a string.
    private static func text(_ v: UInt32) -> String {
        Unicode.Scalar(v).map { String(Character($0)) } ?? ""
    }

    /// The syllables `DateBytes.mayStartWord` accepts, found by asking it about every syllable.
    private static let wordStarts: [UInt32] = (UInt32(0xAC00)...0xD7A3).filter { v in
        let b = Array(text(v).utf8)
        return b.count == 3 && DateBytes.mayStartWord(b[0], b[1], b[2])
    }

    /// `isQuiet` at offset 3 of `text`'s bytes (three bytes of context before the block), the
    /// bytes padded with blanks so that the block and the two bytes after it exist.
    private func quiet(_ text: String) -> Bool {
        var bytes = Array(text.utf8)
        while bytes.count < 3 + 18 { bytes.append(0x20) }
        return bytes.withUnsafeBufferPointer { DateQuietBlocks.isQuiet($0, at: 3) }
    }

    @Test("every syllable that may open a date word has its second and third bytes listed")
    func listsCoverTheWordStarts() {
        #expect(Self.wordStarts.count == 11)
        for v in Self.wordStarts {
            let b = Array(Self.text(v).utf8)
            #expect(DateQuietBlocks.secondLows.contains(b[1] & 0x3F))
            #expect(DateQuietBlocks.thirdLows.contains(b[2] & 0x3F))
        }
    }

    @Test("a word-start syllable after a blank makes the block busy, at every offset of the block")
    func wordStartsAreSeen() {
        for v in Self.wordStarts {
            let syllable = Self.text(v)
            for pad in 0...15 {
                let text = "   " + String(repeating: " ", count: pad) + syllable
                #expect(!quiet(text), "\(syllable) at offset \(pad)")
            }
        }
    }

    @Test("digits, apostrophes and their lead bytes make the block busy")
    func digitsAndQuotes() {
        for s in ["0", "9", "'", "`", "´", "‘", "’", "“"] {
            for pad in [0, 7, 15] {
                #expect(!quiet("   " + String(repeating: " ", count: pad) + s), "\(s) at offset \(pad)")
            }
        }
    }

    @Test("prose without date starts is quiet; a date word's syllable inside a word led by EB or EC is too")
    func prose() {
        #expect(quiet("   정부는 관계를 강화"))
        #expect(quiet("   산업통상자원부는 "))
        // 는 (EB) before 이, 의 (EC) before 다: never a word start.
        #expect(quiet("   그는이 의다"))
        // 하 (ED) before 이: the filter cannot tell, so the block is busy.
        #expect(!quiet("   하이 결과를 보"))
        // 협 shares its second byte with 오 and its third with 작: busy, a false alarm the walk settles.
        #expect(!quiet("   협력을 강화하기로"))
        #expect(!quiet("   오는 3월"))
        #expect(!quiet("   이날 회의에서"))
    }
}
