/// A typed entity, agreement or event in the graph, with aliases, properties and evidence.
///
/// `id` is stable: derived from kind and canonical name (see ``NodeID``), never an index.
/// Properties are strings keyed by the names declared in `Schemas/ontology.json`
/// (`title`, `date`, `date_end`, `date_precision`, `date_surface`, `status`, …).
public struct Node: Sendable, Hashable, Identifiable {
    public var id: String
    public var kind: NodeKind
    public var name: String
    public var aliases: Set<String>
    public var properties: [String: String]
    public var evidence: [Evidence]

    public init(id: String? = nil, kind: NodeKind, name: String, aliases: Set<String> = [],
                properties: [String: String] = [:], evidence: [Evidence] = []) {
        self.id = id ?? NodeID.make(kind: kind, name: name)
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.properties = properties
        self.evidence = evidence
    }

    /// Aliases other than the name, sorted, for deterministic output.
    public var sortedAliases: [String] { aliases.subtracting([name]).sorted() }
}
