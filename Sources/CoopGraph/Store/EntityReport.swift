/// Everything `show` says about one node: the node, its relations and its mentions.
public struct EntityReport: Sendable, Hashable {
    /// One edge seen from the node: outgoing (`→`) or incoming (`←`).
    public struct Relation: Sendable, Hashable {
        public var outgoing: Bool
        public var relation: String
        public var otherID: String
        public var other: String
        public var otherKind: String
        public var properties: [String: String]
    }

    /// One place a document names the node.
    public struct Mention: Sendable, Hashable {
        public var document: String
        public var spanStart: Int?
        public var spanEnd: Int?
        public var rule: String
        public var sentence: String?
    }

    public var node: StoredNode
    public var relations: [Relation]
    public var mentions: [Mention]

    public var json: QueryJSON {
        guard case .object(var members) = node.json else { return node.json }
        members.append(("relations", .array(relations.map { r in
            .object([("direction", .string(r.outgoing ? "out" : "in")), ("relation", .string(r.relation)),
                     ("other", .string(r.other)), ("other_id", .string(r.otherID)), ("other_kind", .string(r.otherKind)),
                     ("properties", .properties(r.properties))])
        })))
        members.append(("mentions", .array(mentions.map { m in
            .object([("document", .string(m.document)), ("span_start", m.spanStart.map { .int($0) } ?? .null),
                     ("span_end", m.spanEnd.map { .int($0) } ?? .null), ("rule", .string(m.rule)), ("sentence", .optional(m.sentence))])
        })))
        return .object(members)
    }
}
