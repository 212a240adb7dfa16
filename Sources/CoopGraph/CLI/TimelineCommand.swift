/// `coopgraph timeline`: the dated history of an agreement or an entity.
public enum TimelineCommand: Command {
    public static let name = "timeline"
    public static let abstract = "Show the dated history of an agreement, body, person or country."
    public static let help = """
    Usage: coopgraph timeline NAME [--json | --format text|json|svg] [--store PATH]

    For an agreement: its date, parties and members (with the date they joined when known),
    chair terms (from → to) and the events about it (signings, meetings). For anything else:
    the events it took part in or organised, and its dated memberships, chairs and posts.
    Ordered by date compared as text, so a partial date comes first in its period (2022 before
    2022-06 before 2022-06-15); undated entries come last.

    Options:
      --json        JSON instead of a table (same as --format json)
      --format svg  an SVG picture: year axis, a dot per dated step, a bar per chair term
      --store PATH  the store file (default: $COOPGRAPH_STORE, else ./coopgraph.sqlite)

    """

    public static func run(_ arguments: [String], io: CommandIO) throws -> Int32 {
        let args = try ArgumentScanner(arguments, spec: .init(flags: ["--json"], options: ["--store", "--format"]), command: name)
        let nameArg = try QueryCommandSupport.singleName(args, command: name)
        let store = try GraphStore(path: StoreLocation.path(option: args.value("--store"), io: io), access: .read)
        let (node, entries) = try store.snapshot {
            let node = try store.resolve(nameArg)
            return (node, try store.timeline(node))
        }
        let format = args.flag("--json") ? "json" : try args.choice("--format", allowed: ["text", "json", "svg"], default: "text", command: name)
        if format == "svg" {
            io.out(TimelineSVG.render(title: "\(node.name) (\(node.kind))", entries: entries))
            return 0
        }
        if format == "json" {
            io.out(QueryJSON.object([("id", .string(node.id)), ("kind", .string(node.kind)), ("name", .string(node.name)),
                                     ("entries", .array(entries.map(\.json)))]).rendered())
            return 0
        }
        io.out("\(node.name) (\(node.kind))\n")
        var table = TextTable(headers: ["DATE", "WHAT", "WHO/WHAT", "DETAIL", "DOCUMENT"])
        for e in entries { table.add([e.date ?? "undated", e.what, e.subject, e.detail.isEmpty ? "-" : e.detail, e.document ?? "-"]) }
        io.out(table.rendered())
        return 0
    }
}
