/// Splitting text on bytes where each Unicode scalar is a whole `Character`, with the same
/// result as `split(whereSeparator:)` on characters.
///
/// `String.split` walks grapheme clusters and compares them by canonical equivalence, which
/// costs far more than the words it finds (event names and sentence prefixes are split per
/// event and per agreement). In text whose every scalar belongs to ``isStandalone(_:)`` no
/// two scalars join into one cluster (no combining marks, joiners, conjoining jamo, regional
/// indicators, prepended marks or CR) and none is canonically equivalent to another scalar,
/// so a character is a separator exactly when its scalar is.
enum ScalarCharacters {
    /// Scalars that never join a neighbour into one grapheme cluster nor decompose canonically
    /// into something else: ASCII except CR, Latin-1, common punctuation and symbols, CJK
    /// symbols (without the ideographic tone marks U+302A–302F), compatibility jamo, Hangul
    /// syllables, unified ideographs, fullwidth ASCII forms.
    @inline(__always)
    static func isStandalone(_ v: UInt32) -> Bool {
        if v < 0x80 { return v != 0x0D }
        if v >= 0xAC00 { return v <= 0xD7A3 || (v >= 0xFF01 && v <= 0xFF5E) }
        if v >= 0xA0 && v <= 0xFF { return true }
        if v >= 0x2010 && v <= 0x2027 { return true }
        if v >= 0x2030 && v <= 0x205E { return true }
        if v >= 0x2190 && v <= 0x21FF { return true }
        if v >= 0x2460 && v <= 0x27BF { return true }
        if v >= 0x3000 && v <= 0x303F { return v < 0x302A || v > 0x302F }
        if v >= 0x3131 && v <= 0x318E { return true }
        return v >= 0x4E00 && v <= 0x9FFF
    }

    /// `text.split(whereSeparator:)` with empty parts left out, where `isSeparator` says which
    /// scalars are separators (each a character equal to no other scalar); nil when some scalar
    /// of `text` is not standalone, and the caller must split on characters.
    static func split<S: StringProtocol>(_ text: S, isSeparator: (UInt32) -> Bool) -> [S.SubSequence]? {
        let u = text.utf8
        let parts: [(Int, Int)]? = u.withContiguousStorageIfAvailable { b -> [(Int, Int)]? in
            var out: [(Int, Int)] = []
            var start = 0
            var i = 0
            while i < b.count {
                let c = b[i]
                let v: UInt32, n: Int
                if c < 0x80 {
                    v = UInt32(c); n = 1
                } else if c >= 0xC2, c < 0xE0, i + 1 < b.count {
                    v = (UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F); n = 2
                } else if c >= 0xE0, c < 0xF0, i + 2 < b.count {
                    v = (UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F); n = 3
                } else {
                    return nil
                }
                guard isStandalone(v) else { return nil }
                if isSeparator(v) {
                    if i > start { out.append((start, i)) }
                    start = i + n
                }
                i += n
            }
            if b.count > start { out.append((start, b.count)) }
            return out
        } ?? nil
        guard let parts else { return nil }
        // Offsets are scalar boundaries of `text`, so indices made from them are valid.
        return parts.map { lo, hi in
            text[u.index(u.startIndex, offsetBy: lo) ..< u.index(u.startIndex, offsetBy: hi)]
        }
    }
}
