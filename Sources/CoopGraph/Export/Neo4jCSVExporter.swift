/// Neo4j bulk-import CSV: `nodes.csv` and `relationships.csv` in `neo4j-admin database
/// import` header conventions (see `Docs/NEO4J.md`).
///
/// `nodes.csv`: `id:ID`, `:LABEL` (the kind, capitalised: `Person`), `name`,
/// `aliases:string[]`, `documents:string[]` (ids of the documents in its evidence), then one
/// column per node property present in the graph. `relationships.csv`: `:START_ID`,
/// `:END_ID`, `:TYPE` (the relation upper-cased: `PARTICIPATED_IN`), `id`, `documents:string[]`,
/// then one column per edge property. With ``ExportOptions/evidence`` both add
/// `evidence:string[]` (sentences) and `evidence_span:string[]` (`doc#lo..<hi`). Every
/// string field is quoted (``CSVEscaping``); a missing property is an empty unquoted field
/// (null). Property names become safe column names (see ``column(_:reserved:)``).
///
/// This is a ``MultiFileGraphExporter``: ``ExportDestination`` writes both files into a
/// folder. The one-stream ``export(_:options:write:)`` writes `nodes.csv`, a blank line,
/// then `relationships.csv`, as a preview; it is not importable as one file.
public struct Neo4jCSVExporter: MultiFileGraphExporter {
    public static let format = "csv"
    public static let fileExtension = "csv"
    public static let fileNames = ["nodes.csv", "relationships.csv"]

    public init() {}

    static let nodeColumns: Set<String> = ["id", "name", "aliases", "documents", "evidence", "evidence_span"]
    static let edgeColumns: Set<String> = ["id", "documents", "evidence", "evidence_span"]

    public func export(_ graph: Graph, options: ExportOptions, write: (String) -> Void) {
        var lastFile: String?
        exportFiles(graph, options: options) { file, piece in
            if let lastFile, lastFile != file { write("\n") }
            lastFile = file
            write(piece)
        }
    }

    public func exportFiles(_ graph: Graph, options: ExportOptions, write: (String, String) -> Void) {
        let q = CSVEscaping.quoted
        let nodes = graph.nodesInIDOrder
        var nodeProps = Set<String>()
        for n in nodes { nodeProps.formUnion(n.properties.keys) }
        let nodePropList = nodeProps.sorted()
        var header = "id:ID,:LABEL,name,aliases:string[],documents:string[]"
        for p in nodePropList { header += "," + Self.column(p, reserved: Self.nodeColumns) }
        if options.evidence { header += ",evidence:string[],evidence_span:string[]" }
        write("nodes.csv", header + "\n")
        for n in nodes {
            var row = q(n.id) + "," + q(Self.label(n.kind)) + "," + q(n.name) + "," + CSVEscaping.quotedArray(n.sortedAliases)
            row += "," + CSVEscaping.quotedArray(Set(n.evidence.map(\.document)).sorted())
            for p in nodePropList { row += "," + (n.properties[p].map(q) ?? "") }
            if options.evidence { row += Self.evidenceFields(n.evidence) }
            write("nodes.csv", row + "\n")
        }

        let edges = graph.edgesInIDOrder
        var edgeProps = Set<String>()
        for e in edges { edgeProps.formUnion(e.properties.keys) }
        let edgePropList = edgeProps.sorted()
        header = ":START_ID,:END_ID,:TYPE,id,documents:string[]"
        for p in edgePropList { header += "," + Self.column(p, reserved: Self.edgeColumns) }
        if options.evidence { header += ",evidence:string[],evidence_span:string[]" }
        write("relationships.csv", header + "\n")
        for e in edges {
            var row = q(e.source) + "," + q(e.target) + "," + q(e.relation.rawValue.uppercased()) + "," + q(e.id)
            row += "," + CSVEscaping.quotedArray(Set(e.evidence.map(\.document)).sorted())
            for p in edgePropList { row += "," + (e.properties[p].map(q) ?? "") }
            if options.evidence { row += Self.evidenceFields(e.evidence) }
            write("relationships.csv", row + "\n")
        }
    }

    /// `Person`, `Country` …: the Neo4j label of a kind.
    public static func label(_ kind: NodeKind) -> String {
        kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }

    /// A header name for a property: ASCII letters, digits and `_` kept, any other scalar
    /// as `_xHEX_` (a `:` would start a type, a `,` a new column); a name taken by a fixed
    /// column gets the prefix `p_`.
    static func column(_ property: String, reserved: Set<String>) -> String {
        var out = ""
        for scalar in property.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: out.unicodeScalars.append(scalar)
            default: out += "_x" + String(scalar.value, radix: 16, uppercase: true) + "_"
            }
        }
        if out.isEmpty { out = "_" }
        return reserved.contains(out) ? "p_" + out : out
    }

    static func evidenceFields(_ evidence: [Evidence]) -> String {
        "," + CSVEscaping.quotedArray(evidence.map(\.sentence))
            + "," + CSVEscaping.quotedArray(evidence.map { "\($0.document)#\($0.span)" })
    }
}
