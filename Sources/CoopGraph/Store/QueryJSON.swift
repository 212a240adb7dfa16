/// A JSON value for `--json` query output, written deterministically (keys in the given order).
///
/// Store-local and minimal on purpose: the store's output needs strings, integers, arrays,
/// objects and null, nothing else.
public indirect enum QueryJSON: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([QueryJSON])
    case object([(String, QueryJSON)])

    public static func == (a: QueryJSON, b: QueryJSON) -> Bool { a.rendered() == b.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// A string, or null when absent.
    public static func optional(_ s: String?) -> QueryJSON { s.map { .string($0) } ?? .null }

    /// An object of string properties, keys sorted.
    public static func properties(_ p: [String: String]) -> QueryJSON {
        .object(p.keys.sorted().map { ($0, .string(p[$0] ?? "")) })
    }

    /// Pretty-printed with two-space indentation and a final newline.
    public func rendered() -> String {
        var out = ""
        write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .string(let s): Self.escape(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                item.write(to: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                Self.escape(key, into: &out)
                out += ": "
                value.write(to: &out, indent: indent + 1)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    static func escape(_ s: String, into out: inout String) { out += JSONEscaping.quoted(s) }
}
