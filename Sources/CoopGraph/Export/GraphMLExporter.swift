/// GraphML in the contract of the annotation guide, readable by NetworkX, igraph, Gephi,
/// yEd and Cytoscape.
///
/// Node data: `label` (Gephi, yEd), `kind`, `name` (Cytoscape), `aliases` (joined by `|`),
/// `title`, `date`, `nid` (the original node id), then every other node property present
/// in the graph as its own declared string key. Edge data: `relation`, `date`, `doc`
/// (document ids joined by `|`), `eid` (the edge id: igraph mangles the `id` attribute),
/// then other edge properties. With ``ExportOptions/evidence`` nodes and edges also carry
/// `evidence` (sentences, one per line) and `evidence_span` (`doc#lo..<hi`, joined by `|`).
/// Ids and key names go through ``NMToken`` (the schema types them `NMTOKEN`); key ids
/// never are `d3`/`d7`, which Gephi reads as yEd labels. With ``ExportOptions/yed`` nodes
/// also carry `y:ShapeNode` markup (validates against the lax yFiles schema).
public struct GraphMLExporter: GraphExporter {
    public static let format = "graphml"
    public static let fileExtension = "graphml"

    public init() {}

    /// Node keys of the contract, in output order (`title` and `date` are node properties).
    static let contractNodeKeys = ["label", "kind", "name", "aliases", "title", "date", "nid"]
    static let evidenceKeys = ["evidence", "evidence_span"]
    static let yedKey = "ynodegraphics"
    static let reservedNodeKeyIDs: Set<String> = Set(contractNodeKeys + evidenceKeys + [yedKey, "d3", "d7"])
    /// Edge properties written as fixed keys, not as extra ones.
    static let contractEdgeProperties: Set<String> = ["date"]

    public func export(_ graph: Graph, options: ExportOptions, write: (String) -> Void) {
        let nodes = graph.nodesInIDOrder
        let edges = graph.edgesInIDOrder
        var nodeProps = Set<String>()
        for n in nodes { nodeProps.formUnion(n.properties.keys) }
        let extraNodeProps = nodeProps.subtracting(["title", "date"]).sorted()
        var edgeProps = Set<String>()
        for e in edges { edgeProps.formUnion(e.properties.keys) }
        let extraEdgeProps = edgeProps.subtracting(Self.contractEdgeProperties).sorted()
        let nodeKeyID = Dictionary(uniqueKeysWithValues: extraNodeProps.map { ($0, Self.nodePropertyKeyID($0)) })

        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
        if options.yed { write(" xmlns:y=\"http://www.yworks.com/xml/graphml\"") }
        write(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        for k in Self.contractNodeKeys { write(Self.key(id: k, for: "node", name: k)) }
        for p in extraNodeProps { write(Self.key(id: nodeKeyID[p] ?? p, for: "node", name: NMToken.make(p))) }
        if options.evidence { for k in Self.evidenceKeys { write(Self.key(id: k, for: "node", name: k)) } }
        if options.yed { write("  <key id=\"\(Self.yedKey)\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n") }
        for k in ["relation", "date", "doc", "eid"] { write(Self.key(id: "e." + k, for: "edge", name: k)) }
        for p in extraEdgeProps { write(Self.key(id: "e." + NMToken.make(p), for: "edge", name: NMToken.make(p))) }
        if options.evidence { for k in Self.evidenceKeys { write(Self.key(id: "e." + k, for: "edge", name: k)) } }
        write("  <graph id=\"G\" edgedefault=\"directed\">\n")

        for n in nodes {
            write("    <node id=\"\(XMLEscaping.escape(NMToken.make(n.id), attribute: true))\">\n")
            var data: [(String, String)] = [("label", n.name), ("kind", n.kind.rawValue), ("name", n.name)]
            let aliases = n.sortedAliases
            if !aliases.isEmpty { data.append(("aliases", aliases.joined(separator: "|"))) }
            if let t = n.properties["title"] { data.append(("title", t)) }
            if let d = n.properties["date"] { data.append(("date", d)) }
            data.append(("nid", n.id))
            for p in extraNodeProps { if let v = n.properties[p] { data.append((nodeKeyID[p] ?? p, v)) } }
            if options.evidence, !n.evidence.isEmpty { data += Self.evidenceData(n.evidence, prefix: "") }
            var piece = ""
            for (k, v) in data { piece += "      <data key=\"\(k)\">\(XMLEscaping.escape(v))</data>\n" }
            write(piece)
            if options.yed { write(Self.yedMarkup(n)) }
            write("    </node>\n")
        }
        for e in edges {
            write("    <edge id=\"\(XMLEscaping.escape(NMToken.make(e.id), attribute: true))\" source=\"\(XMLEscaping.escape(NMToken.make(e.source), attribute: true))\" target=\"\(XMLEscaping.escape(NMToken.make(e.target), attribute: true))\">\n")
            var data: [(String, String)] = [("e.relation", e.relation.rawValue)]
            if let d = e.properties["date"] { data.append(("e.date", d)) }
            let docs = Set(e.evidence.map(\.document)).sorted()
            if !docs.isEmpty { data.append(("e.doc", docs.joined(separator: "|"))) }
            data.append(("e.eid", e.id))
            for p in extraEdgeProps { if let v = e.properties[p] { data.append(("e." + NMToken.make(p), v)) } }
            if options.evidence, !e.evidence.isEmpty { data += Self.evidenceData(e.evidence, prefix: "e.") }
            var piece = ""
            for (k, v) in data { piece += "      <data key=\"\(k)\">\(XMLEscaping.escape(v))</data>\n" }
            write(piece)
            write("    </edge>\n")
        }
        write("  </graph>\n</graphml>\n")
    }

    /// The key id of an extra node property: its token, unless that is taken by a fixed key
    /// (or is `d3`/`d7`); then `p.` + token, which no token can equal (tokens escape `.`).
    static func nodePropertyKeyID(_ property: String) -> String {
        let token = NMToken.make(property)
        return reservedNodeKeyIDs.contains(token) ? "p." + token : token
    }

    static func key(id: String, for domain: String, name: String) -> String {
        "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(name)\" attr.type=\"string\"/>\n"
    }

    static func evidenceData(_ evidence: [Evidence], prefix: String) -> [(String, String)] {
        [(prefix + "evidence", evidence.map(\.sentence).joined(separator: "\n")),
         (prefix + "evidence_span", evidence.map { "\($0.document)#\($0.span)" }.joined(separator: "|"))]
    }

    static func yedMarkup(_ n: Node) -> String {
        let style = KindStyle.of(n.kind)
        return "      <data key=\"\(yedKey)\"><y:ShapeNode><y:Fill color=\"\(style.fill)\" transparent=\"false\"/>"
            + "<y:NodeLabel>\(XMLEscaping.escape(DOTEscaping.truncated(n.name)))</y:NodeLabel>"
            + "<y:Shape type=\"\(style.yedShape)\"/></y:ShapeNode></data>\n"
    }
}
