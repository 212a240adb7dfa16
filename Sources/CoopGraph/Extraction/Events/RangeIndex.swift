/// Answers "does any of these ranges overlap / reach past …" in O(log n) for ranges sorted
/// by lower bound (mentions, dates), instead of a scan of the whole list per question.
///
/// Keeps the lower bounds and, for each prefix, the largest upper bound: among the ranges
/// starting before `x`, one ends after `y` exactly when that prefix maximum does.
struct RangeIndex: Sendable {
    private let lowers: [Int]
    private let maxUpper: [Int]

    /// `ranges` must be sorted by lower bound.
    init(_ ranges: [SourceRange]) {
        lowers = ranges.map(\.lowerBound)
        var m = Int.min
        maxUpper = ranges.map { m = max(m, $0.upperBound); return m }
    }

    /// How many ranges start before `x`.
    private func count(startingBefore x: Int) -> Int {
        var lo = 0, hi = lowers.count
        while lo < hi { let mid = (lo + hi) >> 1; if lowers[mid] < x { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// Some range overlaps `r` (``SourceRange/overlaps(_:)``).
    func anyOverlaps(_ r: SourceRange) -> Bool {
        let k = count(startingBefore: r.upperBound)
        return k > 0 && maxUpper[k - 1] > r.lowerBound
    }

    /// Some range starts before `start` and ends at or after `end`.
    func anyStarts(before start: Int, endingAtOrAfter end: Int) -> Bool {
        let k = count(startingBefore: start)
        return k > 0 && maxUpper[k - 1] >= end
    }

    /// Index of the first range (in the order given) that starts at or before `start` and ends
    /// at or after `end`, or nil: among the ranges starting by `start` (a prefix), the first
    /// whose end reaches `end` is where the prefix maximum of the ends first does.
    func firstCovering(_ start: Int, _ end: Int) -> Int? {
        let k = count(startingBefore: start + 1)
        var lo = 0, hi = k
        while lo < hi { let mid = (lo + hi) >> 1; if maxUpper[mid] < end { lo = mid + 1 } else { hi = mid } }
        return lo < k ? lo : nil
    }

    /// Some range starts at or before `start` and ends at or after `end` (covers `start..<end`).
    func anyCovers(_ start: Int, _ end: Int) -> Bool {
        anyStarts(before: start + 1, endingAtOrAfter: end)
    }
}
