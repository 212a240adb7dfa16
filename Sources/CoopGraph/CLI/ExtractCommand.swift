import Foundation

/// `coopgraph extract`: the graph of just the given documents, written to standard output.
public enum ExtractCommand: Command {
    public static let name = "extract"
    public static let abstract = "Extract the graph of the given press releases and write it to standard output."
    public static let help = """
    Usage: coopgraph extract [--format graphml|json] [--rules DIR] FILE...

    Reads each FILE (plain text, HTML or Markdown; UTF-8, UTF-16 or CP949; `-` for standard
    input), extracts countries, bodies, persons, agreements and events, and writes one merged
    graph to standard output.

    Options:
      --format FORMAT   graphml (default) or json
      --rules DIR       extra gazetteer files (same format as the bundled ones)

    """

    public static func run(_ arguments: [String], io: CommandIO) throws -> Int32 {
        let args = try ArgumentScanner(arguments, spec: .init(options: ["--format", "--rules"]), command: name)
        guard !args.positionals.isEmpty else {
            throw CoopGraphError.usage("coopgraph extract: give at least one FILE; see `coopgraph help extract`")
        }
        let format = try args.choice("--format", allowed: Exporters.formats.isEmpty ? ["graphml", "json"] : Exporters.formats,
                                     default: "graphml", command: name)
        let reader = DocumentReader()
        let extractor = try args.value("--rules").map { try Extractor(rulesDirectory: URL(fileURLWithPath: $0)) } ?? Extractor()
        var graph = Graph()
        var failed = 0
        for path in args.positionals {
            do {
                let doc = path == "-" ? try reader.read(data: io.readInput(), path: "-") : try reader.read(path: path)
                graph.merge(extractor.extract(doc))
            } catch let e as CoopGraphError {
                io.err("coopgraph extract: \(e.description)\n")
                failed += 1
            }
        }
        guard let exporter = Exporters.named(format) else {
            throw CoopGraphError.usage("coopgraph extract: format \(format) is not available")
        }
        exporter.init().export(graph, options: ExportOptions(), write: io.out)
        return failed > 0 ? CoopGraphCLI.exitFailure : 0
    }
}
