/// Finds every occurrence of a small set of words in UTF-8 text, like ``ByteAutomaton``, by
/// looking up the word's first Hangul syllable (or first byte) at each offset in a flat table.
///
/// Cue words are short and almost all start with a syllable, so one table look-up per
/// syllable and a byte comparison per candidate beat stepping an automaton through every byte.
/// Reports the same occurrences as ``ByteAutomaton/matches(in:range:)``, ordered by start.
struct CueScanner: Sendable {
    /// All patterns' bytes end to end; pattern `p` is `flat[patternStart[p] ..< patternStart[p + 1]]`.
    private let flat: [UInt8]
    private let patternStart: [Int32]
    /// One bit per syllable: some pattern starts with it (a table small enough to stay in cache,
    /// asked before the offsets).
    private let syllableBits: [UInt64]
    /// No pattern starts with a UTF-8 continuation byte, so the scan may step over a whole syllable.
    private let stepsSyllables: Bool
    /// `syllableStart[v - 0xAC00] ..< syllableStart[v - 0xAC00 + 1]` in `syllablePatterns`:
    /// the patterns that start with syllable `v`.
    private let syllableStart: [Int32]
    private let syllablePatterns: [Int32]
    /// For each entry of `syllablePatterns`: the pattern's bytes 3 ..< 6 (those after the first
    /// syllable, as many as it has) little-endian in `nextKey`, with `nextMask` covering them.
    /// One masked compare of the text's next three bytes turns most candidates down without a
    /// byte loop: the second syllables of Hangul words share their lead byte (EA–ED) often.
    private let nextKey: [UInt32]
    private let nextMask: [UInt32]
    /// One bit per hash (``pairHash(_:_:)``) of a pattern's first syllable and its next three
    /// bytes, for every pattern of six bytes or more that starts with a syllable. A third of
    /// the syllables of a release start some cue word (에, 을, 를, 의 …), too many for a branch
    /// to predict; a few in a hundred start a pair of a cue word. No false refusals: a match
    /// has its pattern's pair, whose bit is set.
    private let pairBits: [UInt64]
    /// One bit per syllable that starts a pattern shorter than six bytes (맺): no pair to test,
    /// its candidates are always checked.
    private let shortBits: [UInt64]
    /// The same, by first byte, for patterns that do not start with a syllable.
    private let byteStart: [Int32]
    private let bytePatterns: [Int32]

    init(patterns: [[UInt8]]) {
        var flat: [UInt8] = []
        var patternStart: [Int32] = [0]
        for p in patterns { flat += p; patternStart.append(Int32(flat.count)) }
        self.flat = flat
        self.patternStart = patternStart
        var bySyllable = [[Int32]](repeating: [], count: 11172)
        var byByte = [[Int32]](repeating: [], count: 256)
        for (k, p) in patterns.enumerated() where !p.isEmpty {
            if let v = Self.syllable(p, 0) { bySyllable[Int(v - 0xAC00)].append(Int32(k)) } else { byByte[Int(p[0])].append(Int32(k)) }
        }
        func flatten(_ lists: [[Int32]]) -> ([Int32], [Int32]) {
            var start: [Int32] = [0]
            var flat: [Int32] = []
            for l in lists { flat += l; start.append(Int32(flat.count)) }
            return (start, flat)
        }
        (syllableStart, syllablePatterns) = flatten(bySyllable)
        var keys: [UInt32] = [], masks: [UInt32] = []
        for p in syllablePatterns {
            let w = patterns[Int(p)]
            var key: UInt32 = 0, mask: UInt32 = 0
            for k in 3..<min(6, w.count) {
                key |= UInt32(w[k]) << UInt32(8 * (k - 3))
                mask |= 0xFF << UInt32(8 * (k - 3))
            }
            keys.append(key); masks.append(mask)
        }
        nextKey = keys
        nextMask = masks
        var pairs = [UInt64](repeating: 0, count: 65536 / 64)
        var short = [UInt64](repeating: 0, count: (11172 + 63) / 64)
        for (s, list) in bySyllable.enumerated() {
            for p in list {
                let w = patterns[Int(p)]
                if w.count >= 6 {
                    let h = Self.pairHash(s, UInt32(w[3]) | UInt32(w[4]) << 8 | UInt32(w[5]) << 16)
                    pairs[h >> 6] |= 1 << UInt64(h & 63)
                } else {
                    short[s >> 6] |= 1 << UInt64(s & 63)
                }
            }
        }
        pairBits = pairs
        shortBits = short
        var bits = [UInt64](repeating: 0, count: (11172 + 63) / 64)
        for (s, l) in bySyllable.enumerated() where !l.isEmpty { bits[s >> 6] |= 1 << UInt64(s & 63) }
        syllableBits = bits
        stepsSyllables = (0x80...0xBF).allSatisfy { byByte[$0].isEmpty }
        (byteStart, bytePatterns) = flatten(byByte)
    }

    /// A 16-bit hash of a syllable index and the three bytes after the syllable.
    @inline(__always)
    static func pairHash(_ s: Int, _ next: UInt32) -> Int {
        Int(((UInt32(truncatingIfNeeded: s) &* 0x9E37_79B1) ^ (next &* 0x85EB_CA77)) >> 16)
    }

    /// The precomposed Hangul syllable encoded at `i`, if one is.
    private static func syllable(_ b: [UInt8], _ i: Int) -> UInt32? {
        guard i + 2 < b.count else { return nil }
        let c = b[i]
        guard c >= 0xEA, c <= 0xED else { return nil }
        let c1 = b[i + 1], c2 = b[i + 2]
        guard c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80 else { return nil }
        let v = (UInt32(c & 0x0F) << 12) | (UInt32(c1 & 0x3F) << 6) | UInt32(c2 & 0x3F)
        return v >= 0xAC00 && v <= 0xD7A3 ? v : nil
    }

    /// Every occurrence of every pattern in `bytes`, overlapping ones included, by start.
    func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [ByteAutomaton.Match] {
        let n = bytes.count
        // `out` lives in the innermost closure and goes to `check` as inout: a variable captured
        // across the closures was boxed, and every append paid a dynamic exclusivity check.
        return flat.withUnsafeBufferPointer { flat in
        patternStart.withUnsafeBufferPointer { patternStart in
        syllableBits.withUnsafeBufferPointer { syllableBits in
        syllableStart.withUnsafeBufferPointer { syllableStart in
        syllablePatterns.withUnsafeBufferPointer { syllablePatterns in
        byteStart.withUnsafeBufferPointer { byteStart in
        bytePatterns.withUnsafeBufferPointer { bytePatterns in
        nextKey.withUnsafeBufferPointer { nextKey in
        nextMask.withUnsafeBufferPointer { nextMask in
        pairBits.withUnsafeBufferPointer { pairBits in
        shortBits.withUnsafeBufferPointer { shortBits in
            var out: [ByteAutomaton.Match] = []
            /// `known`: how many leading bytes are already known to be equal (the first syllable's three).
            func check(_ p: Int, at i: Int, known: Int = 1, into out: inout [ByteAutomaton.Match]) {
                let from = Int(patternStart[p]), count = Int(patternStart[p + 1]) - from
                guard i + count <= n else { return }
                var k = known
                while k < count, bytes[i + k] == flat[from + k] { k += 1 }
                if k == count { out.append(ByteAutomaton.Match(start: i, end: i + count, pattern: p)) }
            }
            let step = stepsSyllables ? 3 : 1
            var i = 0
            while i < n {
                let c = Int(bytes[i])
                for k in Int(byteStart[c])..<Int(byteStart[c + 1]) { check(Int(bytePatterns[k]), at: i, into: &out) }
                if c >= 0xEA, c <= 0xED, i + 2 < n {
                    let c1 = bytes[i + 1], c2 = bytes[i + 2]
                    if c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80 {
                        let v = (UInt32(c & 0x0F) << 12) | (UInt32(c1 & 0x3F) << 6) | UInt32(c2 & 0x3F)
                        if v >= 0xAC00, v <= 0xD7A3 {
                            let s = Int(v - 0xAC00)
                            if i + 6 <= n {
                                let next = UInt32(bytes[i + 3]) | UInt32(bytes[i + 4]) << 8 | UInt32(bytes[i + 5]) << 16
                                let h = Self.pairHash(s, next)
                                // Both bits read without a branch between them: one test per syllable, rarely taken.
                                let pair = (pairBits[h >> 6] >> UInt64(h & 63)) | (shortBits[s >> 6] >> UInt64(s & 63))
                                if pair & 1 != 0 {
                                    for k in Int(syllableStart[s])..<Int(syllableStart[s + 1]) where next & nextMask[k] == nextKey[k] {
                                        let p = Int(syllablePatterns[k])
                                        check(p, at: i, known: min(6, Int(patternStart[p + 1]) - Int(patternStart[p])), into: &out)
                                    }
                                }
                            } else if syllableBits[s >> 6] & (1 << UInt64(s & 63)) != 0 {
                                for k in Int(syllableStart[s])..<Int(syllableStart[s + 1]) { check(Int(syllablePatterns[k]), at: i, known: 3, into: &out) }
                            }
                            i += step
                            continue
                        }
                    }
                }
                i += 1
            }
            return out
        }}}}}}}}}}}
    }
}
