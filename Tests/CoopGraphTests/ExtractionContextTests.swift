import Testing
@testable import CoopGraph

@Suite("ExtractionContext")
struct ExtractionContextTests {
    func mention(_ lo: Int, _ hi: Int, _ name: String) -> Mention {
        Mention(range: SourceRange(lo, hi), kind: .organization, canonical: name, surface: name, rule: "test")
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
