/// Node-link JSON for NetworkX (`node_link_graph`) and D3, described by `Schemas/graph.schema.json`.
///
/// `{"directed": true, "multigraph": true, "graph": {…}, "nodes": […], "links": […], "edges": […]}`.
/// It is a multigraph because two nodes may be linked by several relations (a country both
/// `chairs` and is a `member_of` an organisation); each edge's `key` is its relation, so
/// NetworkX builds a `MultiDiGraph` and keeps every edge.
/// The edge list is written twice, identically, under `links` (D3, and NetworkX before 3.4
/// or with `edges="links"`) and `edges` (the default key of NetworkX 3.4 and later), so
/// `nx.node_link_graph(data)` and `nx.node_link_graph(data, edges="links")` both work.
/// A node has `id`, `kind`, `name`, `aliases` (list, without the name), then its properties
/// as string members; an edge `source`, `target`, `relation`, `key` (= relation), `id`, then its properties. A
/// property whose name is one of those fixed members is written as `p.NAME`. With
/// ``ExportOptions/evidence`` both carry `evidence`: `[{document, span: [lo, hi], sentence, rule}]`.
/// One node or edge per line.
public struct JSONExporter: GraphExporter {
    public static let format = "json"
    public static let fileExtension = "json"

    public init() {}

    static let nodeMembers: Set<String> = ["id", "kind", "name", "aliases", "evidence"]
    static let edgeMembers: Set<String> = ["source", "target", "relation", "id", "key", "evidence"]

    public func export(_ graph: Graph, options: ExportOptions, write: (String) -> Void) {
        let q = JSONEscaping.quoted
        write("{\n  \"directed\": true,\n  \"multigraph\": true,\n")
        let edges = graph.edgesInIDOrder
        write("  \"graph\": {\"name\": \"coopgraph\", \"node_count\": \(graph.nodeCount), \"edge_count\": \(edges.count)},\n")
        write("  \"nodes\": [")
        var first = true
        for n in graph.nodesInIDOrder {
            var s = first ? "\n    {" : ",\n    {"
            first = false
            s += "\"id\": \(q(n.id)), \"kind\": \(q(n.kind.rawValue)), \"name\": \(q(n.name)), \"aliases\": ["
            s += n.sortedAliases.map(q).joined(separator: ", ") + "]"
            s += Self.members(n.properties, reserved: Self.nodeMembers)
            if options.evidence { s += Self.evidence(n.evidence) }
            write(s + "}")
        }
        write(first ? "],\n" : "\n  ],\n")
        for (i, list) in ["links", "edges"].enumerated() {
            write("  \(q(list)): [")
            var firstEdge = true
            for e in edges {
                var s = firstEdge ? "\n    {" : ",\n    {"
                firstEdge = false
                s += "\"source\": \(q(e.source)), \"target\": \(q(e.target)), \"relation\": \(q(e.relation.rawValue)), \"key\": \(q(e.relation.rawValue)), \"id\": \(q(e.id))"
                s += Self.members(e.properties, reserved: Self.edgeMembers)
                if options.evidence { s += Self.evidence(e.evidence) }
                write(s + "}")
            }
            write(firstEdge ? "]" : "\n  ]")
            write(i == 0 ? ",\n" : "\n")
        }
        write("}\n")
    }

    static func members(_ properties: [String: String], reserved: Set<String>) -> String {
        var s = ""
        for k in properties.keys.sorted() {
            guard let v = properties[k] else { continue }
            let name = reserved.contains(k) ? "p." + k : k
            s += ", " + JSONEscaping.quoted(name) + ": " + JSONEscaping.quoted(v)
        }
        return s
    }

    static func evidence(_ evidence: [Evidence]) -> String {
        let items = evidence.map { e in
            "{\"document\": \(JSONEscaping.quoted(e.document)), \"span\": [\(e.span.lowerBound), \(e.span.upperBound)], "
                + "\"sentence\": \(JSONEscaping.quoted(e.sentence)), \"rule\": \(JSONEscaping.quoted(e.rule))}"
        }
        return ", \"evidence\": [" + items.joined(separator: ", ") + "]"
    }
}
