import Testing
@testable import CoopGraph

@Suite("ExtractionContext")
struct ExtractionContextTests {
    func mention(_ lo: Int, _ hi: Int, _ name: String) -> Mention {
        Mention(range: SourceRange(lo, hi), kind: .organization, canonical: name, surface: name, rule: "test")
    }

    @Test("mentions are collected in a caller's buffer and handed back whole")
    func mentionBuffer() {
        let bytes = Array("0123456789".utf8)
        bytes.withUnsafeBufferPointer { b in
            var buffer = [mention(0, 1, "old")]
            var ctx = ExtractionContext(bytes: b, sentence: 0..<10, gazetteer: ExtractionTestSupport.gazetteer, document: .init())
            ctx.collectMentions(in: &buffer)
            #expect(buffer.isEmpty && ctx.mentions.isEmpty)
            ctx.add(mention(4, 6, "b"))
            ctx.add(mention(1, 3, "a"))
            let taken = ctx.takeMentions()
            #expect(taken.map(\.canonical) == ["a", "b"])
            #expect(ctx.mentions.isEmpty)
        }
    }

    @Test("overlaps: the first wins unless a later one strictly contains it")
    func overlaps() {
        let bytes = Array("0123456789".utf8)
        bytes.withUnsafeBufferPointer { b in
            var ctx = ExtractionContext(bytes: b, sentence: 0..<10, gazetteer: ExtractionTestSupport.gazetteer, document: .init())
            var accepted: [Bool] = []
            for m in [mention(2, 4, "a"), mention(3, 6, "b"), mention(2, 4, "c"), mention(1, 6, "d"), mention(7, 9, "e"), mention(8, 12, "outside")] {
                accepted.append(ctx.add(m))
            }
            #expect(accepted == [true, false, false, true, true, false])
            #expect(ctx.mentions.map { $0.canonical } == ["d", "e"])
            #expect(ctx.mention(endingAt: 9)?.canonical == "e")
            #expect(ctx.isCovered(5) && !ctx.isCovered(6))
            #expect(ctx.mentionIndex(startingAt: 7) == 1)
            #expect(ctx.mentionIndex(startingAt: 2) == nil)
        }
    }
}
