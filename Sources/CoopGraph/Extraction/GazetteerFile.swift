/// One parsed gazetteer file: either an entity list (`#! kind=`) or a word list (`#! list=`).
///
/// Format (UTF-8 TSV): `#` starts a comment line, blank lines are ignored, the first other
/// line is the header directive. Entity lines are `canonical<TAB>aliases|…<TAB>key=value;…`
/// (last two columns optional); word-list lines carry the word in the first column.
/// Malformed input throws ``CoopGraphError/invalidRules(path:line:reason:)``.
public struct GazetteerFile: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case entities(NodeKind, [GazetteerEntry])
        case words(list: String, [String])
    }

    public var path: String
    public var content: Content
    /// Word-list notes by word (`rare` for surnames, `suffix` for titles), when given.
    public var notes: [String: String]

    public init(path: String, content: Content, notes: [String: String] = [:]) {
        self.path = path
        self.content = content
        self.notes = notes
    }

    /// Parses the text of a file; `path` is used in error messages only.
    ///
    /// Works on UTF-8 bytes (lines at LF, columns at TAB, `|`, `;`, `=`): Character-based
    /// splitting of Korean text cost more than the rest of loading together.
    public static func parse(_ text: String, path: String) throws -> GazetteerFile {
        var header: Content?
        var entities: [GazetteerEntry] = []
        var words: [String] = []
        var notes: [String: String] = [:]
        let bytes = Array(text.utf8)
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            var lo = lineStart, hi = lineEnd
            if hi > lo, bytes[hi - 1] == 0x0D { hi -= 1 }
            if lineNumber == 1, hi - lo >= 3, bytes[lo] == 0xEF, bytes[lo + 1] == 0xBB, bytes[lo + 2] == 0xBF { lo += 3 }
            if hi - lo >= 2, bytes[lo] == 0x23, bytes[lo + 1] == 0x21 {
                guard header == nil else {
                    throw CoopGraphError.invalidRules(path: path, line: lineNumber, reason: "a second header directive; put `#! kind=…` or `#! list=…` once, first")
                }
                header = try parseHeader(Substring(string(bytes, lo + 2, hi)), path: path, line: lineNumber)
                continue
            }
            if hi > lo, bytes[lo] == 0x23 { continue }
            if (lo..<hi).allSatisfy({ bytes[$0] == 0x20 || bytes[$0] == 0x09 }) {
                if lineEnd >= bytes.count { break }
                continue
            }
            guard let header else {
                throw CoopGraphError.invalidRules(path: path, line: lineNumber, reason: "missing header: the first line must be `#! kind=<country|ministry|institute|organization>` or `#! list=<name>`")
            }
            let columns = split(bytes, lo, hi, at: 0x09).map { trimmed(bytes, $0.0, $0.1) }
            guard let first = columns.first, first.1 > first.0 else {
                throw CoopGraphError.invalidRules(path: path, line: lineNumber, reason: "empty first column; the name comes first")
            }
            let name = string(bytes, first.0, first.1)
            switch header {
            case .words:
                words.append(name)
                let note = columns.dropFirst().filter { $0.1 > $0.0 }.map { string(bytes, $0.0, $0.1) }.joined(separator: " ")
                if !note.isEmpty { notes[name] = note }
            case .entities(let kind, _):
                guard columns.count <= 3 else {
                    throw CoopGraphError.invalidRules(path: path, line: lineNumber, reason: "\(columns.count) columns; expected canonical, aliases, properties")
                }
                var aliases: [String] = []
                if columns.count > 1 {
                    for a in split(bytes, columns[1].0, columns[1].1, at: 0x7C) {
                        let t = trimmed(bytes, a.0, a.1)
                        if t.1 > t.0 { aliases.append(string(bytes, t.0, t.1)) }
                    }
                }
                var properties: [String: String] = [:]
                if columns.count > 2 {
                    for pair in split(bytes, columns[2].0, columns[2].1, at: 0x3B) {
                        let p = trimmed(bytes, pair.0, pair.1)
                        if p.1 == p.0 { continue }
                        guard let eq = (p.0..<p.1).first(where: { bytes[$0] == 0x3D }), eq != p.0 else {
                            throw CoopGraphError.invalidRules(path: path, line: lineNumber, reason: "property \"\(string(bytes, p.0, p.1))\" is not key=value")
                        }
                        properties[string(bytes, p.0, eq)] = string(bytes, eq + 1, p.1)
                    }
                }
                entities.append(GazetteerEntry(kind: kind, canonical: name, aliases: aliases, properties: properties))
            }
        }
        switch header {
        case .entities(let kind, _): return GazetteerFile(path: path, content: .entities(kind, entities))
        case .words(let list, _): return GazetteerFile(path: path, content: .words(list: list, words), notes: notes)
        case nil:
            throw CoopGraphError.invalidRules(path: path, line: max(lineNumber, 1), reason: "no header directive `#! kind=…` or `#! list=…`")
        }
    }

    private static func string(_ b: [UInt8], _ lo: Int, _ hi: Int) -> String {
        String(decoding: b[lo..<hi], as: UTF8.self)
    }

    private static func split(_ b: [UInt8], _ lo: Int, _ hi: Int, at sep: UInt8) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var s = lo
        for i in lo..<hi where b[i] == sep {
            out.append((s, i))
            s = i + 1
        }
        out.append((s, hi))
        return out
    }

    private static func trimmed(_ b: [UInt8], _ lo: Int, _ hi: Int) -> (Int, Int) {
        var l = lo, h = hi
        while l < h, b[l] == 0x20 || b[l] == 0x09 { l += 1 }
        while h > l, b[h - 1] == 0x20 || b[h - 1] == 0x09 { h -= 1 }
        return (l, h)
    }

    private static func parseHeader(_ directive: Substring, path: String, line: Int) throws -> Content {
        let d = directive.trimmingBlanks()
        guard let eq = d.firstIndex(of: "=") else {
            throw CoopGraphError.invalidRules(path: path, line: line, reason: "header \"#!\(d)\" is not `kind=…` or `list=…`")
        }
        let key = d[..<eq], value = String(d[d.index(after: eq)...])
        switch key {
        case "kind":
            guard let kind = NodeKind(rawValue: value), kind == .country || kind.isBody else {
                throw CoopGraphError.invalidRules(path: path, line: line, reason: "kind \"\(value)\" is not one of country, ministry, institute, organization")
            }
            return .entities(kind, [])
        case "list":
            guard !value.isEmpty else { throw CoopGraphError.invalidRules(path: path, line: line, reason: "empty list name") }
            return .words(list: value, [])
        default:
            throw CoopGraphError.invalidRules(path: path, line: line, reason: "header key \"\(key)\" is not `kind` or `list`")
        }
    }
}

extension StringProtocol {
    fileprivate func trimmingBlanks() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
