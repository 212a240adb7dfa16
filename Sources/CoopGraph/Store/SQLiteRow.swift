/// One result row of a query, its columns in select order.
public struct SQLiteRow: Sendable, Hashable {
    /// The columns in select order.
    public var values: [SQLiteValue]

    public init(values: [SQLiteValue]) { self.values = values }

    /// The column as text; nil when null or past the end.
    public func string(_ i: Int) -> String? { i < values.count ? values[i].string : nil }
    /// The column as text, empty when null.
    public func text(_ i: Int) -> String { string(i) ?? "" }
    /// The column as an integer, 0 when null.
    public func int(_ i: Int) -> Int64 { i < values.count ? values[i].int : 0 }
    /// True for a null column and for one past the end.
    public func isNull(_ i: Int) -> Bool { i >= values.count || values[i] == .null }
}
