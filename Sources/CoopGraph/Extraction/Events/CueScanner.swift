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
        var bits = [UInt64](repeating: 0, count: (11172 + 63) / 64)
        for (s, l) in bySyllable.enumerated() where !l.isEmpty { bits[s >> 6] |= 1 << UInt64(s & 63) }
        syllableBits = bits
        stepsSyllables = (0x80...0xBF).allSatisfy { byByte[$0].isEmpty }
        (byteStart, bytePatterns) = flatten(byByte)
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
                            if syllableBits[s >> 6] & (1 << UInt64(s & 63)) != 0 {
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
        }}}}}}}
    }
}
