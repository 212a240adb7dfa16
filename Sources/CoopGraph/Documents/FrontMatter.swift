/// The YAML front matter of a Markdown release, in the subset press releases use.
///
/// Values are scalars (strings, unquoted and unescaped) or lists of scalars; nested maps
/// are flattened away (their lines are skipped). `bodyStart` is the UTF-8 offset in the
/// source where the body begins, after the closing `---` line.
public struct FrontMatter: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case scalar(String)
        case list([String])

        /// The scalar, or the list joined by ", ".
        public var text: String {
            switch self {
            case .scalar(let s): return s
            case .list(let items): return items.joined(separator: ", ")
            }
        }
    }

    /// Keys in the order they appear.
    public var keys: [String]
    public var values: [String: Value]
    /// UTF-8 offset of the first body byte in the source.
    public var bodyStart: Int

    public init(keys: [String] = [], values: [String: Value] = [:], bodyStart: Int = 0) {
        self.keys = keys
        self.values = values
        self.bodyStart = bodyStart
    }

    public subscript(key: String) -> String? { values[key]?.text }

    /// Sets a value, keeping the first position of a repeated key.
    mutating func set(_ key: String, _ value: Value) {
        // One hash of the key: the lookup and the store are the same call.
        if values.updateValue(value, forKey: key) == nil { keys.append(key) }
    }
}
