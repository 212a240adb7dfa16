import Foundation

/// `coopgraph ingest`: reads press releases into the store, incrementally and idempotently.
public enum IngestCommand: Command {
    public static let name = "ingest"
    public static let abstract = "Add press releases (files or folders) to the graph store."
    public static let help = """
    Usage: coopgraph ingest [--store PATH] [--quiet] [--batch-size N] PATH...

    Reads every file given, and every non-hidden file under every folder given (recursively,
    in name order; `-` reads standard input), extracts its graph and merges it into the store.
    Files whose content the store already holds are skipped; a file whose content changed has
    its earlier facts replaced; a file with the same content as another stored file is recorded
    as its duplicate and not extracted again. Each batch of N files is one transaction: an
    interrupted ingest keeps every batch committed before it.

    Prints a summary (files read, added, replaced, unchanged, stubs, duplicates, failed; node
    and edge totals with their change). Failures are listed on standard error, and make the
    exit status 1. On a terminal, a progress line (files, MB/s, time left) is drawn on standard
    error.

    Options:
      --store PATH      the store file (default: $COOPGRAPH_STORE, else ./coopgraph.sqlite)
      --quiet           no progress line
      --batch-size N    documents per transaction (default 1024)

    """

    public static func run(_ arguments: [String], io: CommandIO) throws -> Int32 {
        let args = try ArgumentScanner(arguments, spec: .init(flags: ["--quiet"], options: ["--store", "--batch-size"]), command: name)
        guard !args.positionals.isEmpty else {
            throw CoopGraphError.usage("coopgraph ingest: give at least one file or folder; see `coopgraph help ingest`")
        }
        var batchSize = IngestPipeline.defaultBatchSize
        if let b = args.value("--batch-size") {
            guard let n = Int(b), n > 0 else {
                throw CoopGraphError.usage("coopgraph ingest: --batch-size must be a positive number, not \"\(b)\"")
            }
            batchSize = n
        }
        // The bundled gazetteers load (a tenth of a second) on another core while this one
        // walks the folders and opens the store; `Extractor()` below waits for them if need be.
        DispatchQueue.global().async { _ = Extractor() }
        let storePath = StoreLocation.path(option: args.value("--store"), io: io)
        let (sources, walkFailures) = IngestPipeline.sources(for: args.positionals, currentDirectory: io.currentDirectory)
        let store = try GraphStore(path: storePath, access: .write)
        let pipeline = IngestPipeline(batchSize: batchSize)
        let showProgress = io.isInteractive && !args.flag("--quiet")
        var summary = try pipeline.run(sources, into: store, input: io.readInput) { p in
            guard showProgress else { return }
            var line = "\r\(p.filesDone)/\(p.filesTotal) files, " + String(format: "%.1f MB/s", p.megabytesPerSecond)
            if let left = p.secondsLeft { line += ", " + String(format: "%.0f s left", left) }
            io.err(line + "   ")
        }
        if showProgress && !sources.isEmpty { io.err("\n") }
        summary.failures = walkFailures + summary.failures
        for f in summary.failures { io.err("coopgraph ingest: \(f.path): \(f.reason)\n") }
        for line in summary.lines { io.out(line + "\n") }
        return summary.failures.isEmpty ? 0 : CoopGraphCLI.exitFailure
    }
}
