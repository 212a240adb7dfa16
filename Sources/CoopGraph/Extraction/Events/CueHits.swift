/// Where the words of ``EventCues`` occur in one document outside every entity mention,
/// found by one automaton pass over the body.
///
/// ``contains(_:in:)`` answers what ``EventText/contains(_:in:)`` answers for a cue word (an
/// occurrence wholly inside the range that overlaps no mention) with a binary search per word.
struct CueHits: Sendable {
    /// `starts[offsets[p] ..< offsets[p + 1]]`: start offsets of pattern `p`, ascending.
    private let offsets: [Int32]
    private let starts: [Int32]

    /// `mentions` must be sorted by range (as ``EventText/mentions`` is).
    init(bytes: [UInt8], mentions: [Mention]) {
        let found = bytes.withUnsafeBufferPointer { EventCues.automaton.matches(in: $0, range: 0..<$0.count) }
        // Largest upper bound among the first k mentions (sorted by lower bound): an occurrence
        // [s, e) overlaps a mention iff one with lowerBound < e has upperBound > s.
        var maxUpper: [Int] = []
        maxUpper.reserveCapacity(mentions.count)
        var m = Int.min
        for x in mentions { m = max(m, x.range.upperBound); maxUpper.append(m) }
        let lowers = mentions.map(\.range.lowerBound)
        func overlapsMention(_ s: Int, _ e: Int) -> Bool {
            var lo = 0, hi = lowers.count
            while lo < hi { let mid = (lo + hi) >> 1; if lowers[mid] < e { lo = mid + 1 } else { hi = mid } }
            return lo > 0 && maxUpper[lo - 1] > s
        }
        let n = EventCues.words.count
        var counts = [Int32](repeating: 0, count: n + 1)
        var kept: [ByteAutomaton.Match] = []
        kept.reserveCapacity(found.count)
        for f in found where !overlapsMention(f.start, f.end) {
            kept.append(f)
            counts[f.pattern + 1] += 1
        }
        for p in 0..<n { counts[p + 1] += counts[p] }
        var fill = counts
        var starts = [Int32](repeating: 0, count: kept.count)
        // `found` is in order of end offset, which for one pattern is the order of start.
        for f in kept {
            starts[Int(fill[f.pattern])] = Int32(f.start)
            fill[f.pattern] += 1
        }
        self.offsets = counts
        self.starts = starts
    }

    /// Some word of `list` occurs wholly inside `r`, overlapping no mention.
    func contains(_ list: CueList, in r: SourceRange) -> Bool {
        for p in list.patterns where contains(pattern: p, in: r) { return true }
        return false
    }

    func contains(pattern p: Int, in r: SourceRange) -> Bool {
        var lo = Int(offsets[p]), hi = Int(offsets[p + 1])
        guard lo < hi else { return false }
        let from = Int32(clamping: r.lowerBound)
        while lo < hi { let mid = (lo + hi) >> 1; if starts[mid] < from { lo = mid + 1 } else { hi = mid } }
        return lo < Int(offsets[p + 1]) && Int(starts[lo]) + EventCues.lengths[p] <= r.upperBound
    }
}
