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
        for n in nodes { add(n) }
        for e in edges { add(e) }
    }

    // Sorting on the stored keys: `Edge.id` builds a string per call, far too slow in a sort.
    public var nodes: [Node] { nodesByID.keys.sorted().compactMap { nodesByID[$0] } }
    public var edges: [Edge] { edgesByID.keys.sorted().compactMap { edgesByID[$0] } }
    public var nodeCount: Int { nodesByID.count }
    public var edgeCount: Int { edgesByID.count }

    public func node(_ id: String) -> Node? { nodesByID[id] }

    /// Adds a node or merges it into the node with the same ID; returns the ID.
    @discardableResult
    public mutating func add(_ node: Node) -> String {
        if var existing = nodesByID[node.id] {
            existing.aliases.formUnion(node.aliases)
            for (k, v) in node.properties where existing.properties[k] == nil { existing.properties[k] = v }
            existing.evidence = Self.union(existing.evidence, node.evidence)
            nodesByID[node.id] = existing
        } else {
            var n = node
            n.evidence = Self.union([], node.evidence)
            nodesByID[node.id] = n
        }
        return node.id
    }

    /// Adds an edge or merges it into the edge with the same ends and relation.
    public mutating func add(_ edge: Edge) {
        if var existing = edgesByID[edge.id] {
            for (k, v) in edge.properties where existing.properties[k] == nil { existing.properties[k] = v }
            existing.evidence = Self.union(existing.evidence, edge.evidence)
            edgesByID[edge.id] = existing
        } else {
            var e = edge
            e.evidence = Self.union([], edge.evidence)
            edgesByID[edge.id] = e
        }
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
    public mutating func merge(_ other: Graph) {
        for n in other.nodes { add(n) }
        for e in other.edges { add(e) }
    }

    /// Edges that touch a node, in either direction, sorted by ID.
    public func edges(touching id: String) -> [Edge] {
        edgesByID.filter { $0.value.source == id || $0.value.target == id }.sorted { $0.key < $1.key }.map(\.value)
    }

    /// `a` (already sorted and without repeats, as every stored evidence list is) merged with
    /// `b`: sorted, without repeats. A linear merge, not a set rebuilt and re-sorted per add:
    /// extraction adds the same node hundreds of times per document.
    private static func union(_ a: [Evidence], _ b: [Evidence]) -> [Evidence] {
        if b.isEmpty { return a }
        var add = b
        if add.count > 1 { add.sort(by: precedes) }
        if let last = a.last, let first = add.first, precedes(last, first) {
            // The common case: new evidence further on in the document.
            var out = a
            out.reserveCapacity(a.count + add.count)
            for e in add where out.last != e { out.append(e) }
            return out
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
        return out
    }

    /// Evidence order, made total: ties on `<` (same place, same rule) are broken by sentence.
    private static func precedes(_ a: Evidence, _ b: Evidence) -> Bool {
        if a < b { return true }
        if b < a { return false }
        return a.sentence < b.sentence
    }
}
