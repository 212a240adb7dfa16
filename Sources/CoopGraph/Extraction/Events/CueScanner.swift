/// Finds every occurrence of a small set of words in UTF-8 text, like ``ByteAutomaton``, by
/// testing a hash of the bytes at each offset against a bit table before comparing anything.
///
/// At each offset the eight bytes there are read at once; a hash of the first six (for
/// patterns of six bytes or more: a syllable and what follows it) and one of the first three
/// (for shorter ones) each pick a bit in a table small enough to stay in cache. Only where a
/// bit is set are the patterns starting with that byte or syllable compared. A third of the
/// syllables of a release start some cue word (에, 을, 를 …), a few in a thousand offsets start
/// a pattern's first six bytes, and the walk has no branch on the kind of byte it stands on,
/// which Korean text (syllables, spaces, digits, punctuation) leaves no predictor able to guess.
/// Reports the same occurrences as ``ByteAutomaton/matches(in:range:)``, ordered by start.
struct CueScanner: Sendable {
    /// All patterns' bytes end to end; pattern `p` is `flat[patternStart[p] ..< patternStart[p + 1]]`.
    private let flat: [UInt8]
    private let patternStart: [Int32]
    /// `syllableStart[v - 0xAC00] ..< syllableStart[v - 0xAC00 + 1]` in `syllablePatterns`:
    /// the patterns that start with syllable `v`.
    private let syllableStart: [Int32]
    private let syllablePatterns: [Int32]
    /// The same, by first byte, for patterns that do not start with a syllable.
    private let byteStart: [Int32]
    private let bytePatterns: [Int32]
    /// For each entry of `syllablePatterns`: the pattern's bytes 3 ..< 6 (those after the first
    /// syllable, as many as it has) little-endian in `nextKey`, with `nextMask` covering them:
    /// one masked compare turns a candidate down without a byte loop.
    private let nextKey: [UInt32]
    private let nextMask: [UInt32]
    /// One bit per ``hash6(_:)`` of the first six bytes of every pattern that long.
    private let bits6: [UInt64]
    /// One bit per ``hash3(_:)`` of the first three bytes of every pattern of three to five bytes.
    private let bits3: [UInt64]
    /// 1 for a first byte of a pattern shorter than three bytes (none among the cue words).
    private let short: [UInt8]
    /// Some pattern is shorter than three bytes: without one (the cue words have none) the
    /// walk leaves the `short` table out, a load and an or fewer per character.
    private let hasShort: Bool

    init(patterns: [[UInt8]]) {
        var flat: [UInt8] = []
        var patternStart: [Int32] = [0]
        for p in patterns { flat += p; patternStart.append(Int32(flat.count)) }
        self.flat = flat
        self.patternStart = patternStart
        var bySyllable = [[Int32]](repeating: [], count: 11172)
        var byByte = [[Int32]](repeating: [], count: 256)
        var bits6 = [UInt64](repeating: 0, count: 65536 / 64)
        var bits3 = [UInt64](repeating: 0, count: 65536 / 64)
        var short = [UInt8](repeating: 0, count: 256)
        for (k, p) in patterns.enumerated() where !p.isEmpty {
            if let v = Self.syllable(p, 0) { bySyllable[Int(v - 0xAC00)].append(Int32(k)) } else { byByte[Int(p[0])].append(Int32(k)) }
            var w: UInt64 = 0
            for i in 0..<min(8, p.count) { w |= UInt64(p[i]) << UInt64(8 * i) }
            if p.count >= 6 {
                let h = Self.hash6(w)
                bits6[h >> 6] |= 1 << UInt64(h & 63)
            } else if p.count >= 3 {
                let h = Self.hash3(w)
                bits3[h >> 6] |= 1 << UInt64(h & 63)
            } else {
                short[Int(p[0])] = 1
            }
        }
        func flatten(_ lists: [[Int32]]) -> ([Int32], [Int32]) {
            var start: [Int32] = [0]
            var flat: [Int32] = []
            for l in lists { flat += l; start.append(Int32(flat.count)) }
            return (start, flat)
        }
        (syllableStart, syllablePatterns) = flatten(bySyllable)
        (byteStart, bytePatterns) = flatten(byByte)
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
        self.bits6 = bits6
        self.bits3 = bits3
        self.short = short
        self.hasShort = short.contains(1)
    }

    /// The length of the UTF-8 sequence a lead byte opens (1 for a stray continuation byte).
    /// Every pattern is UTF-8 text and so starts on a lead byte, and the text scanned is a
    /// `String`'s bytes, always well formed: stepping from character to character visits every
    /// offset where a pattern may start and leaves out the two continuation bytes of each
    /// syllable, two thirds of the offsets of Korean text.
    /// Three compares added, no table: a table load in the walk costs a bounds check and a
    /// dependent load before the next offset is known.
    @inline(__always)
    static func stride(_ c: UInt8) -> Int {
        1 + (c >= 0xC0 ? 1 : 0) + (c >= 0xE0 ? 1 : 0) + (c >= 0xF0 ? 1 : 0)
    }

    /// A 16-bit hash of the low six bytes of `w` (the bytes at an offset, little-endian).
    @inline(__always)
    static func hash6(_ w: UInt64) -> Int {
        Int(truncatingIfNeeded: ((w & 0xFFFF_FFFF_FFFF) &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// A 16-bit hash of the low three bytes of `w`.
    @inline(__always)
    static func hash3(_ w: UInt64) -> Int {
        Int(truncatingIfNeeded: ((w & 0xFF_FFFF) &* 0xC2B2_AE3D_27D4_EB4F) >> 48)
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
    /// `bytes` must be well-formed UTF-8 (a `String`'s bytes): the walk steps over whole characters.
    func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [ByteAutomaton.Match] {
        let n = bytes.count
        var out: [ByteAutomaton.Match] = []
        guard let base = bytes.baseAddress else { return out }
        let raw = UnsafeRawPointer(base)
        return flat.withUnsafeBufferPointer { flat in
        patternStart.withUnsafeBufferPointer { patternStart in
        syllableStart.withUnsafeBufferPointer { syllableStart in
        syllablePatterns.withUnsafeBufferPointer { syllablePatterns in
        byteStart.withUnsafeBufferPointer { byteStart in
        bytePatterns.withUnsafeBufferPointer { bytePatterns in
        bits6.withUnsafeBufferPointer { bits6 in
        bits3.withUnsafeBufferPointer { bits3 in
        short.withUnsafeBufferPointer { short in
        nextKey.withUnsafeBufferPointer { nextKey in
        nextMask.withUnsafeBufferPointer { nextMask in
            /// `known`: how many leading bytes are already known to be equal.
            func check(_ p: Int, at i: Int, known: Int, into out: inout [ByteAutomaton.Match]) {
                let from = Int(patternStart[p]), count = Int(patternStart[p + 1]) - from
                guard i + count <= n else { return }
                var k = known
                while k < count, bytes[i + k] == flat[from + k] { k += 1 }
                if k == count { out.append(ByteAutomaton.Match(start: i, end: i + count, pattern: p)) }
            }
            /// Every pattern that starts with the byte or the syllable at `i`, in pattern order.
            func checkAll(at i: Int, into out: inout [ByteAutomaton.Match]) {
                let c = Int(bytes[i])
                for k in Int(byteStart[c])..<Int(byteStart[c + 1]) { check(Int(bytePatterns[k]), at: i, known: 1, into: &out) }
                guard c >= 0xEA, c <= 0xED, i + 2 < n else { return }
                let c1 = bytes[i + 1], c2 = bytes[i + 2]
                guard c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80 else { return }
                let v = (UInt32(c & 0x0F) << 12) | (UInt32(c1 & 0x3F) << 6) | UInt32(c2 & 0x3F)
                guard v >= 0xAC00, v <= 0xD7A3 else { return }
                let s = Int(v - 0xAC00)
                guard i + 6 <= n else {
                    for k in Int(syllableStart[s])..<Int(syllableStart[s + 1]) { check(Int(syllablePatterns[k]), at: i, known: 3, into: &out) }
                    return
                }
                let next = UInt32(bytes[i + 3]) | UInt32(bytes[i + 4]) << 8 | UInt32(bytes[i + 5]) << 16
                for k in Int(syllableStart[s])..<Int(syllableStart[s + 1]) where next & nextMask[k] == nextKey[k] {
                    let p = Int(syllablePatterns[k])
                    check(p, at: i, known: min(6, Int(patternStart[p + 1]) - Int(patternStart[p])), into: &out)
                }
            }
            var i = 0
            if hasShort {
                while i + 8 <= n {
                    let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    let h6 = Self.hash6(w), h3 = Self.hash3(w)
                    // The three tests or'ed without a branch between them: one rarely taken branch per offset.
                    let hit = (bits6[h6 >> 6] >> UInt64(h6 & 63)) | (bits3[h3 >> 6] >> UInt64(h3 & 63)) | UInt64(short[Int(w & 0xFF)])
                    if hit & 1 != 0 { checkAll(at: i, into: &out) }
                    i += Self.stride(UInt8(truncatingIfNeeded: w))
                }
            } else {
                // The same walk without the short-pattern table, all of whose entries are zero.
                while i + 8 <= n {
                    let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    let h6 = Self.hash6(w), h3 = Self.hash3(w)
                    let hit = (bits6[h6 >> 6] >> UInt64(h6 & 63)) | (bits3[h3 >> 6] >> UInt64(h3 & 63))
                    if hit & 1 != 0 { checkAll(at: i, into: &out) }
                    i += Self.stride(UInt8(truncatingIfNeeded: w))
                }
            }
            // The last offsets, too close to the end for an eight-byte read: compared directly.
            while i < n {
                checkAll(at: i, into: &out)
                i += Self.stride(bytes[i])
            }
            return out
        }}}}}}}}}}}
    }
}
