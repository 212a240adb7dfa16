/// Maps any string to an XML `NMTOKEN` (GraphML ids, key ids, `attr.name`), injectively.
///
/// ASCII letters, digits, `-`, `_`, `:`, Hangul syllables and CJK unified ideographs pass
/// through (they are name characters in every edition of XML 1.0, so old schema validators
/// agree); every other scalar, and `.` itself, becomes `.HEX.` (upper-case hexadecimal code
/// point). Because `.` always starts an escape, two different strings never map to the same
/// token; the empty string maps to `..`.
public enum NMToken {
    /// `s` as an NMTOKEN (see the type's description).
    public static func make(_ s: String) -> String {
        if s.isEmpty { return ".." }
        if s.unicodeScalars.allSatisfy(isPlain) { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            if isPlain(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "." + String(scalar.value, radix: 16, uppercase: true) + "."
            }
        }
        return out
    }

    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F, 0x3A: return true
        case 0xAC00...0xD7A3, 0x4E00...0x9FA5: return true
        default: return false
        }
    }
}
