/// One recognised entity occurrence in a document's clean body.
///
/// `range` is a UTF-8 byte range of ``Document/body`` text (map it to the file with
/// ``CleanText/sourceRange(for:)``). `canonical` is the entity's canonical name, so two
/// mentions with the same kind and canonical name are the same node.
public struct Mention: Sendable, Hashable {
    public var range: SourceRange
    public var kind: NodeKind
    public var canonical: String
    /// The text as written, without particles.
    public var surface: String
    /// Other names of the entity known at this point (gazetteer aliases, `(이하 생기원)`).
    public var aliases: Set<String>
    /// Kind-specific facts: `title` and `affiliation` (canonical body name) for persons,
    /// `country` for foreign bodies.
    public var properties: [String: String]
    /// The rule that produced it, for provenance (`gazetteer.country`, `person.title-after`).
    public var rule: String

    public init(range: SourceRange, kind: NodeKind, canonical: String, surface: String, aliases: Set<String> = [],
                properties: [String: String] = [:], rule: String) {
        self.range = range
        self.kind = kind
        self.canonical = canonical
        self.surface = surface
        self.aliases = aliases
        self.properties = properties
        self.rule = rule
    }

    /// The ID of the node this mention denotes.
    public var nodeID: String { NodeID.make(kind: kind, name: canonical) }
}
