/// `coopgraph show`: everything the store knows about one entity.
public enum ShowCommand: Command {
    public static let name = "show"
    public static let abstract = "Show an entity: kind, name, aliases, properties, relations and mentions."
    public static let help = """
    Usage: coopgraph show NAME [--json] [--store PATH]

    Prints the entity's ID, kind, canonical name, aliases and properties, then each relation
    (→ outgoing, ← incoming) with the other end and the relation's properties, then every
    mention: document, byte span, rule and sentence.

    Options:
      --json        JSON instead of text
      --store PATH  the store file (default: $COOPGRAPH_STORE, else ./coopgraph.sqlite)

    """

    public static func run(_ arguments: [String], io: CommandIO) throws -> Int32 {
        let args = try ArgumentScanner(arguments, spec: .init(flags: ["--json"], options: ["--store"]), command: name)
        let nameArg = try QueryCommandSupport.singleName(args, command: name)
        let store = try GraphStore(path: StoreLocation.path(option: args.value("--store"), io: io), access: .read)
        let report = try store.snapshot { try store.report(try store.resolve(nameArg)) }
        if args.flag("--json") {
            io.out(report.json.rendered())
            return 0
        }
        let n = report.node
        var out = "\(n.name) (\(n.kind))\n"
        out += "id: \(n.id)\n"
        out += "aliases: \(n.aliases.isEmpty ? "-" : n.aliases.joined(separator: ", "))\n"
        for key in n.properties.keys.sorted() { out += "\(key): \(n.properties[key] ?? "")\n" }
        out += "\nrelations:\n"
        var relations = TextTable(headers: ["", "RELATION", "OTHER", "KIND", "PROPERTIES"])
        for r in report.relations {
            let props = r.properties.keys.sorted().map { "\($0)=\(r.properties[$0] ?? "")" }.joined(separator: " ")
            relations.add([r.outgoing ? "→" : "←", r.relation, r.other, r.otherKind, props.isEmpty ? "-" : props])
        }
        out += report.relations.isEmpty ? "  none\n" : relations.rendered()
        out += "\nmentions:\n"
        var mentions = TextTable(headers: ["DOCUMENT", "SPAN", "RULE", "SENTENCE"])
        for m in report.mentions {
            let span = m.spanStart.map { s in "\(s)..<\(m.spanEnd ?? s)" } ?? "-"
            mentions.add([m.document, span, m.rule, m.sentence ?? "-"])
        }
        out += report.mentions.isEmpty ? "  none\n" : mentions.rendered()
        io.out(out)
        return 0
    }
}
