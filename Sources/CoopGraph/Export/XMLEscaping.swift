import Foundation

/// Escapes text for XML character data and attribute values.
///
/// Control characters other than tab, newline and carriage return are dropped (XML 1.0
/// cannot carry them, and C1 controls are discouraged) and text is NFC-normalised so
/// byte-wise consumers agree. Carriage returns are written as `&#13;` because parsers fold
/// a literal one into a newline; in attributes tab and newline are character references too,
/// because attribute-value normalisation turns literal ones into spaces.
public enum XMLEscaping {
    /// Escapes `s` for element content (`attribute: false`) or a double-quoted attribute value.
    public static func escape(_ s: String, attribute: Bool = false) -> String {
        var needsEscape = false
        var needsNFC = false
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                switch v {
                case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x0D, 0x7F: needsEscape = true
                case 0x09, 0x0A: if attribute { needsEscape = true }
                default: if v < 0x20 { needsEscape = true }
                }
            } else if !(0xAC00...0xD7A3).contains(v) && !(0x4E00...0x9FFF).contains(v) {
                // Outside Hangul syllables and unified ideographs a scalar may change under NFC.
                needsNFC = true
                if isDropped(scalar) { needsEscape = true }
            }
        }
        let text = needsNFC ? s.precomposedStringWithCanonicalMapping : s
        guard needsEscape else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            case "\t": if attribute { out += "&#9;" } else { out.unicodeScalars.append(scalar) }
            case "\n": if attribute { out += "&#10;" } else { out.unicodeScalars.append(scalar) }
            default:
                if isDropped(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True for scalars an XML export leaves out: C0 controls other than tab, newline and
    /// carriage return, DEL and C1 controls (except NEL), and the non-characters U+FFFE/U+FFFF.
    public static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v != 0x09 && v != 0x0A && v != 0x0D }
        return v == 0xFFFE || v == 0xFFFF || (0x7F...0x84).contains(v) || (0x86...0x9F).contains(v)
    }

    /// The text as an XML consumer reads it back: `s` without the dropped scalars, NFC.
    public static func readBack(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars where !isDropped(scalar) { out.unicodeScalars.append(scalar) }
        return out.precomposedStringWithCanonicalMapping
    }
}
