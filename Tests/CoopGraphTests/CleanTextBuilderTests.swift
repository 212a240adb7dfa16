import Testing
@testable import CoopGraph

@Suite("CleanTextBuilder")
struct CleanTextBuilderTests {
    @Test("appendSlice keeps the map to the original source, through two stages")
    func sliceOfSlice() {
        // Stage 1: "A&amp;B\nC" → "A&B\nC" with the entity as a replacement.
        let source = "A&amp;B\nchrome\nC"
        var b1 = CleanTextBuilder()
        b1.appendCopy(Array("A".utf8), sourceStart: 0)
        b1.appendReplacement("&", for: SourceRange(1, 6))
        b1.appendCopy(Array("B\nchrome\nC".utf8), sourceStart: 6)
        let first = b1.build()
        // Stage 2: drop the "chrome" line.
        var b2 = CleanTextBuilder()
        var text = first.text
        text.withUTF8 { bytes in
            b2.appendSlice(of: first, bytes: bytes, range: SourceRange(0, 4))   // "A&B\n"
            b2.appendSlice(of: first, bytes: bytes, range: SourceRange(11, 12)) // "C"
        }
        let second = b2.build()
        #expect(second.text == "A&B\nC")
        let src = Array(source.utf8)
        func mapped(_ lo: Int, _ hi: Int) -> String {
            String(decoding: src[second.sourceRange(for: SourceRange(lo, hi)).range], as: UTF8.self)
        }
        #expect(mapped(0, 3) == "A&amp;B")
        #expect(mapped(1, 2) == "&amp;")
        #expect(mapped(4, 5) == "C")
        #expect(mapped(2, 5) == "B\nchrome\nC")  // a range across the removed line spans it in the source
    }

    @Test("trailing blanks and newlines are trimmed together with their segments")
    func trimming() {
        var b = CleanTextBuilder()
        b.appendCopy(Array("본문 \t".utf8), sourceStart: 10)
        b.trimTrailingBlanks()
        b.appendReplacement("\n", for: SourceRange(20, 24))
        b.trimTrailingNewlines()
        let c = b.build()
        #expect(c.text == "본문")
        #expect(c.segments == [CleanText.Segment(cleanStart: 0, cleanLength: 6, sourceStart: 10, sourceLength: 6)])
    }

    @Test("build(slicesOf:pieces:) makes the same clean text as build(), trimmed end included")
    func slicesBuild() {
        let source = CleanText(identity: "머리\n본문 첫 줄\n빼는 줄\n둘째 줄 \r\n\n")
        var text = source.text
        let (plain, sliced): (CleanText, CleanText) = text.withUTF8 { bytes in
            var b = CleanTextBuilder()
            let pieces = [7..<22, 33..<47]
            for p in pieces { b.appendSlice(of: source, bytes: bytes, range: SourceRange(p)) }
            b.trimTrailingNewlines()
            return (b.build(), b.build(slicesOf: source.text, pieces: pieces))
        }
        #expect(sliced == plain)
        #expect(sliced.text == "본문 첫 줄\n둘째 줄")
    }
}
