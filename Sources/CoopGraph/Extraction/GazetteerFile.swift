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
    public static func parse(_ text: String, path: String) throws -> GazetteerFile {
        var header: Content?
        var entities: [GazetteerEntry] = []
        var words: [String] = []
        var notes: [String: String] = [:]
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.hasPrefix("#!") {
                guard header == nil else {
                    throw CoopGraphError.invalidRules(path: path, line: lineNumber, reason: "a second header directive; put `#! kind=…` or `#! list=…` once, first")
                }
                header = try parseHeader(line.dropFirst(2), path: path, line: lineNumber)
                continue
            }
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            guard let header else {
                throw CoopGraphError.invalidRules(path: path, line: lineNumber, reason: "missing header: the first line must be `#! kind=<country|ministry|institute|organization>` or `#! list=<name>`")
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingBlanks() }
            guard let first = columns.first, !first.isEmpty else {
                throw CoopGraphError.invalidRules(path: path, line: lineNumber, reason: "empty first column; the name comes first")
            }
            switch header {
            case .words:
                words.append(first)
                let note = columns.dropFirst().filter { !$0.isEmpty }.joined(separator: " ")
                if !note.isEmpty { notes[first] = note }
            case .entities(let kind, _):
                guard columns.count <= 3 else {
                    throw CoopGraphError.invalidRules(path: path, line: lineNumber, reason: "\(columns.count) columns; expected canonical, aliases, properties")
                }
                let aliases = columns.count > 1 ? columns[1].split(separator: "|").map { $0.trimmingBlanks() }.filter { !$0.isEmpty } : []
                var properties: [String: String] = [:]
                if columns.count > 2 {
                    for pair in columns[2].split(separator: ";") {
                        let p = pair.trimmingBlanks()
                        if p.isEmpty { continue }
                        guard let eq = p.firstIndex(of: "="), eq != p.startIndex else {
                            throw CoopGraphError.invalidRules(path: path, line: lineNumber, reason: "property \"\(p)\" is not key=value")
                        }
                        properties[String(p[..<eq])] = String(p[p.index(after: eq)...])
                    }
                }
                entities.append(GazetteerEntry(kind: kind, canonical: first, aliases: aliases, properties: properties))
            }
        }
        switch header {
        case .entities(let kind, _): return GazetteerFile(path: path, content: .entities(kind, entities))
        case .words(let list, _): return GazetteerFile(path: path, content: .words(list: list, words), notes: notes)
        case nil:
            throw CoopGraphError.invalidRules(path: path, line: max(lineNumber, 1), reason: "no header directive `#! kind=…` or `#! list=…`")
        }
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
