/// A typed, directed relation between two nodes, with properties and evidence.
///
/// Direction follows the relation's reading: person `affiliated_with` body, participant
/// `participated_in` event, party `party_to` agreement. `id` is derived from both ends and
/// the relation, so the same fact found twice is one edge.
public struct Edge: Sendable, Hashable, Identifiable {
    /// `source|relation|target`, its bytes copied into one buffer of the final size
    /// (``Swift/String/joining(_:_:_:separator:)``): ``Graph/add(_:)-edge`` builds an ID per edge added.
    public var id: String { String.joining(source, relation.rawValue, target, separator: 0x7C) }

    public var source: String
    public var target: String
    public var relation: Relation
    public var properties: [String: String]
    public var evidence: [Evidence]

    public init(source: String, target: String, relation: Relation, properties: [String: String] = [:], evidence: [Evidence] = []) {
        self.source = source
        self.target = target
        self.relation = relation
        self.properties = properties
        self.evidence = evidence
    }
}
