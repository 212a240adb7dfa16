/// Decides on raw UTF-8 bytes when Swift's canonical-equivalence `String ==` is plain byte equality.
///
/// `String` comparison (and `Set<String>` lookup) treats canonically equivalent texts as
/// equal: a Hangul syllable equals its conjoining-jamo spelling, `·` (U+00B7) equals U+0387.
/// Hot line checks want byte comparisons instead, without changing any result. Between two
/// texts made only of *plain* scalars (ASCII, precomposed Hangul, and blocks whose scalars
/// have no canonical decomposition and combining class 0, such as CJK ideographs, bullets and
/// box-drawing symbols, punctuation), canonical equivalence is byte equality, because their
/// decomposed forms are injective images of the bytes. Anything else (conjoining jamo,
/// combining marks, accented Latin, compatibility ideographs …) is not plain and callers
/// take the `String` path for it.
enum CanonicalBytes {
    /// Whether every scalar in `bytes[range]` is plain (see the type's documentation).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = bytes[i]
            if c < 0x80 { i += 1; continue }
            // `EB` and `EC` lead only Hangul syllables (U+B000–U+CFFF): no decoding needed.
            if c == 0xEB || c == 0xEC {
                guard i + 2 < end else { return false }
                i += 3
                continue
            }
            if c < 0xE0 {
                // U+0080–U+07FF: only U+00A0–U+00BF (NBSP, ·, ©, °, ±, ¶ …) is plain.
                guard c == 0xC2, i + 1 < end, bytes[i + 1] >= 0xA0 else { return false }
                i += 2
                continue
            }
            guard c < 0xF0, i + 2 < end else { return false }
            let v = (UInt32(c & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
            guard isPlainScalar(v) else { return false }
            i += 3
        }
        return true
    }

    static func isPlain(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8 { isPlain($0, 0..<$0.count) }
    }

    /// Three-byte scalars with no canonical decomposition and combining class 0 (or a Hangul syllable).
    @inline(__always)
    static func isPlainScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0xAC00...0xD7A3,  // Hangul syllables (decompose only to jamo, which are not plain)
             0x2010...0x205E,  // general punctuation: dashes, quotes, bullets, ※
             0x2190...0x2199,  // basic arrows
             0x2460...0x24FF,  // circled numbers
             0x2500...0x27BF,  // box drawing, geometric shapes (□ ○ ◆), symbols (★ ☆), dingbats (➢)
             0x3000...0x3029,  // CJK symbols and punctuation before the combining tone marks
             0x3131...0x318E,  // compatibility jamo (ㅇ): compatibility decompositions only
             0x3200...0x33FF,  // enclosed CJK letters, CJK compatibility squares
             0x4E00...0x9FFF,  // CJK unified ideographs
             0xFF01...0xFFEF:  // full- and half-width forms
            return true
        default:
            return false
        }
    }
}
