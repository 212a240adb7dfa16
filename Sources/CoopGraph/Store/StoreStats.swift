/// Counts over the whole store, as `stats` prints them.
public struct StoreStats: Sendable, Hashable {
    /// Documents by status (`extracted`, `stub`, `duplicate`).
    public var documents: [String: Int]
    public var nodesByKind: [String: Int]
    public var edgesByRelation: [String: Int]
    public var mentions: Int
    /// Earliest and latest publication date of the stored documents.
    public var documentDates: (first: String, last: String)?
    /// Earliest and latest `date` of events and agreements.
    public var factDates: (first: String, last: String)?

    public static func == (a: StoreStats, b: StoreStats) -> Bool { a.json == b.json }
    public func hash(into hasher: inout Hasher) { hasher.combine(json.rendered()) }

    public var documentCount: Int { documents.values.reduce(0, +) }
    public var nodeCount: Int { nodesByKind.values.reduce(0, +) }
    public var edgeCount: Int { edgesByRelation.values.reduce(0, +) }

    public var json: QueryJSON {
        func counts(_ d: [String: Int]) -> QueryJSON { .object(d.keys.sorted().map { ($0, .int(d[$0] ?? 0)) }) }
        func range(_ r: (first: String, last: String)?) -> QueryJSON {
            r.map { .object([("first", .string($0.first)), ("last", .string($0.last))]) } ?? .null
        }
        return .object([("documents", .int(documentCount)), ("documents_by_status", counts(documents)),
                        ("nodes", .int(nodeCount)), ("nodes_by_kind", counts(nodesByKind)),
                        ("edges", .int(edgeCount)), ("edges_by_relation", counts(edgesByRelation)),
                        ("mentions", .int(mentions)), ("document_dates", range(documentDates)), ("fact_dates", range(factDates))])
    }
}
