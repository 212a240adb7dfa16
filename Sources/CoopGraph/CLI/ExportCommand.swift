import Foundation

/// `coopgraph export`: the stored graph, or part of it, in a format other tools open.
public enum ExportCommand: Command {
    public static let name = "export"
    public static let abstract = "Export the stored graph (or part of it) as GraphML, DOT, GEXF, JSON or Neo4j CSV."
    public static let help = """
    Usage: coopgraph export [--format FORMAT] [-o PATH] [--kind KIND...] [--relation REL...]
                            [--from DATE] [--to DATE] [--around NAME [--depth N]] [--evidence] [--yed]
                            [--store PATH]

    Writes the graph in the store to standard output (or PATH). The same store gives the same
    bytes.

    Options:
      --format FORMAT   \(Exporters.formats.joined(separator: ", ")) (default graphml);
                        csv is Neo4j import CSV and needs -o DIR (nodes.csv, relationships.csv)
      -o PATH           write to this file (a folder for csv) instead of standard output
      --kind KIND       keep only nodes of this kind (may repeat; `body` = ministry, institute, organization)
      --relation REL    keep only edges of this relation (may repeat): \(Relation.allCases.map(\.rawValue).joined(separator: ", "))
      --from DATE       drop events and agreements before DATE (2024, 2024-09 or 2024-09-20)
      --to DATE         drop events and agreements after DATE
      --around NAME     keep only what lies within --depth edges (default 1) of NAME
      --evidence        add evidence sentences and spans to nodes and edges
      --yed             GraphML only: add yEd shape and label markup
      --store PATH      the store file (default: $COOPGRAPH_STORE, else ./coopgraph.sqlite)

    With --relation, --from/--to or --around, entities left with no relation are dropped.

    """

    public static func run(_ arguments: [String], io: CommandIO) throws -> Int32 {
        let args = try ArgumentScanner(arguments, spec: .init(flags: ["--evidence", "--yed"],
                                                              options: ["--format", "-o", "--kind", "--relation", "--from", "--to", "--around", "--depth", "--store"]),
                                       command: name)
        guard args.positionals.isEmpty else {
            throw CoopGraphError.usage("coopgraph export: unexpected argument \"\(args.positionals[0])\"; see `coopgraph help export`")
        }
        let format = try args.choice("--format", allowed: Exporters.formats, default: "graphml", command: name)
        guard let exporter = Exporters.named(format) else {
            throw CoopGraphError.usage("coopgraph export: format \(format) is not available")
        }
        if exporter is any MultiFileGraphExporter.Type, args.value("-o") == nil {
            throw CoopGraphError.usage("coopgraph export: --format \(format) writes several files; give a folder with -o DIR")
        }
        var filter = try Self.filter(args)
        let store = try GraphStore(path: StoreLocation.path(option: args.value("--store"), io: io), access: .read)
        let graph = try store.snapshot { () throws -> Graph in
            if let around = args.value("--around") { filter.around = try store.resolve(around).id }
            return try store.graph(sentences: args.flag("--evidence"))
        }
        let selected = filter.apply(to: graph)
        let options = ExportOptions(evidence: args.flag("--evidence"), yed: args.flag("--yed"))
        if let out = args.value("-o") {
            let path = out.hasPrefix("/") ? out : (io.currentDirectory as NSString).appendingPathComponent(out)
            try ExportDestination.write(selected, with: exporter.init(), options: options, to: path)
        } else {
            exporter.init().export(selected, options: options, write: io.out)
        }
        return 0
    }

    static func filter(_ args: ArgumentScanner) throws -> GraphFilter {
        var filter = GraphFilter()
        for k in args.values("--kind") {
            if k == "body" {
                filter.kinds = (filter.kinds ?? []).union(NodeKind.allCases.filter(\.isBody))
            } else if let kind = NodeKind(rawValue: k) {
                filter.kinds = (filter.kinds ?? []).union([kind])
            } else {
                throw CoopGraphError.usage("coopgraph export: --kind must be one of \(NodeKind.allCases.map(\.rawValue).joined(separator: ", ")), body; not \"\(k)\"")
            }
        }
        for r in args.values("--relation") {
            guard let relation = Relation(rawValue: r) else {
                throw CoopGraphError.usage("coopgraph export: --relation must be one of \(Relation.allCases.map(\.rawValue).joined(separator: ", ")); not \"\(r)\"")
            }
            filter.relations = (filter.relations ?? []).union([relation])
        }
        for option in ["--from", "--to"] {
            if let d = args.value(option), ISODate.parse(d) == nil {
                throw CoopGraphError.usage("coopgraph export: \(option) needs an ISO date (2024, 2024-09 or 2024-09-20), not \"\(d)\"")
            }
        }
        filter.from = args.value("--from")
        filter.to = args.value("--to")
        if let d = args.value("--depth") {
            guard let depth = Int(d), depth >= 0 else {
                throw CoopGraphError.usage("coopgraph export: --depth needs a whole number 0 or more, not \"\(d)\"")
            }
            filter.depth = depth
        }
        return filter
    }
}
