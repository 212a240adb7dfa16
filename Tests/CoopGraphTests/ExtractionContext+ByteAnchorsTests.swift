import Testing
@testable import CoopGraph

@Suite("ExtractionContext+ByteAnchors")
struct ExtractionContextByteAnchorsTests {
    /// Offsets `forEachOffset` visits in `text`, whose sentence is `sentence`.
    func offsets(of byte: UInt8, in text: String, sentence: Range<Int>, from start: Int? = nil) -> [Int] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b in
            var ctx = ExtractionContext(bytes: b, sentence: sentence, gazetteer: ExtractionTestSupport.gazetteer, document: .init())
            var seen: [Int] = []
            ExtractionContext.forEachOffset(of: byte, from: start, in: &ctx) { i, _ in seen.append(i) }
            return seen
        }
    }

    @Test("every offset of the byte inside the sentence, in order, none outside it")
    func visitsInsideSentence() {
        // "(a) 한국(b) (c)": `(` at 0, 10, 14; the sentence 1..<14 holds only the one at 10.
        #expect(offsets(of: 0x28, in: "(a) 한국(b) (c)", sentence: 0..<17) == [0, 10, 14])
        #expect(offsets(of: 0x28, in: "(a) 한국(b) (c)", sentence: 1..<14) == [10])
        #expect(offsets(of: 0x20, in: "(a) 한국(b) (c)", sentence: 0..<17, from: 4) == [13])
    }

    @Test("no offset when the byte is absent or the start is past the end")
    func nothing() {
        #expect(offsets(of: 0x28, in: "외교부 장관", sentence: 0..<16) == [])
        #expect(offsets(of: 0x20, in: "외교부 장관", sentence: 0..<16, from: 20) == [])
    }

    @Test("mentions added in the body stay in the context")
    func bodyAdds() {
        let bytes = Array("가(나) 다(라)".utf8)
        bytes.withUnsafeBufferPointer { b in
            var ctx = ExtractionContext(bytes: b, sentence: 0..<b.count, gazetteer: ExtractionTestSupport.gazetteer, document: .init())
            ExtractionContext.forEachOffset(of: 0x28, in: &ctx) { i, context in
                context.add(Mention(range: SourceRange(i + 1, i + 4), kind: .organization, canonical: "m\(i)", surface: "m", rule: "test"))
            }
            #expect(ctx.mentions.map(\.canonical) == ["m3", "m12"])
        }
    }
}
