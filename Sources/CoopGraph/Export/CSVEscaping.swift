/// RFC 4180 fields for the Neo4j CSV export: every string quoted, inner quotes doubled.
///
/// Newlines stay inside the quotes (import with `--multiline-fields=true`). Array fields
/// join their items with `;`, Neo4j's default array delimiter, which has no escape: a `;`
/// inside an item is written as `；` (U+FF1B, full-width semicolon) so the array keeps its items.
public enum CSVEscaping {
    /// `s` as a quoted CSV field.
    public static func quoted(_ s: String) -> String {
        if !s.utf8.contains(0x22) { return "\"" + s + "\"" }
        var out = "\""
        out.reserveCapacity(s.utf8.count + 8)
        for scalar in s.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        out += "\""
        return out
    }

    /// Items joined by `;` as one quoted field (an empty list is an empty quoted field).
    public static func quotedArray(_ items: [String]) -> String {
        quoted(items.map(replacingSemicolons).joined(separator: ";"))
    }

    private static func replacingSemicolons(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: ";")) else { return s }
        var out = ""
        for scalar in s.unicodeScalars { if scalar == ";" { out += "\u{FF1B}" } else { out.unicodeScalars.append(scalar) } }
        return out
    }
}
