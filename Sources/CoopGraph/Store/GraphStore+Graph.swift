extension GraphStore {
    /// The whole stored graph as a ``Graph``: nodes with aliases and properties, edges with
    /// properties, and evidence (document name, span, rule; the sentence when `sentences`).
    ///
    /// A property's value is the earliest-ingested document's, as in every query. Call inside
    /// ``snapshot(_:)`` for a consistent view while an ingest writes.
    public func graph(sentences: Bool) throws -> Graph {
        var nodes: [String: Node] = [:]
        // Rows point at nodes and edges by number; their text IDs are looked up once here.
        var nodeIDs: [Int64: String] = [:]
        for r in try db.rows("SELECT id, key, kind, name FROM nodes") {
            nodeIDs[r.int(0)] = r.text(1)
            guard let kind = NodeKind(rawValue: r.text(2)) else { continue }
            nodes[r.text(1)] = Node(id: r.text(1), kind: kind, name: r.text(3))
        }
        for r in try db.rows("SELECT DISTINCT node_id, alias FROM aliases") {
            if let id = nodeIDs[r.int(0)] { nodes[id]?.aliases.insert(r.text(1)) }
        }
        for r in try db.rows("SELECT node_id, key, value FROM node_properties ORDER BY node_id, key, document_id") {
            guard let id = nodeIDs[r.int(0)], nodes[id]?.properties[r.text(1)] == nil else { continue }
            nodes[id]?.properties[r.text(1)] = r.text(2)
        }
        var edges: [String: Edge] = [:]
        var edgeIDs: [Int64: String] = [:]
        for r in try db.rows("SELECT id, source, target, relation FROM edges") {
            guard let relation = Relation(rawValue: r.text(3)), let source = nodeIDs[r.int(1)], let target = nodeIDs[r.int(2)] else { continue }
            let edge = Edge(source: source, target: target, relation: relation)
            edgeIDs[r.int(0)] = edge.id
            edges[edge.id] = edge
        }
        for r in try db.rows("SELECT edge_id, key, value FROM edge_properties ORDER BY edge_id, key, document_id") {
            guard let id = edgeIDs[r.int(0)], edges[id]?.properties[r.text(1)] == nil else { continue }
            edges[id]?.properties[r.text(1)] = r.text(2)
        }
        var rules: [Int64: String] = [:]
        for r in try db.rows("SELECT id, name FROM rules") { rules[r.int(0)] = r.text(1) }
        let sentence = sentences ? "s.text" : "NULL"
        for r in try db.rows("""
            SELECT m.node_id, m.edge_id, d.name, m.span_start, m.span_end, \(sentence), m.rule_id
            FROM mentions m JOIN documents d ON d.id = m.document_id LEFT JOIN sentences s ON s.id = m.sentence_id
            """) {
            let span = SourceRange(Int(r.int(3)), Int(r.int(4)))
            let evidence = Evidence(document: r.text(2), span: span, sentence: r.text(5), rule: rules[r.int(6)] ?? "")
            if !r.isNull(0) {
                if let id = nodeIDs[r.int(0)] { nodes[id]?.evidence.append(evidence) }
            } else if let id = edgeIDs[r.int(1)] {
                edges[id]?.evidence.append(evidence)
            }
        }
        return Graph(nodes: Array(nodes.values), edges: Array(edges.values))
    }
}
