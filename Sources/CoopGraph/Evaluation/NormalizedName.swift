import Foundation

/// A name as the scorer compares it: NFC, without spaces and punctuation, lower-cased.
///
/// This is `norm()` of `../shared/tools/score_graphml.py`: NFC, then every run of Python's `\s`
/// and of `·・-‐–—_.,'"()[]「」『』<>《》〈〉“”‘’/` removed, then `str.lower()` (full Unicode
/// lower-case mapping with the final-sigma rule). Names are kept as Unicode scalars so that
/// equality, containment and length are by code point, exactly as in Python.
public struct NormalizedName: Sendable, Hashable, CustomStringConvertible {
    public let scalars: [Unicode.Scalar]

    public init(_ raw: String) {
        let nfc = raw.precomposedStringWithCanonicalMapping
        let kept = Array(nfc.unicodeScalars).filter { !Self.stripped($0) }
        scalars = Self.lower(kept)
    }

    public var isEmpty: Bool { scalars.isEmpty }
    /// Length in code points (Python's `len`).
    public var count: Int { scalars.count }
    public var description: String { String(String.UnicodeScalarView(scalars)) }

    /// True when `other` occurs in this name as a run of code points (Python's `other in self`).
    public func contains(_ other: NormalizedName) -> Bool {
        let n = other.scalars.count
        if n == 0 { return true }
        if n > scalars.count { return false }
        var i = 0
        while i + n <= scalars.count {
            if scalars[i] == other.scalars[0] && scalars[i..<(i + n)].elementsEqual(other.scalars) { return true }
            i += 1
        }
        return false
    }

    /// The non-empty normalized forms of a name and its aliases.
    public static func set(_ name: String, _ aliases: [String]) -> Set<NormalizedName> {
        var out: Set<NormalizedName> = []
        for s in [name] + aliases {
            let n = NormalizedName(s)
            if !n.isEmpty { out.insert(n) }
        }
        return out
    }

    static func stripped(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        // Python `\s` for str patterns.
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        // · ・ - ‐ – — _ . , ' " ( ) [ ] 「 」 『 』 < > 《 》 〈 〉 “ ” ‘ ’ /
        case 0xB7, 0x30FB, 0x2D, 0x2010, 0x2013, 0x2014, 0x5F, 0x2E, 0x2C, 0x27, 0x22, 0x28, 0x29, 0x5B, 0x5D,
             0x300C, 0x300D, 0x300E, 0x300F, 0x3C, 0x3E, 0x300A, 0x300B, 0x3008, 0x3009, 0x201C, 0x201D, 0x2018, 0x2019, 0x2F:
            return true
        default:
            return false
        }
    }

    /// Python's `str.lower()`: full lower-case mapping; capital sigma becomes final sigma after a
    /// cased letter when no cased letter follows (case-ignorable characters skipped both ways).
    static func lower(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(input.count)
        for (i, s) in input.enumerated() {
            if s.isASCII {
                out.append(s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(s.value + 32) ?? s : s)
            } else if s.value == 0x03A3, isFinalSigma(input, at: i) {
                out.append("\u{03C2}")
            } else {
                out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return out
    }

    static func isFinalSigma(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i - 1
        while j >= 0, s[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0, s[j].properties.isCased else { return false }
        var k = i + 1
        while k < s.count, s[k].properties.isCaseIgnorable { k += 1 }
        return !(k < s.count && s[k].properties.isCased)
    }
}
