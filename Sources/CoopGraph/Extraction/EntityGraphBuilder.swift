/// Gathers a document's entity nodes and their `affiliated_with` / `part_of` edges from its
/// mentions, in first-seen order, for ``Extractor/graph(of:document:)``.
///
/// A struct with mutating methods rather than local functions over captured variables: the
/// captured variables lived in boxes, so every access was checked for exclusivity at run time
/// (a library call each) and values were copied in and out of them, several times per mention.
/// Nodes and edges are merged in place (a node copied out of a dictionary and written back
/// copied its alias set and evidence list every time). A mention finds its node by kind and
/// the bytes of its canonical name (``ByteStringIndex``), so a repeated entity builds no ID;
/// IDs themselves are looked up with `String` equality (``CanonicalStringIndex``).
struct EntityGraphBuilder {
    /// What the last mention of a node brought: a frequent entity repeats its alias set,
    /// surface and canonical name, and inserting them again would rehash every Korean string.
    private struct Last {
        var aliases: Set<String> = []
        var surface = ""
        var canonical = ""
    }

    private var nodeIndex: CanonicalStringIndex
    private var byCanonical: ByteStringIndex
    private(set) var nodes: [Node] = []
    private var last: [Last] = []
    private var edgeIndex: CanonicalStringIndex
    private var edgeIDs: [String] = []
    private(set) var edges: [Edge] = []
    /// The document's date (ISO), given to `affiliated_with` edges.
    private let date: String?

    /// Tables sized for `expected` distinct entities up front: each growth rehashed every key.
    init(expected: Int, date: String?) {
        nodeIndex = CanonicalStringIndex(minimumCapacity: expected)
        byCanonical = ByteStringIndex(minimumCapacity: expected)
        // Most documents have a few edges.
        edgeIndex = CanonicalStringIndex(minimumCapacity: min(expected, 8))
        nodes.reserveCapacity(expected)
        last.reserveCapacity(expected)
        self.date = date
    }

    /// Adds one mention read at `evidence`: its node (made or merged), its aliases and
    /// surface, and its edges to its affiliation or country.
    mutating func add(_ m: Mention, evidence: Evidence) {
        // The gazetteer's mentions carry their node ID (``Mention/nodeID``); others make it when new.
        let (i, isNew) = node(kind: m.kind, name: m.canonical, evidence: evidence, knownID: m.knownNodeID)
        if !isNew { nodes[i].evidence.append(evidence) }
        // A new node takes the first mention's properties; later ones fill only gaps.
        if !m.properties.isEmpty {
            if m.kind == .person, let t = m.properties["title"], nodes[i].properties["title"] == nil {
                nodes[i].properties["title"] = t
            }
            if m.kind.isBody, let c = m.properties["country"], nodes[i].properties["country"] == nil {
                nodes[i].properties["country"] = c
            }
        }
        // The node's aliases gain the mention's aliases and surface, less its canonical name.
        // Byte comparisons: these only skip repeated work, so a canonically equal
        // spelling that compares unequal merely repeats an insert that changes nothing.
        let sameCanonical = UTF8Key(last[i].canonical) == UTF8Key(m.canonical)
        if !(sameCanonical && last[i].aliases == m.aliases) {
            if nodes[i].aliases.isEmpty {
                // The same set as inserting each alias, without hashing each again.
                nodes[i].aliases = m.aliases
                if !m.aliases.isEmpty, m.aliases.contains(m.canonical) { nodes[i].aliases.remove(m.canonical) }
            } else {
                for a in m.aliases where a != m.canonical { nodes[i].aliases.insert(a) }
            }
            last[i].aliases = m.aliases
        }
        if !(sameCanonical && UTF8Key(last[i].surface) == UTF8Key(m.surface)) {
            if UTF8Key(m.surface) != UTF8Key(m.canonical) && m.surface != m.canonical { nodes[i].aliases.insert(m.surface) }
            last[i].surface = m.surface
        }
        if !sameCanonical { last[i].canonical = m.canonical }
        guard !m.properties.isEmpty else { return }
        if m.kind == .person, let aff = m.properties["affiliation"],
           let kind = m.properties["affiliation_kind"].flatMap(NodeKind.init(rawValue:)) {
            // Room for both: a dictionary made for one key grew for the second.
            var edgeProps = [String: String](minimumCapacity: 2)
            if let t = m.properties["title"] { edgeProps["title"] = t }
            if let date { edgeProps["date"] = date }
            let t = node(kind: kind, name: aff, evidence: evidence).index
            // IDs made from the mention's names, as the node's may differ in bytes (canonically equal).
            addEdge(Edge(source: id(ofNode: i, named: m.canonical), target: id(ofNode: t, named: aff), relation: .affiliatedWith,
                         properties: edgeProps, evidence: [evidence]))
        }
        if m.kind == .ministry, let c = m.properties["country"], c != m.canonical {
            let t = node(kind: .country, name: c, evidence: evidence).index
            addEdge(Edge(source: id(ofNode: i, named: m.canonical), target: id(ofNode: t, named: c), relation: .partOf, evidence: [evidence]))
        }
    }

    /// The node of `kind` named `name`, made (with this first evidence) when none exists.
    /// `knownID`, when given, is `NodeID.make(kind: kind, name: name)` made in advance.
    private mutating func node(kind: NodeKind, name: String, evidence: Evidence, knownID: String? = nil) -> (index: Int, isNew: Bool) {
        let k = Extractor.ordinal(kind)
        // A new name is entered at once with the next position (one hash): when its ID turns
        // out to be known (another spelling of the same ID), the entry is corrected.
        let i = nodes.count
        if let found = byCanonical.valueOrInsert(i, for: name, tag: k) { return (found, false) }
        let id = knownID ?? NodeID.make(kind: kind, name: name)
        if let found = nodeIndex.valueOrInsert(i, for: id) {
            byCanonical.setValue(found, for: name, tag: k)
            return (found, false)
        }
        nodes.append(Node(id: id, kind: kind, name: name, properties: [:], evidence: [evidence]))
        last.append(Last())
        return (i, true)
    }

    /// The ID of node `i` when its name has the bytes of `name` (then `NodeID.make` would
    /// return these bytes), else the ID made from `name`.
    private func id(ofNode i: Int, named name: String) -> String {
        UTF8Key(nodes[i].name) == UTF8Key(name) ? nodes[i].id : NodeID.make(kind: nodes[i].kind, name: name)
    }

    private mutating func addEdge(_ e: Edge) {
        let id = e.id
        if let i = edgeIndex.valueOrInsert(edges.count, for: id) {
            for (k, v) in e.properties where edges[i].properties[k] == nil { edges[i].properties[k] = v }
            edges[i].evidence += e.evidence
        } else {
            edgeIDs.append(id)
            edges.append(e)
        }
    }

    /// The document's entity graph: the nodes and edges gathered, with the indexes built on the
    /// way (``Graph/init(distinctNodes:edges:)-tables``), so no ID is hashed again.
    var graph: Graph {
        Graph(distinctNodes: GraphTable(keys: nodes.map(\.id), values: nodes, index: nodeIndex),
              edges: GraphTable(keys: edgeIDs, values: edges, index: edgeIndex))
    }
}
