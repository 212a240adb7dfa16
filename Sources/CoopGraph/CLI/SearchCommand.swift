/// `coopgraph search`: entities whose name or alias contains a text.
public enum SearchCommand: Command {
    public static let name = "search"
    public static let abstract = "Find entities whose name or an alias contains TEXT."
    public static let help = """
    Usage: coopgraph search TEXT [--json] [--store PATH]

    Lists ID, kind, name and the matching alias of every node whose canonical name or an
    alias contains TEXT (spacing, case and ·-_ ignored), by kind and name.

    Options:
      --json        JSON instead of a table
      --store PATH  the store file (default: $COOPGRAPH_STORE, else ./coopgraph.sqlite)

    """

    public static func run(_ arguments: [String], io: CommandIO) throws -> Int32 {
        let args = try ArgumentScanner(arguments, spec: .init(flags: ["--json"], options: ["--store"]), command: name)
        let text = try QueryCommandSupport.singleName(args, command: name)
        let store = try GraphStore(path: StoreLocation.path(option: args.value("--store"), io: io), access: .read)
        let hits = try store.snapshot { try store.search(text) }
        if args.flag("--json") {
            io.out(QueryJSON.array(hits.map(\.json)).rendered())
            return 0
        }
        var table = TextTable(headers: ["ID", "KIND", "NAME", "MATCHED ALIAS"])
        for h in hits { table.add([h.id, h.kind, h.name, h.alias ?? "-"]) }
        io.out(table.rendered())
        return 0
    }
}
