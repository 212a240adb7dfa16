import Foundation

/// `coopgraph bench`: throughput, per-stage times, peak memory and scaling on a corpus.
public enum BenchCommand: Command {
    public static let name = "bench"
    public static let abstract = "Measure speed and memory on a corpus (stages, extraction, full ingest, scaling)."
    public static let help = """
    Usage: coopgraph bench [--replicate 1,2,4] [--store PATH] [--workers N] [--json] PATH...

    Measures on the files under PATH (as `ingest` finds them):
      - full ingest into a fresh temporary store, once per replication factor: the file list
        ingested k times, each copy as new documents (time should grow linearly, peak memory
        stay flat): seconds, files/s, MB/s, peak resident memory;
      - each stage on one core, one file after another: read (file I/O), decode, hash (SHA-256),
        clean (format, front matter, HTML, boilerplate, metadata, sentences), extract (and its
        parts: entities, entity graph, dates, events), store; and extraction alone again on N cores.
    MB are 10^6 bytes of the files as stored on disk. Build with `swift build -c release` first:
    debug builds are many times slower.

    Options:
      --replicate LIST  replication factors for the full ingest (default 1,2,4)
      --store PATH      the 1× ingest writes to this store (kept) instead of a temporary one
      --workers N       worker threads (default: active cores)
      --json            the report as JSON instead of tables

    """

    public static func run(_ arguments: [String], io: CommandIO) throws -> Int32 {
        let args = try ArgumentScanner(arguments, spec: .init(flags: ["--json"], options: ["--replicate", "--store", "--workers"]), command: name)
        guard !args.positionals.isEmpty else {
            throw CoopGraphError.usage("coopgraph bench: give at least one file or folder; see `coopgraph help bench`")
        }
        var replicas = [1, 2, 4]
        if let list = args.value("--replicate") {
            let parsed = list.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !parsed.isEmpty, parsed.allSatisfy({ ($0 ?? 0) > 0 && ($0 ?? 0) <= 64 }) else {
                throw CoopGraphError.usage("coopgraph bench: --replicate takes factors from 1 to 64 separated by commas (e.g. 1,2,4), not \"\(list)\"")
            }
            replicas = parsed.compactMap { $0 }
        }
        var workers = ProcessInfo.processInfo.activeProcessorCount
        if let w = args.value("--workers") {
            guard let n = Int(w), n > 0 else {
                throw CoopGraphError.usage("coopgraph bench: --workers must be a positive number, not \"\(w)\"")
            }
            workers = n
        }
        let storePath = args.value("--store").map { $0.hasPrefix("/") ? $0 : (io.currentDirectory as NSString).appendingPathComponent($0) }
        let (sources, failures) = IngestPipeline.sources(for: args.positionals, currentDirectory: io.currentDirectory)
        for f in failures { io.err("coopgraph bench: \(f.path): \(f.reason)\n") }
        guard !sources.isEmpty else {
            throw CoopGraphError.unreadable(path: args.positionals.joined(separator: " "), reason: "no files to measure")
        }
        let benchmark = Benchmark(sources: sources, replicas: replicas, storePath: storePath, workers: workers)
        let report = try benchmark.run { line in if io.isInteractive { io.err(line + "\n") } }
        io.out(args.flag("--json") ? try report.json() : report.text)
        return failures.isEmpty ? 0 : CoopGraphCLI.exitFailure
    }
}
