/// Nodes and edges in id order, sorted on the stored dictionary keys.
///
/// Same order as ``Graph/nodes`` and ``Graph/edges``, but `Edge.id` is computed (a new
/// string per call), so sorting edges by it builds O(n log n) strings; the dictionary keys
/// are those ids already. Exporters use these on large graphs.
extension Graph {
    var nodesInIDOrder: [Node] { nodesByID.sorted { $0.key < $1.key }.map(\.value) }
    var edgesInIDOrder: [Edge] { edgesByID.sorted { $0.key < $1.key }.map(\.value) }
}
