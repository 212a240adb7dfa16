/// One node whose name or an alias contains the searched text.
public struct SearchHit: Sendable, Hashable {
    public var id: String
    public var kind: String
    public var name: String
    /// The alias that matched, nil when the canonical name did.
    public var alias: String?

    public var json: QueryJSON {
        .object([("id", .string(id)), ("kind", .string(kind)), ("name", .string(name)), ("matched_alias", .optional(alias))])
    }
}
