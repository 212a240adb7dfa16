/// A node as the store holds it: merged across documents, properties resolved.
public struct StoredNode: Sendable, Hashable {
    public var id: String
    public var kind: String
    public var name: String
    /// Other names, sorted, without the canonical name.
    public var aliases: [String]
    /// Each key's value from the earliest-ingested document that gives it.
    public var properties: [String: String]

    public init(id: String, kind: String, name: String, aliases: [String] = [], properties: [String: String] = [:]) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.properties = properties
    }

    public var date: String? { properties["date"] }

    public var json: QueryJSON {
        .object([("id", .string(id)), ("kind", .string(kind)), ("name", .string(name)),
                 ("aliases", .array(aliases.map { .string($0) })), ("properties", .properties(properties))])
    }
}
