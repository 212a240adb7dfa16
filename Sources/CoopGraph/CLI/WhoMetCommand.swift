/// `coopgraph who-met`: everyone who took part in an event together with an entity.
public enum WhoMetCommand: Command {
    public static let name = "who-met"
    public static let abstract = "List who took part in events together with a person, body or country."
    public static let help = """
    Usage: coopgraph who-met NAME [--from DATE] [--to DATE] [--kind KIND] [--json] [--store PATH]

    For every event NAME took part in or organised, lists each other participant or
    organiser: counterpart, kind, event date, event, place, document and the sentence that
    shows it. Persons, bodies and countries alike. NAME is a canonical name, an alias or an
    ID (`person:강인선`); spacing, case and ·-_ are ignored. Events marked as not having
    happened are left out.

    Options:
      --from DATE   only events whose date (2024, 2024-09 or 2024-09-20) is not before DATE
      --to DATE     only events whose date is not after DATE (undated events are then left out)
      --kind KIND   only counterparts of this kind (country, ministry, institute, organization,
                    person, agreement, event, or `body` for the three kinds of body); may repeat
      --json        JSON instead of a table
      --store PATH  the store file (default: $COOPGRAPH_STORE, else ./coopgraph.sqlite)

    """

    public static func run(_ arguments: [String], io: CommandIO) throws -> Int32 {
        let args = try ArgumentScanner(arguments, spec: .init(flags: ["--json"], options: ["--from", "--to", "--kind", "--store"]), command: name)
        let nameArg = try QueryCommandSupport.singleName(args, command: name)
        for option in ["--from", "--to"] {
            if let d = args.value(option), ISODate.parse(d) == nil {
                throw CoopGraphError.usage("coopgraph who-met: \(option) needs an ISO date (2024, 2024-09 or 2024-09-20), not \"\(d)\"")
            }
        }
        var kinds: Set<String>?
        for k in args.values("--kind") {
            if k == "body" {
                kinds = (kinds ?? []).union(NodeKind.allCases.filter(\.isBody).map(\.rawValue))
            } else if NodeKind(rawValue: k) != nil {
                kinds = (kinds ?? []).union([k])
            } else {
                throw CoopGraphError.usage("coopgraph who-met: --kind must be one of \(NodeKind.allCases.map(\.rawValue).joined(separator: ", ")), body; not \"\(k)\"")
            }
        }
        let store = try GraphStore(path: StoreLocation.path(option: args.value("--store"), io: io), access: .read)
        let rows = try store.snapshot {
            let node = try store.resolve(nameArg)
            return try store.whoMet(node.id, from: args.value("--from"), to: args.value("--to"), kinds: kinds)
        }
        if args.flag("--json") {
            io.out(QueryJSON.array(rows.map(\.json)).rendered())
            return 0
        }
        var table = TextTable(headers: ["COUNTERPART", "KIND", "DATE", "EVENT", "PLACE", "DOCUMENT", "EVIDENCE"])
        for r in rows {
            table.add([r.counterpart, r.kind, r.date ?? "-", r.event, r.place ?? "-", r.document ?? "-", r.sentence ?? "-"])
        }
        io.out(table.rendered())
        return 0
    }
}
