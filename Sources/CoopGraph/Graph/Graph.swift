/// A typed, dated knowledge graph: nodes and edges keyed by their stable IDs.
///
/// Merging is by ID: adding a node or edge that exists unions aliases and evidence and
/// keeps existing properties (first writer wins), so extraction order never changes the
/// meaning. Iteration helpers return nodes and edges sorted by ID for deterministic output.
public struct Graph: Sendable, Hashable {
    public private(set) var nodesByID: [String: Node] = [:]
    public private(set) var edgesByID: [String: Edge] = [:]

    public init() {}

    public init(nodes: [Node], edges: [Edge]) {
        // Room for all at once: a growing table rehashes every key (an NFC pass per Korean ID).
        nodesByID.reserveCapacity(nodes.count)
        edgesByID.reserveCapacity(edges.count)
        for n in nodes { add(n) }
        for e in edges { add(e) }
    }

    /// A graph of nodes and edges whose IDs are pairwise distinct (by `String` equality), as
    /// ``Extractor/graph(of:document:)`` gathers them: each is stored with one hash of its ID
    /// rather than a lookup and then an insert, and a sorted evidence list is kept as it is.
    /// The result equals adding each with ``add(_:)``.
    ///
    /// Both tables get room for the events and agreements added next (``EventRecognizer``): a
    /// table that grows rehashes every key, and hashing a Korean ID normalises it to NFC.
    init(distinctNodes nodes: [Node], edges: [(id: String, edge: Edge)]) {
        nodesByID.reserveCapacity(nodes.count + Self.eventHeadroom)
        for node in nodes {
            if Self.isStrictlySorted(node.evidence) {
                nodesByID[node.id] = node
            } else {
                var n = node
                n.evidence = []
                Self.merge(&n.evidence, node.evidence)
                nodesByID[node.id] = n
            }
        }
        edgesByID.reserveCapacity(edges.count + 2 * Self.eventHeadroom)
        for (id, edge) in edges {
            if Self.isStrictlySorted(edge.evidence) {
                edgesByID[id] = edge
            } else {
                var e = edge
                e.evidence = []
                Self.merge(&e.evidence, edge.evidence)
                edgesByID[id] = e
            }
        }
    }

    /// Nodes expected after the entities of a document (a few events and agreements); edges get twice as many.
    static let eventHeadroom = 16

    // Sorting on the stored keys: `Edge.id` builds a string per call, far too slow in a sort.
    public var nodes: [Node] { nodesByID.keys.sorted().compactMap { nodesByID[$0] } }
    public var edges: [Edge] { edgesByID.keys.sorted().compactMap { edgesByID[$0] } }
    public var nodeCount: Int { nodesByID.count }
    public var edgeCount: Int { edgesByID.count }

    public func node(_ id: String) -> Node? { nodesByID[id] }

    /// Adds a node or merges it into the node with the same ID; returns the ID.
    @discardableResult
    public mutating func add(_ node: Node) -> String {
        // Merged in place through the dictionary's storage: a copied `existing` would share
        // its evidence buffer with the stored node, so every append copied the whole list
        // (quadratic over a corpus: 한국 gathers tens of thousands of evidence items).
        // One hash of the ID (the `default:` subscript finds or makes the slot): hashing a
        // Korean ID normalises it to NFC, the larger part of an add.
        var isNew = false
        func fill(_ slot: inout Node) {
            if isNew {
                // A sorted list (as every rule hands over) is stored as it is, sharing its
                // buffer: the merge into an empty list copied it element by element.
                if !Self.isStrictlySorted(node.evidence) {
                    slot.evidence = []
                    Self.merge(&slot.evidence, node.evidence)
                }
            } else {
                Self.mergeNode(&slot, node)
            }
        }
        fill(&nodesByID[node.id, default: { isNew = true; return node }()])
        return node.id
    }

    /// Adds an edge or merges it into the edge with the same ends and relation.
    public mutating func add(_ edge: Edge) {
        // One hash of the ID, as in ``add(_:)-node``.
        var isNew = false
        func fill(_ slot: inout Edge) {
            if isNew {
                // As for nodes: an event's evidence list is shared by every edge of its roles.
                if !Self.isStrictlySorted(edge.evidence) {
                    slot.evidence = []
                    Self.merge(&slot.evidence, edge.evidence)
                }
            } else {
                Self.mergeEdge(&slot, edge)
            }
        }
        fill(&edgesByID[edge.id, default: { isNew = true; return edge }()])
    }

    private static func mergeNode(_ existing: inout Node, _ node: Node) {
        if !node.aliases.isEmpty { existing.aliases.formUnion(node.aliases) }
        for (k, v) in node.properties where existing.properties[k] == nil { existing.properties[k] = v }
        merge(&existing.evidence, node.evidence)
    }

    private static func mergeEdge(_ existing: inout Edge, _ edge: Edge) {
        for (k, v) in edge.properties where existing.properties[k] == nil { existing.properties[k] = v }
        merge(&existing.evidence, edge.evidence)
    }

    /// Sets a property on an existing node, replacing any value.
    public mutating func setProperty(_ key: String, _ value: String?, on id: String) {
        nodesByID[id]?.properties[key] = value
    }

    /// Removes a node and every edge that touches it.
    public mutating func remove(nodeID: String) {
        nodesByID[nodeID] = nil
        edgesByID = edgesByID.filter { $0.value.source != nodeID && $0.value.target != nodeID }
    }

    /// Merges all nodes and edges of another graph.
    ///
    /// The other graph's nodes (and edges) have distinct IDs, so the order they are added in
    /// changes nothing: no sort (of Korean strings, slow to compare) is needed.
    public mutating func merge(_ other: Graph) {
        // Stored evidence lists are already sorted and without repeats: new entries go in as they are.
        // One hash per ID, as in ``add(_:)-node``; a new one goes in as it is.
        for (id, n) in other.nodesByID {
            var isNew = false
            func fill(_ slot: inout Node) { if !isNew { Self.mergeNode(&slot, n) } }
            fill(&nodesByID[id, default: { isNew = true; return n }()])
        }
        for (id, e) in other.edgesByID {
            var isNew = false
            func fill(_ slot: inout Edge) { if !isNew { Self.mergeEdge(&slot, e) } }
            fill(&edgesByID[id, default: { isNew = true; return e }()])
        }
    }

    /// Edges that touch a node, in either direction, sorted by ID.
    public func edges(touching id: String) -> [Edge] {
        edgesByID.filter { $0.value.source == id || $0.value.target == id }.sorted { $0.key < $1.key }.map(\.value)
    }

    /// Merges `b` into `a` (already sorted and without repeats, as every stored evidence list
    /// is): sorted, without repeats. A linear merge, not a set rebuilt and re-sorted per add:
    /// extraction adds the same node hundreds of times per document.
    private static func merge(_ a: inout [Evidence], _ b: [Evidence]) {
        if b.isEmpty { return }
        // Stored lists (another graph's) come sorted: sorting a copy would retain every string.
        var add = b
        if add.count > 1, !isStrictlySorted(add) { add.sort(by: precedes) }
        if a.isEmpty || precedes(a[a.count - 1], add[0]) {
            // The common case: new evidence further on in the document (or corpus), appended in place.
            // No reserveCapacity here: an exact reservation per call would defeat geometric growth.
            for e in add where a.last != e { a.append(e) }
            return
        }
        // One document's evidence landing among other documents' (document IDs are file names,
        // not in corpus order): when all of it falls into one gap of `a`, insert it there. The
        // elements of `a` move, they are not copied (no retain/release of their strings).
        // `a[p - 1] < add[0] <= a[p]`: when the last new item also precedes `a[p]`, all of
        // them do (one binary search, not two: each step compares file-name strings).
        let p = lowerBound(a, add[0])
        if p == a.count || precedes(add[add.count - 1], a[p]) {
            var block: [Evidence] = []
            block.reserveCapacity(add.count)
            for e in add where block.last != e { block.append(e) }
            a.insert(contentsOf: block, at: p)
            return
        }
        var out: [Evidence] = []
        out.reserveCapacity(a.count + add.count)
        var i = 0
        var j = 0
        while i < a.count || j < add.count {
            let next: Evidence
            if j == add.count || (i < a.count && !precedes(add[j], a[i])) {
                next = a[i]
                i += 1
            } else {
                next = add[j]
                j += 1
            }
            if out.last != next { out.append(next) }
        }
        a = out
    }

    private static func isStrictlySorted(_ a: [Evidence]) -> Bool {
        guard a.count > 1 else { return true }
        for i in 1..<a.count where !precedes(a[i - 1], a[i]) { return false }
        return true
    }

    /// The first index of `a` (sorted) whose element does not precede `e`.
    private static func lowerBound(_ a: [Evidence], _ e: Evidence) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if precedes(a[mid], e) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Evidence order, made total: ties on `<` (same place, same rule) are broken by sentence.
    /// The same order as `a < b`, then `a.sentence < b.sentence`, comparing each field once
    /// (the tuple form compared the document strings up to four times).
    private static func precedes(_ a: Evidence, _ b: Evidence) -> Bool {
        if a.document != b.document { return a.document < b.document }
        if a.span.lowerBound != b.span.lowerBound { return a.span.lowerBound < b.span.lowerBound }
        if a.span.upperBound != b.span.upperBound { return a.span.upperBound < b.span.upperBound }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.sentence < b.sentence
    }
}
