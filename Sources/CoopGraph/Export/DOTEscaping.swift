/// Double-quoted DOT strings: escaped, stripped of control characters, kept short.
///
/// Graphviz rejects a quoted string over 16,381 bytes, so text is cut at ``maxTextBytes``
/// (on a scalar boundary, with `…`); escaping at most doubles it. `\` is escaped first, then
/// `"`, then line breaks become `\n`. Control characters other than tab and newline are
/// dropped: Graphviz's SVG output would carry them into ill-formed XML.
public enum DOTEscaping {
    /// The most UTF-8 bytes of text kept in one label or id before escaping.
    public static let maxTextBytes = 4000

    /// `s` as a quoted DOT string (with the quotes), truncated to ``maxTextBytes``.
    public static func quoted(_ s: String) -> String {
        let text = truncated(clean(s))
        if !text.utf8.contains(where: { $0 == 0x5C || $0 == 0x22 || $0 == 0x0A }) { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    /// The text a DOT reader sees in a label: control characters dropped (`\r\n` and `\r`
    /// become `\n`), then truncated like ``quoted(_:)``.
    public static func labelText(_ s: String) -> String { truncated(clean(s)) }

    static func clean(_ s: String) -> String {
        let suspect = s.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }
        if !suspect { return s }
        var out = ""
        var previousCR = false
        for scalar in s.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            if scalar == "\r" { out += "\n"; continue }
            if scalar == "\n" { if !previousCR { out += "\n" }; continue }
            if scalar == "\t" || !XMLEscaping.isDropped(scalar) { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// `s` cut to at most ``maxTextBytes`` UTF-8 bytes on a scalar boundary, `…` appended when cut.
    public static func truncated(_ s: String) -> String {
        guard s.utf8.count > maxTextBytes else { return s }
        var out = ""
        var bytes = 0
        let budget = maxTextBytes - 3
        for scalar in s.unicodeScalars {
            let n = String(scalar).utf8.count
            if bytes + n > budget { break }
            bytes += n
            out.unicodeScalars.append(scalar)
        }
        return out + "…"
    }
}
