/// Where the words of ``EventCues`` occur in one document, found by one ``CueScanner`` pass over
/// the body: cue words outside every entity mention, and event and agreement triggers.
///
/// ``contains(_:in:)`` answers what ``EventText/contains(_:in:)`` answers for a cue word (an
/// occurrence wholly inside the range that overlaps no mention) with a binary search per word.
/// ``eventTrigger(from:)`` and ``agreementTriggers(from:)`` give the trigger occurrences in text
/// order, so the trigger rules visit those offsets instead of every byte.
struct CueHits: Sendable {
    /// `starts[offsets[p] ..< offsets[p + 1]]`: start offsets of cue pattern `p`, ascending.
    private let offsets: [Int32]
    private let starts: [Int32]
    /// `slotStarts[slotOffsets[k] ..< slotOffsets[k + 1]]` (and `slotEnds`): the occurrences
    /// outside mentions of any word of ``EventCues/slotted`` list `k`, by start.
    private let slotOffsets: [Int32]
    private let slotStarts: [Int32]
    private let slotEnds: [Int32]
    /// The same for every occurrence of every pattern, inside mentions or not.
    private let allOffsets: [Int32]
    private let allStarts: [Int32]
    /// Offsets where an event trigger starts, ascending, and the longest one there
    /// (index into ``EventTrigger/all``, or ``EventCues/genericTrigger``).
    private let eventStarts: [Int32]
    private let eventWhich: [Int32]
    /// Agreement trigger occurrences by start, longest first at one start (index into ``AgreementTrigger/all``).
    private let agreementStarts: [Int32]
    private let agreementWhich: [Int32]

    /// Start offsets grouped by pattern with a counting sort: `starts[offsets[p] ..< offsets[p + 1]]`
    /// are pattern `p`'s, ascending when `matches` is in order of start.
    static func grouped(_ matches: [ByteAutomaton.Match], patterns n: Int) -> (offsets: [Int32], starts: [Int32]) {
        var counts = [Int32](repeating: 0, count: n + 1)
        for m in matches { counts[m.pattern + 1] += 1 }
        for p in 0..<n { counts[p + 1] += counts[p] }
        var fill = counts
        var starts = [Int32](repeating: 0, count: matches.count)
        for m in matches {
            starts[Int(fill[m.pattern])] = Int32(m.start)
            fill[m.pattern] += 1
        }
        return (counts, starts)
    }

    /// `mentions` must be sorted by range (as ``EventText/mentions`` is).
    init(bytes: [UInt8], mentions: [Mention]) {
        let found = bytes.withUnsafeBufferPointer { EventCues.scanner.matches(in: $0) }
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
        let isCue = EventCues.isCue, eventTrigger = EventCues.eventTrigger, agreementTrigger = EventCues.agreementTrigger
        var kept: [ByteAutomaton.Match] = []
        var events: [(start: Int32, length: Int32, which: Int32)] = []
        var agreements: [(start: Int32, length: Int32, which: Int32)] = []
        kept.reserveCapacity(found.count)
        for f in found {
            let p = f.pattern
            if eventTrigger[p] >= 0 {
                // The generic 행사 sorts after every real trigger at the same start.
                let length = eventTrigger[p] == EventCues.genericTrigger ? 0 : Int32(f.end - f.start)
                events.append((Int32(f.start), length, eventTrigger[p]))
            }
            if agreementTrigger[p] >= 0 { agreements.append((Int32(f.start), Int32(f.end - f.start), agreementTrigger[p])) }
            if isCue[p], !overlapsMention(f.start, f.end) { kept.append(f) }
        }
        (offsets, starts) = Self.grouped(kept, patterns: n)
        (slotOffsets, slotStarts, slotEnds) = Self.slotted(kept)
        (allOffsets, allStarts) = Self.grouped(found, patterns: n)

        // Longest first at each start, as the trigger lists are ordered.
        let byStart: ((start: Int32, length: Int32, which: Int32), (start: Int32, length: Int32, which: Int32)) -> Bool = {
            $0.start != $1.start ? $0.start < $1.start : ($0.length != $1.length ? $0.length > $1.length : $0.which < $1.which)
        }
        events.sort(by: byStart)
        agreements.sort(by: byStart)
        var es: [Int32] = [], ew: [Int32] = []
        for e in events where es.last != e.start {
            // 행사 only where no other trigger starts and no Hangul syllable stands before it.
            if e.which == EventCues.genericTrigger, Self.hangulBefore(bytes, Int(e.start)) { continue }
            es.append(e.start); ew.append(e.which)
        }
        self.eventStarts = es
        self.eventWhich = ew
        self.agreementStarts = agreements.map(\.start)
        self.agreementWhich = agreements.map(\.which)
    }

    /// The scalar ending before `i` is a Hangul syllable (as ``EventText/scalar(before:)`` decodes it).
    private static func hangulBefore(_ b: [UInt8], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        var s = i - 1
        while s > 0, b[s] & 0xC0 == 0x80 { s -= 1 }
        guard b[s] >= 0xE0, b[s] < 0xF0, s + 2 < b.count else { return false }
        let v = (UInt32(b[s] & 0x0F) << 12) | (UInt32(b[s + 1] & 0x3F) << 6) | UInt32(b[s + 2] & 0x3F)
        return EventText.isHangul(v)
    }

    /// The occurrences of `kept` (in order of start) grouped by the ``EventCues/slotted`` lists
    /// their word belongs to, with a counting sort: each group stays in order of start.
    static func slotted(_ kept: [ByteAutomaton.Match]) -> (offsets: [Int32], starts: [Int32], ends: [Int32]) {
        let mask = EventCues.slotMask
        let n = min(EventCues.slotted.count, 64)
        var counts = [Int32](repeating: 0, count: n + 1)
        for f in kept {
            var m = mask[f.pattern]
            while m != 0 { counts[m.trailingZeroBitCount + 1] += 1; m &= m - 1 }
        }
        for k in 0..<n { counts[k + 1] += counts[k] }
        var fill = counts
        var starts = [Int32](repeating: 0, count: Int(counts[n]))
        var ends = starts
        for f in kept {
            var m = mask[f.pattern]
            while m != 0 {
                let k = m.trailingZeroBitCount
                starts[Int(fill[k])] = Int32(f.start)
                ends[Int(fill[k])] = Int32(f.end)
                fill[k] += 1
                m &= m - 1
            }
        }
        return (counts, starts, ends)
    }

    /// Some word of `list` occurs wholly inside `r`, overlapping no mention.
    func contains(_ list: CueList, in r: SourceRange) -> Bool {
        if list.slot >= 0, list.slot < 64 { return contains(slot: list.slot, in: r) }
        for p in list.patterns where contains(pattern: p, in: r) { return true }
        return false
    }

    /// ``contains(_:in:)`` for a slotted list: an occurrence starting at or after `r`'s start and
    /// ending by its end. Occurrences are by start, so those starting inside `r` are visited in
    /// order and the first one that also ends inside answers (most do at once).
    func contains(slot k: Int, in r: SourceRange) -> Bool {
        let end = Int(slotOffsets[k + 1])
        var lo = Int(slotOffsets[k]), hi = end
        let from = Int32(clamping: r.lowerBound), upper = Int32(clamping: r.upperBound)
        while lo < hi { let mid = (lo + hi) >> 1; if slotStarts[mid] < from { lo = mid + 1 } else { hi = mid } }
        while lo < end, slotStarts[lo] < upper {
            if slotEnds[lo] <= upper { return true }
            lo += 1
        }
        return false
    }

    func contains(pattern p: Int, in r: SourceRange) -> Bool {
        var lo = Int(offsets[p]), hi = Int(offsets[p + 1])
        guard lo < hi else { return false }
        let from = Int32(clamping: r.lowerBound)
        while lo < hi { let mid = (lo + hi) >> 1; if starts[mid] < from { lo = mid + 1 } else { hi = mid } }
        return lo < Int(offsets[p + 1]) && Int(starts[lo]) + EventCues.lengths[p] <= r.upperBound
    }

    /// The first occurrence of `word` wholly inside `r`, mentions or not (``EventText/find(_:in:)``
    /// for a word of the table); `word` must be one of ``EventCues/words``.
    func first(_ word: Int, in r: SourceRange) -> Int? {
        let end = Int(allOffsets[word + 1])
        var lo = Int(allOffsets[word]), hi = end
        let from = Int32(clamping: r.lowerBound)
        while lo < hi { let mid = (lo + hi) >> 1; if allStarts[mid] < from { lo = mid + 1 } else { hi = mid } }
        guard lo < end, Int(allStarts[lo]) + EventCues.lengths[word] <= r.upperBound else { return nil }
        return Int(allStarts[lo])
    }

    /// Every occurrence of `word` (a pattern of ``EventCues/words``) wholly inside `r`, mentions
    /// or not, by start, without the overlapping ones (each one after the end of the one before):
    /// what searching `r` again after each occurrence finds.
    func forEachOccurrence(of word: Int, in r: Range<Int>, _ body: (_ start: Int) -> Void) {
        let end = Int(allOffsets[word + 1])
        var lo = Int(allOffsets[word]), hi = end
        let from = Int32(clamping: r.lowerBound)
        while lo < hi { let mid = (lo + hi) >> 1; if allStarts[mid] < from { lo = mid + 1 } else { hi = mid } }
        let length = EventCues.lengths[word]
        var next = r.lowerBound
        while lo < end {
            let s = Int(allStarts[lo])
            // Same length for every occurrence: the first to end past `r` ends the walk.
            guard s + length <= r.upperBound else { return }
            if s >= next {
                body(s)
                next = s + length
            }
            lo += 1
        }
    }

    /// Whether `word` (a pattern of ``EventCues/words``) occurs anywhere, mentions or not.
    func occurs(_ word: Int) -> Bool { allOffsets[word + 1] > allOffsets[word] }

    private static func firstIndex(_ a: [Int32], atOrAfter i: Int) -> Int {
        let from = Int32(clamping: i)
        var lo = 0, hi = a.count
        while lo < hi { let mid = (lo + hi) >> 1; if a[mid] < from { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// The first event trigger starting at or after `i`: its start, the longest trigger there,
    /// and whether it is the generic 행사 (a reference only).
    func eventTrigger(from i: Int) -> (start: Int, trigger: EventTrigger, generic: Bool)? {
        let k = Self.firstIndex(eventStarts, atOrAfter: i)
        guard k < eventStarts.count else { return nil }
        let w = eventWhich[k]
        if w == EventCues.genericTrigger { return (Int(eventStarts[k]), EventTrigger.generic, true) }
        return (Int(eventStarts[k]), EventTrigger.all[Int(w)], false)
    }

    /// The first offset at or after `i` where an event trigger starts (the generic 행사 included).
    func eventTriggerStart(from i: Int) -> Int? {
        let k = Self.firstIndex(eventStarts, atOrAfter: i)
        return k < eventStarts.count ? Int(eventStarts[k]) : nil
    }

    /// The first offset at or after `i` where an agreement trigger starts (no list of them made).
    func agreementTriggerStart(from i: Int) -> Int? {
        let k = Self.firstIndex(agreementStarts, atOrAfter: i)
        return k < agreementStarts.count ? Int(agreementStarts[k]) : nil
    }

    /// The agreement triggers at the first offset at or after `i` that has any, longest first.
    func agreementTriggers(from i: Int) -> (start: Int, triggers: [AgreementTrigger])? {
        var k = Self.firstIndex(agreementStarts, atOrAfter: i)
        guard k < agreementStarts.count else { return nil }
        let start = agreementStarts[k]
        var out: [AgreementTrigger] = []
        while k < agreementStarts.count, agreementStarts[k] == start { out.append(AgreementTrigger.all[Int(agreementWhich[k])]); k += 1 }
        return (Int(start), out)
    }
}
