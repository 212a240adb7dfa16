/// Finds events and agreements in a document, after entity recognition, and builds their
/// nodes and role edges.
///
/// Input: the document, its entity mentions (``Mention`` ranges in `document.body.text`) and
/// its date mentions (``DateRecognizer/recognize(document:)``). Output: one node per event
/// (`event:<date or undated>:<name>`) and per agreement (`agreement:<name>`), with
/// `participated_in`, `organized`, `party_to`, `member_of`, `chairs` and `about` edges, plus a
/// node for every entity an edge touches (built from its mention, so the result stands alone;
/// merging into a graph that already has them keeps the existing properties). An event is
/// one node with an edge per participant, never pairs. The rules are ``EventRules/all``;
/// Docs/EVENTS.md describes them. The output is sorted by ID: same input, same result.
public struct EventRecognizer: Sendable {
    public init() {}

    public func recognize(document: Document, mentions: [Mention], dates: [DateMention]) -> (nodes: [Node], edges: [Edge]) {
        var g = Graph()
        apply(to: &g, document: document, mentions: mentions, dates: dates)
        return (g.nodes, g.edges)
    }

    /// Same as ``recognize(document:mentions:dates:)``, with the document's dates found here.
    public func recognize(document: Document, mentions: [Mention]) -> (nodes: [Node], edges: [Edge]) {
        recognize(document: document, mentions: mentions, dates: DateRecognizer().recognize(document: document))
    }

    /// Adds the events and agreements of a document to a graph (merging by ID).
    public func apply(to graph: inout Graph, document: Document, mentions: [Mention], dates: [DateMention]) {
        guard !document.isStub else { return }
        var w = EventWorkspace(text: EventText(document: document, mentions: mentions, dates: dates))
        for rule in EventRules.all { rule.apply(to: &w) }
        emit(w, into: &graph)
    }

    private func emit(_ w: EventWorkspace, into g: inout Graph) {
        // Keyed by bytes (``NodeIDTable``): a document's events touch a few entities, and a
        // `[String: Node]` normalised every Korean ID it hashed.
        var entityNodes = NodeIDTable<Node>()
        if !w.events.isEmpty || !w.agreements.isEmpty { entityNodes.reserveCapacity(16) }
        // Role dictionaries are keyed by the mention's node ID, so `id` is `m.nodeID`, not worked out again.
        func keep(_ n: inout Node) {}
        func entity(_ m: Mention, _ id: String) -> String {
            // One hash of the ID: the node is made (and stored) only when the ID is new.
            keep(&entityNodes[id, default: Node(id: id, kind: m.kind, name: m.canonical, aliases: m.aliases, properties: m.properties)])
            return id
        }
        // Lists searched with `isSameText` (the answer of `Set.contains`), not sets: a document has
        // a few agreements, and a set hashed (so normalised) every Korean ID it took in or was asked.
        var keptAgreements: [String] = []
        // The agreements some event is about, gathered once rather than asked of every event per agreement.
        var linkedAgreements: [String] = []
        if !w.agreements.isEmpty { for e in w.events { linkedAgreements.append(contentsOf: e.agreements) } }
        for a in w.agreements {
            let linked = linkedAgreements.contains { $0.isSameText(a.id) }
            guard a.date != nil || !a.parties.isEmpty || !a.members.isEmpty || !a.chairs.isEmpty || !a.countries.isEmpty || linked else { continue }
            keptAgreements.append(a.id)
            // Room for every property up front: a dictionary grown key by key rehashed each time.
            var p = [String: String](minimumCapacity: 6)
            p["agreement_kind"] = a.kind.rawValue
            if let s = a.status { p["status"] = s.rawValue }
            Self.dateProperties(a.date, into: &p)
            g.add(Node(id: a.id, kind: .agreement, name: a.name, aliases: Self.aliases(a.aliases, without: a.name), properties: p, evidence: a.evidence))
            let ev = a.evidence
            for (id, m) in a.parties { g.add(Edge(source: entity(m, id), target: a.id, relation: .partyTo, evidence: ev)) }
            for c in a.countries.sorted() {
                let cid = NodeID.make(kind: .country, name: c)
                if entityNodes[cid] == nil { entityNodes[cid] = Node(id: cid, kind: .country, name: c) }
                g.add(Edge(source: cid, target: a.id, relation: .partyTo, evidence: ev))
            }
            for (id, m) in a.members {
                g.add(Edge(source: entity(m, id), target: a.id, relation: .memberOf, evidence: ev))
                g.add(Edge(source: entity(m, id), target: a.id, relation: .partyTo, evidence: ev))
            }
            for (id, c) in a.chairs {
                var cp: [String: String] = [:]
                if let f = c.from { cp["from"] = f }
                if let t = c.to { cp["to"] = t }
                g.add(Edge(source: entity(c.mention, id), target: a.id, relation: .chairs, properties: cp, evidence: ev))
            }
        }
        for e in w.events {
            var p = [String: String](minimumCapacity: 9)
            p["event_type"] = e.type.rawValue
            p["modality"] = e.modality.rawValue
            Self.dateProperties(e.date, into: &p)
            if let l = e.location { p["location"] = l }
            if let s = e.series { p["series"] = s }
            if let o = e.ordinal { p["ordinal"] = String(o) }
            let id = e.id
            g.add(Node(id: id, kind: .event, name: e.name, aliases: Self.aliases(e.aliases, without: e.name), properties: p, evidence: e.evidence))
            let ev = e.evidence
            for (mid, m) in e.organisers { g.add(Edge(source: entity(m, mid), target: id, relation: .organized, evidence: ev)) }
            for (mid, m) in e.participants { g.add(Edge(source: entity(m, mid), target: id, relation: .participatedIn, evidence: ev)) }
            for c in e.countries {
                let cid = NodeID.make(kind: .country, name: c)
                if entityNodes[cid] == nil { entityNodes[cid] = Node(id: cid, kind: .country, name: c) }
                g.add(Edge(source: cid, target: id, relation: .participatedIn, evidence: ev))
            }
            for a in e.agreements.sorted() where keptAgreements.contains(where: { $0.isSameText(a) }) {
                g.add(Edge(source: id, target: a, relation: .about, evidence: ev))
            }
        }
        // Nearly every entity is in the graph already (the entity stage put it there): the
        // missing ones are picked out before the sort, which compared Korean IDs. Their IDs are
        // distinct, so adding them changes nothing else and the order among them is kept.
        for n in entityNodes.values.filter({ g.node($0.id) == nil }).sorted(by: { $0.id < $1.id }) { g.add(n) }
    }

    /// `aliases.subtracting([name])`: an empty set or one without `name` is kept as it is
    /// (`subtracting` built a new set, hashing every alias again).
    static func aliases(_ aliases: Set<String>, without name: String) -> Set<String> {
        guard !aliases.isEmpty, aliases.contains(name) else { return aliases }
        var out = aliases
        out.remove(name)
        return out
    }

    private static func dateProperties(_ d: DateMention?, into p: inout [String: String]) {
        guard let d else { return }
        p["date_surface"] = d.value.surface
        if let v = d.value.value { p["date"] = v }
        if let e = d.value.end { p["date_end"] = e }
        if let pr = d.value.precision { p["date_precision"] = pr.rawValue }
    }
}
