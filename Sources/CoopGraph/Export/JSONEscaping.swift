/// Writes JSON string literals: quotes, backslashes and control characters escaped.
///
/// `"` and `\` get a backslash, U+0008/0009/000A/000C/000D their short escapes, every other
/// control character below U+0020 `\u00xx` (lower-case hex, as Python's `json` writes it). Everything else, non-ASCII included, stays as
/// UTF-8, so Hangul is readable in the file. Lone surrogates cannot occur in a Swift `String`.
public enum JSONEscaping {
    /// `s` as a JSON string literal, with the surrounding quotes.
    public static func quoted(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + s + "\"" }
        var out = "\""
        out.reserveCapacity(s.utf8.count + 8)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u00" + (hex.count < 2 ? "0" + hex : hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }
}
