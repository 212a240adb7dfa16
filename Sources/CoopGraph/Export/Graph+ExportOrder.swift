/// Nodes and edges as every exporter writes them: in id order, dangling edges left out.
///
/// Same order as ``Graph/nodes`` and ``Graph/edges``, but sorted on the stored dictionary
/// keys: `Edge.id` is computed (a new string per call), so sorting edges by it builds
/// O(n log n) strings. An edge whose source or target is not a node of the graph is not
/// exported: the GraphML schema rejects it, Neo4j import fails on it, and NetworkX would
/// invent a node with no kind or name for it (``Ontology/violations(in:)`` reports it).
extension Graph {
    var nodesInIDOrder: [Node] { nodesByID.sorted { $0.key < $1.key }.map(\.value) }

    var edgesInIDOrder: [Edge] {
        edgesByID.sorted { $0.key < $1.key }.compactMap { pair in
            nodesByID[pair.value.source] != nil && nodesByID[pair.value.target] != nil ? pair.value : nil
        }
    }

}
