/// `coopgraph stats`: counts over the store.
public enum StatsCommand: Command {
    public static let name = "stats"
    public static let abstract = "Count documents, nodes by kind, edges by relation, and the dates covered."
    public static let help = """
    Usage: coopgraph stats [--json] [--store PATH]

    Prints the number of documents (by status: extracted, stub, duplicate), nodes by kind,
    edges by relation, mentions, and the range of publication dates and of event and
    agreement dates.

    Options:
      --json        JSON instead of a table
      --store PATH  the store file (default: $COOPGRAPH_STORE, else ./coopgraph.sqlite)

    """

    public static func run(_ arguments: [String], io: CommandIO) throws -> Int32 {
        let args = try ArgumentScanner(arguments, spec: .init(flags: ["--json"], options: ["--store"]), command: name)
        guard args.positionals.isEmpty else {
            throw CoopGraphError.usage("coopgraph stats: takes no arguments; see `coopgraph help stats`")
        }
        let store = try GraphStore(path: StoreLocation.path(option: args.value("--store"), io: io), access: .read)
        let stats = try store.snapshot { try store.stats() }
        if args.flag("--json") {
            io.out(stats.json.rendered())
            return 0
        }
        var table = TextTable(headers: ["WHAT", "COUNT"])
        table.add(["documents", String(stats.documentCount)])
        for k in stats.documents.keys.sorted() { table.add(["  " + k, String(stats.documents[k] ?? 0)]) }
        table.add(["nodes", String(stats.nodeCount)])
        for k in NodeKind.allCases.map(\.rawValue) where stats.nodesByKind[k] != nil { table.add(["  " + k, String(stats.nodesByKind[k] ?? 0)]) }
        table.add(["edges", String(stats.edgeCount)])
        for k in stats.edgesByRelation.keys.sorted() { table.add(["  " + k, String(stats.edgesByRelation[k] ?? 0)]) }
        table.add(["mentions", String(stats.mentions)])
        var out = table.rendered()
        if let d = stats.documentDates { out += "documents published: \(d.first) … \(d.last)\n" }
        if let d = stats.factDates { out += "events and agreements dated: \(d.first) … \(d.last)\n" }
        io.out(out)
        return 0
    }
}
