import Testing
@testable import CoopGraph

@Suite("HangulBytes")
struct HangulBytesTests {
    @Test("decodes scalars and classifies Hangul, Hanja and ASCII")
    func classify() {
        let bytes = Array("한美A".utf8)
        bytes.withUnsafeBufferPointer { b in
            let h = HangulBytes.scalar(at: 0, in: b)
            #expect(h.value == 0xD55C && h.length == 3)
            #expect(HangulBytes.isHangulSyllable(h.value))
            #expect(HangulBytes.isHanja(HangulBytes.scalar(at: 3, in: b).value))
            #expect(HangulBytes.isASCIIAlnum(HangulBytes.scalar(at: 6, in: b).value))
            #expect(HangulBytes.scalarStart(before: 6, lower: 0, in: b) == 3)
        }
    }

    @Test("finds the ends of Hangul runs in both directions")
    func runs() {
        let bytes = Array("가나다 라".utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(HangulBytes.hangulRunEnd(from: 0, upper: b.count, in: b) == 9)
            #expect(HangulBytes.hangulRunStart(endingAt: 9, lower: 0, in: b) == 0)
            #expect(HangulBytes.skipBlanks(from: 9, upper: b.count, in: b) == 10)
        }
    }

    @Test("compound separators include the Hangul middle dot")
    func separators() {
        for s in ["·", "ㆍ", "-", "‐", "–"] { #expect(HangulBytes.isCompoundSeparator(s.unicodeScalars.first!.value)) }
        #expect(!HangulBytes.isCompoundSeparator(0x2C))
    }

    @Test("next finds a byte at or after an offset, within the bound")
    func nextByte() {
        let bytes = Array("가(나)(研".utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(HangulBytes.next(0x28, from: 0, upper: b.count, in: b) == 3)
            #expect(HangulBytes.next(0x28, from: 3, upper: b.count, in: b) == 3)
            #expect(HangulBytes.next(0x28, from: 4, upper: b.count, in: b) == 8)
            #expect(HangulBytes.next(0x28, from: 4, upper: 8, in: b) == 8)
            #expect(HangulBytes.next(0x28, from: 9, upper: b.count, in: b) == b.count)
            #expect(HangulBytes.next(0x28, from: 20, upper: b.count, in: b) == 20)
        }
    }
}
