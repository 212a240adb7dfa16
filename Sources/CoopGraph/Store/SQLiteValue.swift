/// One value bound to or read from an SQLite statement.
///
/// Only the storage classes the store uses: text, integer, real and null (no blobs).
public enum SQLiteValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByNilLiteral {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(nilLiteral: ()) { self = .null }

    /// Text for `.text`, nil for null, the decimal form of numbers.
    public var string: String? {
        switch self {
        case .null: return nil
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .real(let d): return String(d)
        }
    }

    /// The integer for `.integer` (and whole reals or numeric text); 0 for null.
    public var int: Int64 {
        switch self {
        case .null: return 0
        case .integer(let i): return i
        case .real(let d): return Int64(d)
        case .text(let s): return Int64(s) ?? 0
        }
    }

    /// An optional string as text or null.
    public static func optional(_ s: String?) -> SQLiteValue { s.map { .text($0) } ?? .null }
}
