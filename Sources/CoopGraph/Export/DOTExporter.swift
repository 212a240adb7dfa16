/// Graphviz DOT: one quoted statement per node and edge, styled by kind, with a legend.
///
/// Every id and attribute value is a quoted string (``DOTEscaping``), so names that are DOT
/// keywords (`node`, `graph` …) or start with digits cannot break the syntax. Node ids are
/// the graph's ids; one that would be changed by cleaning or cut by truncation becomes its
/// cut form plus `#` and a ``StableHash`` of the whole id, so distinct nodes stay distinct.
/// `charset="UTF-8"` and `fontname="NanumGothic"` (package fonts-nanum) make Hangul render.
public struct DOTExporter: GraphExporter {
    public static let format = "dot"
    public static let fileExtension = "dot"

    public init() {}

    static let font = "NanumGothic"
    /// Bytes of an id kept before the hash suffix when an id must be shortened.
    static let idPrefixBytes = 1000

    public func export(_ graph: Graph, options: ExportOptions, write: (String) -> Void) {
        let q = DOTEscaping.quoted
        write("digraph \(q("coopgraph")) {\n")
        write("  graph [charset=\(q("UTF-8")), fontname=\(q(Self.font)), rankdir=\(q("LR")), overlap=\(q("false"))];\n")
        write("  node [fontname=\(q(Self.font)), style=\(q("filled")), fontsize=\(q("11"))];\n")
        write("  edge [fontname=\(q(Self.font)), fontsize=\(q("9")), color=\(q("#555555"))];\n")
        write("  subgraph \(q("cluster_legend")) {\n")
        write("    graph [label=\(q("Legend")), style=\(q("rounded")), color=\(q("#999999"))];\n")
        for kind in NodeKind.allCases {
            let s = KindStyle.of(kind)
            write("    \(q("_legend_" + kind.rawValue)) [label=\(q(kind.rawValue)), shape=\(q(s.dotShape)), fillcolor=\(q(s.fill))];\n")
        }
        write("  }\n")
        for n in graph.nodesInIDOrder {
            let s = KindStyle.of(n.kind)
            var tip = n.kind.rawValue
            if let t = n.properties["title"] { tip += " · " + t }
            if let d = n.properties["date"] { tip += " · " + d }
            write("  \(q(Self.nodeID(n.id))) [label=\(q(n.name)), shape=\(q(s.dotShape)), fillcolor=\(q(s.fill)), tooltip=\(q(tip))];\n")
        }
        for e in graph.edgesInIDOrder {
            var attrs = "label=\(q(e.relation.rawValue))"
            if e.relation == .partOf || e.relation == .about { attrs += ", style=\(q("dashed"))" }
            if options.evidence, let first = e.evidence.first { attrs += ", tooltip=\(q(first.sentence))" }
            write("  \(q(Self.nodeID(e.source))) -> \(q(Self.nodeID(e.target))) [\(attrs)];\n")
        }
        write("}\n")
    }

    /// The DOT id of a node: its id, or a shortened form with a hash when the id would not
    /// survive quoting unchanged.
    static func nodeID(_ id: String) -> String {
        if id.utf8.count <= DOTEscaping.maxTextBytes && DOTEscaping.labelText(id) == id { return id }
        var prefix = ""
        var bytes = 0
        for scalar in DOTEscaping.labelText(id).unicodeScalars {
            let n = String(scalar).utf8.count
            if bytes + n > idPrefixBytes { break }
            bytes += n
            prefix.unicodeScalars.append(scalar)
        }
        return prefix + "#" + StableHash.hex(id)
    }
}
