/// An Aho–Corasick automaton over UTF-8 bytes: every pattern found in one pass.
///
/// Built once from all gazetteer names and aliases and shared read-only (it is a value of
/// flat arrays, so `Sendable`). The root has a dense 256-entry table; other states keep
/// their edges as sorted label arrays searched by binary search. ``matches(in:range:)``
/// reports every occurrence, overlapping ones included; ``leftmostLongest(_:)`` keeps the
/// non-overlapping leftmost-longest subset.
public struct ByteAutomaton: Sendable {
    /// One occurrence of a pattern: byte range and the pattern's index as given to `init`.
    public struct Match: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var pattern: Int
    }

    /// The tables, behind one reference: the automaton is passed around by value (rules read it
    /// from the shared ``Gazetteer`` for every sentence), and a struct of fifteen arrays cost
    /// fifteen retains and releases per copy.
    private final class Tables: Sendable {
        let root: [Int32]
        let edgeStart: [Int32]
        let edgeLabels: [UInt8]
        let edgeTargets: [Int32]
        let fail: [Int32]
        /// Nearest state on the failure chain (itself included) that ends a pattern, or -1.
        let outputLink: [Int32]
        let outputStart: [Int32]
        let outputPatterns: [Int32]
        let patternLengths: [Int32]
        /// The trie state after each Hangul syllable's three bytes from the root (0: no pattern
        /// starts with it), indexed by `scalar - 0xAC00`: a walk from a word start takes the
        /// first syllable in one load instead of three dependent edge searches.
        let syllableStates: [Int32]
        /// The syllables with a nonzero `syllableStates` entry, as a bit set small enough to stay
        /// in the first-level cache: most words start with none of them.
        let firstSyllables: ScalarSet
        /// Syllables that are a whole pattern, and a hashed bit set of the first two syllables of
        /// longer patterns: a word whose first two syllables no pattern opens with ends the walk
        /// after the first syllable without touching the trie (a cache miss per step).
        let wholeSyllables: ScalarSet
        let syllablePairs: [UInt64]
        /// Per state, `[edge start, edge end, output start, output end]`, and the edges as
        /// `label << 32 | target`: a walk step reads one state record and one edge run instead
        /// of four arrays (the walk is bound by memory latency, not by arithmetic). States keep
        /// their insertion (depth-first) numbers: a walk down one name reads neighbouring
        /// records; breadth-first numbering measured a third more cache misses.
        let stateRecords: [Int32]
        let packedEdges: [UInt64]
        /// Whole-syllable steps below the root: open-addressed slots of two words, key
        /// `(state << 14 | syllable index) + 1` (0 marks an empty slot) and value `target |
        /// hasOutput << 32`. Inside a Hangul word one hashed probe replaces three state
        /// records and edge searches, each a likely cache miss.
        let syllableSlots: [UInt64]
        let syllableShift: UInt64
        let syllableMask: Int

        init(root: [Int32], edgeStart: [Int32], edgeLabels: [UInt8], edgeTargets: [Int32], fail: [Int32], outputLink: [Int32], outputStart: [Int32], outputPatterns: [Int32], patternLengths: [Int32], syllableStates: [Int32], firstSyllables: ScalarSet, wholeSyllables: ScalarSet, syllablePairs: [UInt64], stateRecords: [Int32], packedEdges: [UInt64],
             syllableSlots: [UInt64], syllableShift: UInt64, syllableMask: Int) {
            self.root = root
            self.edgeStart = edgeStart
            self.edgeLabels = edgeLabels
            self.edgeTargets = edgeTargets
            self.fail = fail
            self.outputLink = outputLink
            self.outputStart = outputStart
            self.outputPatterns = outputPatterns
            self.patternLengths = patternLengths
            self.syllableStates = syllableStates
            self.firstSyllables = firstSyllables
            self.wholeSyllables = wholeSyllables
            self.syllablePairs = syllablePairs
            self.stateRecords = stateRecords
            self.packedEdges = packedEdges
            self.syllableSlots = syllableSlots
            self.syllableShift = syllableShift
            self.syllableMask = syllableMask
        }
    }

    private let t: Tables

    public let patternCount: Int

    /// Builds the automaton; pattern `i` is reported with `pattern == i`. Empty patterns are ignored.
    public init(patterns: [[UInt8]]) {
        var trie: [[UInt8: Int32]] = [[:]]
        var ends: [[Int32]] = [[]]
        for (p, bytes) in patterns.enumerated() where !bytes.isEmpty {
            var s: Int32 = 0
            for byte in bytes {
                if let t = trie[Int(s)][byte] {
                    s = t
                } else {
                    let t = Int32(trie.count)
                    trie.append([:])
                    ends.append([])
                    trie[Int(s)][byte] = t
                    s = t
                }
            }
            ends[Int(s)].append(Int32(p))
        }
        let n = trie.count
        var edgeStart = [Int32](repeating: 0, count: n + 1)
        var labels: [UInt8] = []
        var targets: [Int32] = []
        for s in 0..<n {
            edgeStart[s] = Int32(labels.count)
            for (l, t) in trie[s].sorted(by: { $0.key < $1.key }) {
                labels.append(l)
                targets.append(t)
            }
        }
        edgeStart[n] = Int32(labels.count)
        var root = [Int32](repeating: 0, count: 256)
        for (l, t) in trie[0] { root[Int(l)] = t }

        var fail = [Int32](repeating: 0, count: n)
        var outputLink = [Int32](repeating: -1, count: n)
        var queue: [Int32] = []
        queue.reserveCapacity(n)
        for (_, t) in trie[0] { queue.append(t) }
        var head = 0
        while head < queue.count {
            let s = Int(queue[head])
            head += 1
            outputLink[s] = ends[s].isEmpty ? outputLink[Int(fail[s])] : Int32(s)
            for (l, t) in trie[s] {
                var f = fail[s]
                while f != 0 && trie[Int(f)][l] == nil { f = fail[Int(f)] }
                let g = trie[Int(f)][l] ?? 0
                fail[Int(t)] = (g == t) ? 0 : g
                queue.append(t)
            }
        }
        var outStart = [Int32](repeating: 0, count: n + 1)
        var outs: [Int32] = []
        for s in 0..<n {
            outStart[s] = Int32(outs.count)
            outs.append(contentsOf: ends[s])
        }
        outStart[n] = Int32(outs.count)
        let root_ = root
        let edgeStart_ = edgeStart
        let edgeLabels_ = labels
        let edgeTargets_ = targets
        let fail_ = fail
        let outputLink_ = outputLink
        let outputStart_ = outStart
        let outputPatterns_ = outs
        let patternLengths_ = patterns.map { Int32($0.count) }
        self.patternCount = patterns.count
        var syllables = [Int32](repeating: 0, count: 0xD7A4 - 0xAC00)
        for v in 0xAC00...0xD7A3 where root[0xE0 | (v >> 12)] != 0 {
            var st: Int32 = 0
            for byte in [UInt8(0xE0 | (v >> 12)), UInt8(0x80 | ((v >> 6) & 0x3F)), UInt8(0x80 | (v & 0x3F))] {
                st = trie[Int(st)][byte] ?? 0
                if st == 0 { break }
            }
            syllables[v - 0xAC00] = st
        }
        let syllableStates_ = syllables
        let firstSyllables_ = ScalarSet((0xAC00...0xD7A3).lazy.filter { syllables[$0 - 0xAC00] != 0 }.map { UInt32($0) })
        var whole: [UInt32] = []
        var pairs = [UInt64](repeating: 0, count: Self.pairWords)
        for p in patterns {
            guard p.count >= 3, let v1 = p.withUnsafeBufferPointer({ Self.syllable(at: 0, in: $0, upper: $0.count) }) else { continue }
            if p.count == 3 { whole.append(v1); continue }
            if let v2 = p.withUnsafeBufferPointer({ Self.syllable(at: 3, in: $0, upper: $0.count) }) {
                let bit = Self.pairBit(v1, v2)
                pairs[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        let wholeSyllables_ = ScalarSet(whole)
        let syllablePairs_ = pairs
        var records = [Int32](repeating: 0, count: 4 * n)
        for st in 0..<n {
            records[4 * st] = edgeStart[st]
            records[4 * st + 1] = edgeStart[st + 1]
            records[4 * st + 2] = outStart[st]
            records[4 * st + 3] = outStart[st + 1]
        }
        let stateRecords_ = records
        // Every three-edge path spelling a Hangul syllable, from every state.
        var stepEntries: [(key: UInt64, value: UInt64)] = []
        for st in 0..<n {
            for (b0, t0) in trie[st] where b0 >= 0xEA && b0 <= 0xED {
                for (b1, t1) in trie[Int(t0)] where b1 & 0xC0 == 0x80 {
                    for (b2, t2) in trie[Int(t1)] where b2 & 0xC0 == 0x80 {
                        let v = (UInt32(b0 & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F)
                        guard v >= 0xAC00, v <= 0xD7A3 else { continue }
                        let value = UInt64(UInt32(bitPattern: t2)) | Self.outputField(start: Int(outStart[Int(t2)]), end: Int(outStart[Int(t2) + 1])) << 32
                        stepEntries.append((Self.stepKey(Int32(st), v), value))
                    }
                }
            }
        }
        var bits: UInt64 = 4
        while (1 << bits) < 2 * stepEntries.count { bits += 1 }
        let size = 1 << Int(bits)
        var slots = [UInt64](repeating: 0, count: 2 * size)
        for e in stepEntries {
            var h = Self.stepSlot(e.key, shift: 64 - bits)
            while slots[2 * h] != 0 { h = (h + 1) & (size - 1) }
            slots[2 * h] = e.key
            slots[2 * h + 1] = e.value
        }
        let steps = (slots: slots, shift: 64 - bits, mask: size - 1)
        let packedEdges_ = zip(labels, targets).map { UInt64($0.0) << 32 | UInt64(UInt32(bitPattern: $0.1)) }
        self.t = Tables(root: root_, edgeStart: edgeStart_, edgeLabels: edgeLabels_, edgeTargets: edgeTargets_, fail: fail_, outputLink: outputLink_, outputStart: outputStart_, outputPatterns: outputPatterns_, patternLengths: patternLengths_, syllableStates: syllableStates_, firstSyllables: firstSyllables_, wholeSyllables: wholeSyllables_, syllablePairs: syllablePairs_, stateRecords: stateRecords_, packedEdges: packedEdges_,
                        syllableSlots: steps.slots, syllableShift: steps.shift, syllableMask: steps.mask)
    }

    /// Every occurrence of every pattern inside `range` of `bytes`, in order of end offset.
    public func matches(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Match] {
        var out: [Match] = []
        var s: Int32 = 0
        t.root.withUnsafeBufferPointer { root in
        t.edgeStart.withUnsafeBufferPointer { edgeStart in
        t.edgeLabels.withUnsafeBufferPointer { labels in
        t.edgeTargets.withUnsafeBufferPointer { targets in
        t.fail.withUnsafeBufferPointer { fail in
        t.outputLink.withUnsafeBufferPointer { outputLink in
        for i in range {
            let byte = bytes[i]
            while true {
                if s == 0 {
                    s = root[Int(byte)]
                    break
                }
                var lo = Int(edgeStart[Int(s)]), hi = Int(edgeStart[Int(s) + 1]) - 1
                var found: Int32 = -1
                while lo <= hi {
                    let mid = (lo &+ hi) >> 1
                    let l = labels[mid]
                    if l == byte { found = targets[mid]; break }
                    if l < byte { lo = mid + 1 } else { hi = mid - 1 }
                }
                if found >= 0 { s = found; break }
                s = fail[Int(s)]
            }
            var o = outputLink[Int(s)]
            if o < 0 { continue }
            while o >= 0 {
                for k in Int(t.outputStart[Int(o)])..<Int(t.outputStart[Int(o) + 1]) {
                    let p = Int(t.outputPatterns[k])
                    out.append(Match(start: i + 1 - Int(t.patternLengths[p]), end: i + 1, pattern: p))
                }
                o = outputLink[Int(fail[Int(o)])]
                if o == 0 { break }
            }
        }
        }}}}}}
        return out
    }

    /// True when some pattern starts with `byte`: a position holding another byte starts no match.
    @inline(__always)
    public func canStart(with byte: UInt8) -> Bool { t.root[Int(byte)] != 0 }

    /// Appends every pattern occurring at exactly `start` and ending at or before `upper`,
    /// shortest first: a walk down the trie from the root, no failure links.
    ///
    /// Rules that accept a name only at a word start call this at word starts instead of
    /// running ``matches(in:range:)`` over every byte: together the calls find the same
    /// occurrences as `matches` restricted to those starts.
    public func matches(in bytes: UnsafeBufferPointer<UInt8>, startingAt start: Int, upper: Int, into out: inout [Match]) {
        walk(bytes, from: start, upper: upper) { end, pattern in
            out.append(Match(start: start, end: end, pattern: pattern))
            return true
        }
    }

    /// The longest pattern occurring at exactly `start` and ending at or before `upper`:
    /// its end and index (the lowest index when several patterns are the same bytes).
    public func longestMatch(in bytes: UnsafeBufferPointer<UInt8>, startingAt start: Int, upper: Int) -> (end: Int, pattern: Int)? {
        var best: (end: Int, pattern: Int)?
        walk(bytes, from: start, upper: upper) { end, pattern in
            if best?.end != end { best = (end, pattern) }
            return true
        }
        return best
    }

    /// Walks the trie from the root along `bytes[start..<upper]`, reporting each pattern
    /// end (shortest first; at one end, in pattern order) until the trie has no edge.
    @inline(__always)
    private func walk(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, upper: Int, _ report: (Int, Int) -> Bool) {
        guard start < upper else { return }
        let b0 = bytes[start]
        var s = t.root[Int(b0)]
        guard s != 0 else { return }
        var i = start
        // Outputs of the state reached by the first step (see the walk below).
        var firstOutputs = Self.recordOutputs
        // A whole Hangul syllable first, in one load (patterns are valid UTF-8: none ends
        // inside a syllable, so skipping its inner states reports nothing less).
        if b0 >= 0xEA, b0 <= 0xED, start + 3 <= upper {
            let b1 = bytes[start + 1], b2 = bytes[start + 2]
            if b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 {
                let v = (Int(b0 & 0x0F) << 12) | (Int(b1 & 0x3F) << 6) | Int(b2 & 0x3F)
                if v >= 0xAC00, v <= 0xD7A3 {
                    guard t.firstSyllables.contains(UInt32(v)) else { return }
                    let whole = t.wholeSyllables.contains(UInt32(v))
                    // Only a pattern of exactly this syllable ends at its state: for the others
                    // the state's record (a likely cache miss) need not be read.
                    if !whole { firstOutputs = 0 }
                    if !whole, let v2 = Self.syllable(at: start + 3, in: bytes, upper: upper) {
                        let bit = Self.pairBit(UInt32(v), v2)
                        guard t.syllablePairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return }
                    }
                    s = t.syllableStates[v - 0xAC00]
                    guard s != 0 else { return }
                    i = start + 2
                }
            }
        }
        let shift = t.syllableShift, mask = t.syllableMask
        t.stateRecords.withUnsafeBufferPointer { records in
        t.packedEdges.withUnsafeBufferPointer { edges in
        t.outputPatterns.withUnsafeBufferPointer { outputPatterns in
        t.syllableSlots.withUnsafeBufferPointer { slots in
        // The output field of the syllable step that led to the state (see `outputField`), or
        // `Self.recordOutputs` when the state's record must be read.
        var outputs = firstOutputs
        while true {
            if outputs == Self.recordOutputs {
                let r = 4 * Int(s)
                let o0 = Int(records[r + 2]), o1 = Int(records[r + 3])
                for k in o0..<o1 where !report(i + 1, Int(outputPatterns[k])) { return }
            } else if outputs != 0 {
                let o0 = Int(outputs >> 8)
                for k in o0..<(o0 + Int(outputs & 0xFF)) where !report(i + 1, Int(outputPatterns[k])) { return }
            }
            outputs = Self.recordOutputs
            i += 1
            guard i < upper else { return }
            // A whole syllable in one probe: the trie has its three-edge path from `s` exactly
            // when the table has the key, and no pattern ends inside a syllable.
            if bytes[i] >= 0xEA, bytes[i] <= 0xED, let v = Self.syllable(at: i, in: bytes, upper: upper) {
                let key = Self.stepKey(s, v)
                var h = Self.stepSlot(key, shift: shift)
                while true {
                    let k = slots[2 * h]
                    if k == key { break }
                    if k == 0 { return }
                    h = (h + 1) & mask
                }
                let value = slots[2 * h + 1]
                s = Int32(truncatingIfNeeded: value)
                outputs = value >> 32
                i += 2
                continue
            }
            let r = 4 * Int(s)
            let byte = UInt64(bytes[i])
            // Branch-free search of the state's sorted labels: the walk runs at every word
            // start, and a branchy search mispredicted on almost every step.
            var base = Int(records[r])
            var n = Int(records[r + 1]) - base
            guard n > 0 else { return }
            while n > 1 {
                let half = n >> 1
                base = edges[base + half] >> 32 <= byte ? base + half : base
                n -= half
            }
            let edge = edges[base]
            guard edge >> 32 == byte else { return }
            s = Int32(truncatingIfNeeded: edge)
        }
        }}}}
    }

    /// The output field of a syllable step's slot value: 0 when the target state ends no
    /// pattern, else its output range as `start << 8 | count`, so that the walk need not read
    /// the state's record; ``recordOutputs`` when the range does not fit.
    static func outputField(start: Int, end: Int) -> UInt64 {
        guard end > start else { return 0 }
        guard end - start <= 0xFF, start < 1 << 23 else { return recordOutputs }
        return UInt64(start) << 8 | UInt64(end - start)
    }

    static let recordOutputs: UInt64 = 0xFFFF_FFFF


    @inline(__always)
    static func stepKey(_ state: Int32, _ syllable: UInt32) -> UInt64 {
        (UInt64(UInt32(bitPattern: state)) << 14 | UInt64(syllable - 0xAC00)) + 1
    }

    @inline(__always)
    static func stepSlot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    static let pairWords = 1024

    /// The bit of a syllable pair in `syllablePairs` (65,536 bits).
    @inline(__always)
    static func pairBit(_ v1: UInt32, _ v2: UInt32) -> Int {
        let key = UInt64(v1 - 0xAC00) &* 11_172 &+ UInt64(v2 - 0xAC00)
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// The Hangul syllable encoded at `i` (three bytes before `upper`), if one is.
    @inline(__always)
    static func syllable(at i: Int, in b: UnsafeBufferPointer<UInt8>, upper: Int) -> UInt32? {
        guard i + 3 <= upper else { return nil }
        let b0 = b[i], b1 = b[i + 1], b2 = b[i + 2]
        guard b0 >= 0xEA, b0 <= 0xED, b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return nil }
        let v = (UInt32(b0 & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F)
        return v >= 0xAC00 && v <= 0xD7A3 ? v : nil
    }

    /// Convenience over an array.
    public func matches(in bytes: [UInt8]) -> [Match] {
        bytes.withUnsafeBufferPointer { matches(in: $0, range: 0..<$0.count) }
    }

    /// The non-overlapping subset chosen leftmost first, longest at each start.
    public static func leftmostLongest(_ matches: [Match]) -> [Match] {
        // Walks from successive starts report their matches in start order: then the choice
        // needs no sort, only the longest (lowest pattern at equal ends) of each start.
        if isInStartOrder(matches) {
            var out = matches
            return leftmostLongest(inPlace: &out)
        }
        let sorted = matches.sorted { $0.start != $1.start ? $0.start < $1.start : ($0.end != $1.end ? $0.end > $1.end : $0.pattern < $1.pattern) }
        var out: [Match] = []
        var lastEnd = Int.min
        for m in sorted where m.start >= lastEnd {
            out.append(m)
            lastEnd = m.end
        }
        return out
    }

    /// ``leftmostLongest(_:)`` of `matches`, computed in place when they are in start order (as
    /// the walks from successive starts report them): the choice is a subsequence, written over
    /// the front of the buffer, which is returned. Otherwise the buffer is left as it was.
    static func leftmostLongest(inPlace matches: inout [Match]) -> [Match] {
        guard isInStartOrder(matches) else { return leftmostLongest(matches) }
        var count = 0
        var lastEnd = Int.min
        var k = 0
        while k < matches.count {
            var best = matches[k]
            var j = k + 1
            while j < matches.count, matches[j].start == best.start {
                let m = matches[j]
                if m.end > best.end || (m.end == best.end && m.pattern < best.pattern) { best = m }
                j += 1
            }
            if best.start >= lastEnd {
                matches[count] = best
                count += 1
                lastEnd = best.end
            }
            k = j
        }
        matches.removeLast(matches.count - count)
        return matches
    }

    static func isInStartOrder(_ matches: [Match]) -> Bool {
        guard matches.count > 1 else { return true }
        for k in 1..<matches.count where matches[k].start < matches[k - 1].start { return false }
        return true
    }
}
