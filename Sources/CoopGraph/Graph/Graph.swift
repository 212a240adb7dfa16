/// A typed, dated knowledge graph: nodes and edges keyed by their stable IDs.
///
/// Merging is by ID: adding a node or edge that exists unions aliases and evidence and
/// keeps existing properties (first writer wins), so extraction order never changes the
/// meaning. Iteration helpers return nodes and edges sorted by ID for deterministic output.
public struct Graph: Sendable, Hashable {
    /// The nodes by ID, in the order they were first added (``GraphTable``: found by the bytes
    /// of the ID; a `[String: Node]` normalised every Korean ID it hashed).
    public private(set) var nodesByID = GraphTable<Node>()
    /// The edges by ID (``Edge/id``), in the order they were first added.
    public private(set) var edgesByID = GraphTable<Edge>()

    public init() {}

    public init(nodes: [Node], edges: [Edge]) {
        nodesByID = GraphTable(minimumCapacity: nodes.count)
        edgesByID = GraphTable(minimumCapacity: edges.count)
        for n in nodes { add(n) }
        for e in edges { add(e) }
    }

    /// A graph of nodes and edges whose IDs are pairwise distinct (by `String` equality): each
    /// is stored as it is, without a look-up, and a sorted evidence list is kept as it is. The
    /// result equals adding each with ``add(_:)``.
    init(distinctNodes nodes: [Node], edges: [(id: String, edge: Edge)]) {
        var nodeTable = GraphTable<Node>(minimumCapacity: nodes.count + Self.eventHeadroom)
        for node in nodes { nodeTable.append(node.id, node) }
        var edgeTable = GraphTable<Edge>(minimumCapacity: edges.count + 2 * Self.eventHeadroom)
        for (id, edge) in edges { edgeTable.append(id, edge) }
        self.init(distinctNodes: nodeTable, edges: edgeTable)
    }

    /// The same from tables already built (as ``EntityGraphBuilder`` keeps them, with their
    /// indexes): nothing is hashed again.
    init(distinctNodes nodes: GraphTable<Node>, edges: GraphTable<Edge>) {
        nodesByID = nodes
        edgesByID = edges
        for i in nodesByID.values.indices where !Self.isStrictlySorted(nodesByID.values[i].evidence) {
            let evidence = nodesByID.values[i].evidence
            nodesByID.values[i].evidence = []
            Self.merge(&nodesByID.values[i].evidence, evidence)
        }
        for i in edgesByID.values.indices where !Self.isStrictlySorted(edgesByID.values[i].evidence) {
            let evidence = edgesByID.values[i].evidence
            edgesByID.values[i].evidence = []
            Self.merge(&edgesByID.values[i].evidence, evidence)
        }
    }

    /// Nodes expected after the entities of a document (a few events and agreements); edges get twice as many.
    static let eventHeadroom = 16

    // Sorted on the stored keys: `Edge.id` builds a string per call, far too slow in a sort.
    public var nodes: [Node] { nodesByID.valuesInKeyOrder }
    public var edges: [Edge] { edgesByID.valuesInKeyOrder }
    public var nodeCount: Int { nodesByID.count }
    public var edgeCount: Int { edgesByID.count }

    public func node(_ id: String) -> Node? { nodesByID[id] }

    /// Adds a node or merges it into the node with the same ID; returns the ID.
    @discardableResult
    public mutating func add(_ node: Node) -> String {
        // Merged in place in the table's storage: a copied `existing` would share its evidence
        // buffer with the stored node, so every append copied the whole list (quadratic over a
        // corpus: 한국 gathers tens of thousands of evidence items).
        // A new node is stored as it is: a sorted list (as every rule hands over) shares its
        // buffer (the merge into an empty list copied it element by element).
        if let i = nodesByID.positionOrAppend(node.id, node) {
            Self.mergeNode(&nodesByID.values[i], node)
        } else if !Self.isStrictlySorted(node.evidence) {
            let last = nodesByID.values.count - 1
            nodesByID.values[last].evidence = []
            Self.merge(&nodesByID.values[last].evidence, node.evidence)
        }
        return node.id
    }

    /// Adds an edge or merges it into the edge with the same ends and relation.
    public mutating func add(_ edge: Edge) {
        // As for nodes: an event's evidence list is shared by every edge of its roles.
        if let i = edgesByID.positionOrAppend(edge.id, edge) {
            Self.mergeEdge(&edgesByID.values[i], edge)
        } else if !Self.isStrictlySorted(edge.evidence) {
            let last = edgesByID.values.count - 1
            edgesByID.values[last].evidence = []
            Self.merge(&edgesByID.values[last].evidence, edge.evidence)
        }
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
        guard let i = nodesByID.position(of: id) else { return }
        nodesByID.values[i].properties[key] = value
    }

    /// Removes a node and every edge that touches it.
    public mutating func remove(nodeID: String) {
        if let i = nodesByID.position(of: nodeID) { nodesByID.remove(at: i) }
        edgesByID.removeAll { _, edge in edge.source == nodeID || edge.target == nodeID }
    }

    /// Merges all nodes and edges of another graph.
    ///
    /// The other graph's nodes (and edges) have distinct IDs, so the order they are added in
    /// changes nothing: no sort (of Korean strings, slow to compare) is needed.
    public mutating func merge(_ other: Graph) {
        // Stored evidence lists are already sorted and without repeats: new entries go in as they are.
        for (id, n) in other.nodesByID {
            if let i = nodesByID.positionOrAppend(id, n) { Self.mergeNode(&nodesByID.values[i], n) }
        }
        for (id, e) in other.edgesByID {
            if let i = edgesByID.positionOrAppend(id, e) { Self.mergeEdge(&edgesByID.values[i], e) }
        }
    }

    /// Edges that touch a node, in either direction, sorted by ID.
    public func edges(touching id: String) -> [Edge] {
        edgesByID.filter { $0.value.source == id || $0.value.target == id }.sorted { $0.key < $1.key }.map(\.value)
    }

    /// Same nodes and edges (by ID, as `String`s), as two `[String: Node]` and `[String: Edge]` tables compare.
    public static func == (a: Graph, b: Graph) -> Bool {
        guard a.nodeCount == b.nodeCount, a.edgeCount == b.edgeCount else { return false }
        for (id, n) in a.nodesByID where b.nodesByID[id] != n { return false }
        for (id, e) in a.edgesByID where b.edgesByID[id] != e { return false }
        return true
    }

    /// The sizes only: equal graphs have equal sizes (a hash of every ID would normalise each).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(nodeCount)
        hasher.combine(edgeCount)
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
