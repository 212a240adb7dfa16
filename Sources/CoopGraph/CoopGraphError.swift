/// Every failure the library reports, each with a message a user can act on.
///
/// Messages name the file (and line or byte offset where there is one) and the reason.
/// The CLI maps ``usage(_:)`` to exit status 64 and everything else to 1.
public enum CoopGraphError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The command line is wrong; the message says how to call it.
    case usage(String)
    /// A file or folder could not be opened or read.
    case unreadable(path: String, reason: String)
    /// The bytes are not text in any supported encoding.
    case undecodable(path: String, byteOffset: Int, reason: String)
    /// The file is a binary format (PDF, PNG, HWP, ZIP, executable …), not a press release.
    case binary(path: String, format: String)
    /// A rules or gazetteer file has a malformed line.
    case invalidRules(path: String, line: Int, reason: String)
    /// The store file cannot be used (not SQLite, newer schema, locked …); it was not changed.
    case store(path: String, reason: String)
    /// An SQLite call failed.
    case sqlite(code: Int32, message: String)
    /// A name matched nothing in the store.
    case notFound(name: String)
    /// A name matched several nodes; the candidates are listed.
    case ambiguous(name: String, candidates: [String])
    /// Writing output failed.
    case output(path: String, reason: String)

    public var description: String {
        switch self {
        case .usage(let m): return m
        case .unreadable(let p, let r): return "\(p): cannot read: \(r)"
        case .undecodable(let p, let o, let r): return "\(p): byte \(o): not decodable text: \(r)"
        case .binary(let p, let f): return "\(p): a \(f) file, not a press release; convert it to text first"
        case .invalidRules(let p, let l, let r): return "\(p):\(l): \(r)"
        case .store(let p, let r): return "\(p): \(r)"
        case .sqlite(let c, let m): return "SQLite error \(c): \(m)"
        case .notFound(let n): return "no entity named \"\(n)\" in the store; try `coopgraph search \(n)`"
        case .ambiguous(let n, let c): return "\"\(n)\" names several entities; use one of: " + c.joined(separator: ", ")
        case .output(let p, let r): return "\(p): cannot write: \(r)"
        }
    }

    public var isUsage: Bool { if case .usage = self { return true } else { return false } }
}
