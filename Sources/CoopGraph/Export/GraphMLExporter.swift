/// GraphML in the contract of the annotation guide: node data `kind`, `name`, `aliases`,
/// `title`, `date`, a `label` for Gephi and yEd, edge data `relation`.
public struct GraphMLExporter: GraphExporter {
    public static let format = "graphml"
    public static let fileExtension = "graphml"

    public init() {}

    static let nodeKeys = ["label", "kind", "name", "aliases", "title", "date"]

    public func export(_ graph: Graph, options: ExportOptions, write: (String) -> Void) {
        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        for k in Self.nodeKeys {
            write("  <key id=\"\(k)\" for=\"node\" attr.name=\"\(k)\" attr.type=\"string\"/>\n")
        }
        write("  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n")
        write("  <graph id=\"G\" edgedefault=\"directed\">\n")
        for n in graph.nodes {
            write("    <node id=\"\(XMLEscaping.escape(n.id))\">\n")
            var data: [(String, String)] = [("label", n.name), ("kind", n.kind.rawValue), ("name", n.name)]
            let aliases = n.sortedAliases
            if !aliases.isEmpty { data.append(("aliases", aliases.joined(separator: "|"))) }
            if let t = n.properties["title"] { data.append(("title", t)) }
            if let d = n.properties["date"] { data.append(("date", d)) }
            for (k, v) in data { write("      <data key=\"\(k)\">\(XMLEscaping.escape(v))</data>\n") }
            write("    </node>\n")
        }
        for e in graph.edges {
            write("    <edge source=\"\(XMLEscaping.escape(e.source))\" target=\"\(XMLEscaping.escape(e.target))\">\n")
            write("      <data key=\"relation\">\(e.relation.rawValue)</data>\n")
            write("    </edge>\n")
        }
        write("  </graph>\n</graphml>\n")
    }
}
