@testable import CoopGraph
import Testing

@Suite("DateBytes")
struct DateBytesTests {
    private func first(_ word: [UInt8]) -> UInt32 {
        (UInt32(word[0] & 0x0F) << 12) | (UInt32(word[1] & 0x3F) << 6) | UInt32(word[2] & 0x3F)
    }

    @Test("the first-syllable switches hold exactly the first syllables of their word lists")
    func firstSyllables() {
        let past = Set(DateBytes.pastSyllables.map(first))
        let present = Set(DateBytes.presentEndings.map(first))
        let future = Set(DateBytes.futureCues.map(first))
        for v in UInt32(0xAC00)...0xD7A3 {
            #expect(DateBytes.startsPast(v) == past.contains(v))
            #expect(DateBytes.startsPresent(v) == present.contains(v))
            #expect(DateBytes.startsFuture(v) == future.contains(v))
        }
        #expect(past.count == 11 && present.count == 6 && future.count == 6)
    }

    @Test("the word-start bit table answers what the switch answers, for every three-byte lead sequence")
    func wordStartBits() {
        var accepted = 0
        DateBytes.wordStartBits.withUnsafeBufferPointer { bits in
            for b0 in UInt8(0xEA)...0xED {
                for b1 in UInt8(0x80)...0xBF {
                    for b2 in UInt8(0x80)...0xBF {
                        let fast = DateBytes.mayStartWord(b0, b1, b2, bits: bits)
                        #expect(fast == DateBytes.mayStartWord(b0, b1, b2))
                        if fast { accepted += 1 }
                    }
                }
            }
        }
        #expect(accepted == 11)
    }

    @Test("the two-syllable prefixes are those of 지난, 오는 and every relative word, and only they")
    func wordPrefixes() {
        let words = [DateBytes.past, DateBytes.coming] + DateBytes.relativeWords.map(\.bytes)
        #expect(!DateBytes.wordPrefixes.isEmpty)
        for w in words { #expect(DateBytes.wordPrefixes.contains(DateBytes.prefixKey(w, 0))) }
        #expect(DateBytes.wordPrefixes.count == Set(words.map { Array($0.prefix(6)) }).count)
        #expect(!DateBytes.wordPrefixes.contains(DateBytes.prefixKey(Array("이용".utf8), 0)))
        #expect(DateBytes.prefixKey(Array("이번 달".utf8), 0) == DateBytes.prefixKey(Array("이번주".utf8), 0))
    }
}
