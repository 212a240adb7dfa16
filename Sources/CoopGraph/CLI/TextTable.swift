/// A plain-text table with aligned columns, for terminal output of queries.
///
/// Widths count display columns: Hangul, CJK and full-width forms take two, so Korean
/// names line up in a terminal. Columns are separated by two spaces; trailing blanks are
/// trimmed; the last column is never padded (it may hold a long sentence).
public struct TextTable: Sendable {
    public var headers: [String]
    public var rows: [[String]] = []

    public init(headers: [String]) { self.headers = headers }

    public mutating func add(_ row: [String]) { rows.append(row) }

    public func rendered() -> String {
        let all = [headers] + rows
        let columns = all.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in all {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], Self.displayWidth(Self.flat(cell))) }
        }
        var out = ""
        for row in all {
            var line = ""
            for (i, raw) in row.enumerated() {
                let cell = Self.flat(raw)
                line += cell
                if i < row.count - 1 {
                    line += String(repeating: " ", count: widths[i] - Self.displayWidth(cell) + 2)
                }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    /// Cells are one line: breaks and tabs become spaces.
    static func flat(_ s: String) -> String {
        guard s.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r" }) else { return s }
        return String(s.map { $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    /// Terminal columns of a string (East Asian wide and full-width characters count two).
    public static func displayWidth(_ s: String) -> Int {
        var w = 0
        for u in s.unicodeScalars {
            let v = u.value
            if u.properties.generalCategory == .nonspacingMark || u.properties.generalCategory == .enclosingMark
                || (0x1160...0x11FF).contains(v) || v == 0x200B || v == 0x200D {
                continue
            }
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
                || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
                || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
                || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
                || (0x20000...0x3FFFD).contains(v)
            w += wide ? 2 : 1
        }
        return w
    }
}
