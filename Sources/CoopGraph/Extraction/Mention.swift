/// One recognised entity occurrence in a document's clean body.
///
/// `range` is a UTF-8 byte range of ``Document/body`` text (map it to the file with
/// ``CleanText/sourceRange(for:)``). `canonical` is the entity's canonical name, so two
/// mentions with the same kind and canonical name are the same node.
///
/// The five reference-counted fields live in one shared, immutable ``MentionPayload``:
/// rules, the graph builder and the event stage copy mentions many times per sentence, and
/// a copy costs one retain instead of five. Reading and writing the fields is unchanged (a
/// write, rare, makes a new payload); reads lend the payload's value (`_read`) rather than
/// return a retained copy, so a test such as `m.canonical == name` retains nothing.
public struct Mention: Sendable, Hashable {
    public var range: SourceRange
    public var kind: NodeKind
    private var payload: MentionPayload

    public init(range: SourceRange, kind: NodeKind, canonical: String, surface: String, aliases: Set<String> = [],
                properties: [String: String] = [:], rule: String) {
        self.range = range
        self.kind = kind
        self.payload = MentionPayload(canonical: canonical, surface: surface, aliases: aliases, properties: properties, rule: rule)
    }

    /// A mention whose names and facts are a payload built in advance (the gazetteer keeps one
    /// per pattern): making it retains the payload, it copies no string.
    init(range: SourceRange, kind: NodeKind, payload: MentionPayload) {
        self.range = range
        self.kind = kind
        self.payload = payload
    }

    public var canonical: String {
        _read { yield payload.canonical }
        set { let p = payload; payload = MentionPayload(canonical: newValue, surface: p.surface, aliases: p.aliases, properties: p.properties, rule: p.rule) }
    }

    /// The text as written, without particles.
    public var surface: String {
        _read { yield payload.surface }
        set { let p = payload; payload = MentionPayload(canonical: p.canonical, surface: newValue, aliases: p.aliases, properties: p.properties, rule: p.rule) }
    }

    /// Other names of the entity known at this point (gazetteer aliases, `(이하 생기원)`).
    public var aliases: Set<String> {
        _read { yield payload.aliases }
        set { let p = payload; payload = MentionPayload(canonical: p.canonical, surface: p.surface, aliases: newValue, properties: p.properties, rule: p.rule) }
    }

    /// Kind-specific facts: `title` and `affiliation` (canonical body name) for persons,
    /// `country` for foreign bodies.
    public var properties: [String: String] {
        _read { yield payload.properties }
        set { let p = payload; payload = MentionPayload(canonical: p.canonical, surface: p.surface, aliases: p.aliases, properties: newValue, rule: p.rule) }
    }

    /// The rule that produced it, for provenance (`gazetteer.country`, `person.title-after`).
    public var rule: String {
        _read { yield payload.rule }
        set { let p = payload; payload = MentionPayload(canonical: p.canonical, surface: p.surface, aliases: p.aliases, properties: p.properties, rule: newValue) }
    }

    /// The ID of the node this mention denotes.
    /// ``nodeID`` when it was made in advance, else nil (nothing is computed).
    var knownNodeID: String? { payload.nodeKind == kind ? payload.nodeID : nil }

    public var nodeID: String {
        if let id = payload.nodeID, payload.nodeKind == kind { return id }
        return NodeID.make(kind: kind, name: canonical)
    }

    public static func == (a: Mention, b: Mention) -> Bool {
        guard a.range == b.range, a.kind == b.kind else { return false }
        if a.payload === b.payload { return true }
        let p = a.payload, q = b.payload
        return p.canonical == q.canonical && p.surface == q.surface && p.aliases == q.aliases && p.properties == q.properties && p.rule == q.rule
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(kind)
        hasher.combine(payload.canonical)
        hasher.combine(payload.surface)
        hasher.combine(payload.aliases)
        hasher.combine(payload.properties)
        hasher.combine(payload.rule)
    }
}
