import Foundation

/// Byte-level helpers for scanning UTF-8 Korean text without building `Character`s.
///
/// Every function takes a buffer of UTF-8 bytes and a byte offset; offsets always sit on
/// scalar boundaries. Invalid sequences decode as one-byte scalars so scanning never stalls.
public enum HangulBytes {
    /// Decodes the scalar starting at `i`; returns its value and byte length.
    @inline(__always)
    public static func scalar(at i: Int, in b: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 >= 0xE0 && b0 < 0xF0 && i + 2 < b.count {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3)
        }
        if b0 >= 0xC0 && b0 < 0xE0 && i + 1 < b.count {
            return ((UInt32(b0 & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2)
        }
        if b0 >= 0xF0 && i + 3 < b.count {
            return ((UInt32(b0 & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6) | UInt32(b[i + 3] & 0x3F), 4)
        }
        return (UInt32(b0), 1)
    }

    /// The start offset of the scalar that ends at `end` (exclusive), or nil at `lower`.
    @inline(__always)
    public static func scalarStart(before end: Int, lower: Int, in b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard end > lower else { return nil }
        var i = end - 1
        while i > lower && b[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    @inline(__always)
    public static func isHangulSyllable(_ v: UInt32) -> Bool { v >= 0xAC00 && v <= 0xD7A3 }

    /// CJK unified ideographs (Hanja such as 美, 韓, 研).
    @inline(__always)
    public static func isHanja(_ v: UInt32) -> Bool { (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xF900 && v <= 0xFAFF) }

    @inline(__always)
    public static func isASCIIAlnum(_ v: UInt32) -> Bool {
        (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    @inline(__always)
    public static func isASCIIDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    /// A letter that continues a word: Hangul syllable, Hanja, or ASCII letter or digit.
    @inline(__always)
    public static func isWordScalar(_ v: UInt32) -> Bool { isHangulSyllable(v) || isHanja(v) || isASCIIAlnum(v) }

    /// Separators inside country compounds: `·`, `ㆍ`, `・`, `∙`, `․`, `‧`, `-`, `‐`, `–`.
    @inline(__always)
    public static func isCompoundSeparator(_ v: UInt32) -> Bool {
        v == 0xB7 || v == 0x318D || v == 0x30FB || v == 0x2219 || v == 0x2D || v == 0x2010 || v == 0x2013 || v == 0xFF65 || v == 0x2024 || v == 0x2027
    }

    /// The end of the run of Hangul syllables starting at `i` (at most `upper`).
    @inline(__always)
    public static func hangulRunEnd(from i: Int, upper: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        var j = i
        while j < upper {
            let s = scalar(at: j, in: b)
            guard isHangulSyllable(s.value) else { break }
            j += s.length
        }
        return j
    }

    /// The start of the run of Hangul syllables ending at `end` (not before `lower`).
    @inline(__always)
    public static func hangulRunStart(endingAt end: Int, lower: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        var j = end
        while let p = scalarStart(before: j, lower: lower, in: b), isHangulSyllable(scalar(at: p, in: b).value) { j = p }
        return j
    }

    /// Number of scalars in `lo..<hi` when every scalar is a three-byte one (Hangul, Hanja).
    @inline(__always)
    public static func syllableCount(_ lo: Int, _ hi: Int) -> Int { (hi - lo) / 3 }

    /// The bytes as a String.
    @inline(__always)
    public static func string(_ lo: Int, _ hi: Int, in b: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
    }

    /// Skips ASCII spaces and tabs (and no-break spaces) from `i`.
    @inline(__always)
    public static func skipBlanks(from i: Int, upper: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        var j = i
        while j < upper {
            if b[j] == 0x20 || b[j] == 0x09 { j += 1; continue }
            if b[j] == 0xC2 && j + 1 < upper && b[j + 1] == 0xA0 { j += 2; continue }
            break
        }
        return j
    }

    /// Skips blanks backwards from `end`; returns the new end.
    @inline(__always)
    public static func skipBlanksBackward(from end: Int, lower: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        var j = end
        while j > lower {
            if b[j - 1] == 0x20 || b[j - 1] == 0x09 { j -= 1; continue }
            if j - 2 >= lower && b[j - 2] == 0xC2 && b[j - 1] == 0xA0 { j -= 2; continue }
            break
        }
        return j
    }

    /// The first offset at or after `i` (before `upper`) holding `byte`, or `upper`; `i` when
    /// `i >= upper`. `memchr`: rules looking for a rare anchor (`(`, `研`, `「`) jump to it
    /// instead of testing every byte.
    @inline(__always)
    public static func next(_ byte: UInt8, from i: Int, upper: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        guard i < upper, let base = b.baseAddress else { return i }
        guard let p = memchr(base + i, Int32(byte), upper - i) else { return upper }
        return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
    }
}
