@testable import CoopGraph
import Testing

@Suite("RangeIndex")
struct RangeIndexTests {
    static let ranges = [SourceRange(2, 5), SourceRange(3, 4), SourceRange(8, 8), SourceRange(10, 20), SourceRange(12, 13)]

    @Test("every answer equals the scan over the list, for every small range")
    func sameAsScan() {
        let index = RangeIndex(Self.ranges)
        var hits = 0
        for lo in 0..<24 {
            for hi in lo..<24 {
                let r = SourceRange(lo, hi)
                let overlaps = Self.ranges.contains { $0.overlaps(r) }
                #expect(index.anyOverlaps(r) == overlaps)
                #expect(index.anyStarts(before: lo, endingAtOrAfter: hi) == Self.ranges.contains { $0.lowerBound < lo && $0.upperBound >= hi })
                #expect(index.anyCovers(lo, hi) == Self.ranges.contains { $0.lowerBound <= lo && $0.upperBound >= hi })
                if overlaps { hits += 1 }
            }
        }
        #expect(hits > 50)
    }

    @Test("an empty index answers no; an empty range inside another overlaps nothing at its ends")
    func edges() {
        #expect(!RangeIndex([]).anyOverlaps(SourceRange(0, 10)))
        let index = RangeIndex([SourceRange(8, 8)])
        #expect(!index.anyOverlaps(SourceRange(8, 10)))
        #expect(index.anyOverlaps(SourceRange(7, 9)))
    }

    @Test("firstCovering gives the first range in order that covers the span, as a linear search does")
    func firstCovering() {
        let ranges = [SourceRange(0, 5), SourceRange(2, 20), SourceRange(3, 9), SourceRange(3, 30), SourceRange(10, 12), SourceRange(25, 26)]
        let index = RangeIndex(ranges)
        for lo in 0..<32 {
            for hi in lo..<33 {
                #expect(index.firstCovering(lo, hi) == ranges.firstIndex { $0.lowerBound <= lo && $0.upperBound >= hi })
            }
        }
        #expect(index.firstCovering(4, 9) == 1)
        #expect(index.firstCovering(3, 25) == 3)
        #expect(RangeIndex([]).firstCovering(0, 0) == nil)
    }
}
