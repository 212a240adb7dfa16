import Foundation

/// `coopgraph extract`: the graph of just the given documents, written to standard output.
public enum ExtractCommand: Command {
    public static let name = "extract"
    public static let abstract = "Extract the graph of the given press releases and write it to standard output."
    public static let help = """
    Usage: coopgraph extract [--format FORMAT] [-o PATH] [--evidence] [--yed] [--rules DIR] PATH...

    Reads each PATH (a file of plain text, HTML or Markdown in UTF-8, UTF-16 or CP949; a folder,
    for every file below it as `ingest` finds them; `-` for standard input), extracts countries,
    bodies, persons, agreements and events, and writes one merged graph to standard output (or
    to -o). Nothing is stored: use `ingest` to keep the graph. A file that cannot be read
    (binary, undecodable, missing) is reported on standard error and makes the exit status 1;
    the others are still extracted. When no file could be read, nothing is written.

    Options:
      --format FORMAT   \(Exporters.formats.joined(separator: ", ")) (default graphml);
                        csv is Neo4j import CSV and needs -o DIR (two files)
      -o PATH           write to this file (a folder for csv) instead of standard output
      --evidence        add evidence sentences and spans to nodes and edges
      --yed             GraphML only: add yEd shape and label markup
      --rules DIR       extra gazetteer files (same format as the bundled ones)

    """

    public static func run(_ arguments: [String], io: CommandIO) throws -> Int32 {
        let args = try ArgumentScanner(arguments, spec: .init(flags: ["--evidence", "--yed"], options: ["--format", "--rules", "-o"]), command: name)
        guard !args.positionals.isEmpty else {
            throw CoopGraphError.usage("coopgraph extract: give at least one file or folder; see `coopgraph help extract`")
        }
        let format = try args.choice("--format", allowed: Exporters.formats.isEmpty ? ["graphml", "json"] : Exporters.formats,
                                     default: "graphml", command: name)
        guard let exporter = Exporters.named(format) else {
            throw CoopGraphError.usage("coopgraph extract: format \(format) is not available")
        }
        if exporter is any MultiFileGraphExporter.Type, args.value("-o") == nil {
            throw CoopGraphError.usage("--format \(format) writes several files; give a folder with -o DIR")
        }
        let options = ExportOptions(evidence: args.flag("--evidence"), yed: args.flag("--yed"))
        let reader = DocumentReader()
        let extractor = try args.value("--rules").map { try Extractor(rulesDirectory: URL(fileURLWithPath: $0)) } ?? Extractor()
        var graph = Graph()
        let (sources, missing) = IngestPipeline.sources(for: args.positionals, currentDirectory: io.currentDirectory)
        for failure in missing { io.err("coopgraph extract: \(failure.path): \(failure.reason)\n") }
        if sources.isEmpty && missing.isEmpty {
            io.err("coopgraph extract: no files under \(args.positionals.joined(separator: ", ")); nothing to extract\n")
            return CoopGraphCLI.exitFailure
        }
        var failed = missing.count
        for source in sources {
            let shown = source.displayPath
            do {
                let doc: Document
                if let path = source.absolutePath {
                    doc = try reader.read(path: path)
                } else {
                    doc = try reader.read(data: io.readInput(), path: "-")
                }
                graph.merge(extractor.extract(doc))
            } catch let e as CoopGraphError {
                // Name the file as the user gave it, not as resolved against the working directory.
                let resolved = source.absolutePath ?? "-"
                let message = e.description.hasPrefix(resolved + ": ") ? shown + e.description.dropFirst(resolved.count) : e.description
                io.err("coopgraph extract: \(message)\n")
                failed += 1
            }
        }
        // No input read: write nothing rather than an empty document a pipe would take for a result.
        guard failed < sources.count + missing.count else { return CoopGraphCLI.exitFailure }
        if let out = args.value("-o") {
            let path = out.hasPrefix("/") ? out : (io.currentDirectory as NSString).appendingPathComponent(out)
            try ExportDestination.write(graph, with: exporter.init(), options: options, to: path)
        } else {
            exporter.init().export(graph, options: options, write: io.out)
        }
        return failed > 0 ? CoopGraphCLI.exitFailure : 0
    }
}
