import Foundation

/// What `coopgraph bench` measured: the machine, per-stage times, and full ingests at each scale.
public struct BenchmarkReport: Sendable, Hashable, Codable {
    public var machine: BenchmarkMachine
    public var files: Int
    public var bytes: Int
    /// False where peak memory cannot be reset between phases (then each figure is the peak so far).
    public var peakMemoryPerPhase: Bool
    /// Stages run one after another over the corpus, each file through all of them, on one core
    /// (and extraction again on every core); store writes in batches like `ingest`.
    public var stages: [BenchmarkStage]
    /// Full ingests (``IngestPipeline`` on every core) into fresh stores, one per replication factor.
    public var ingests: [BenchmarkIngest]

    public init(machine: BenchmarkMachine, files: Int, bytes: Int, peakMemoryPerPhase: Bool,
                stages: [BenchmarkStage], ingests: [BenchmarkIngest]) {
        self.machine = machine
        self.files = files
        self.bytes = bytes
        self.peakMemoryPerPhase = peakMemoryPerPhase
        self.stages = stages
        self.ingests = ingests
    }

    /// The report as readable text: machine, stage table, ingest table.
    public var text: String {
        func f(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }
        func mb(_ bytes: Int) -> String { f(Double(bytes) / 1_000_000, 1) }
        var out = "machine: \(machine.cores) cores, \(machine.cpuModel), \(f(Double(machine.memoryBytes) / 1_073_741_824, 1)) GiB\n"
        out += "corpus: \(files) files, \(mb(bytes)) MB\n\n"
        var stageTable = TextTable(headers: ["stage", "cores", "seconds", "CPU s", "MB/s"])
        for s in stages { stageTable.add([s.name, "\(s.cores)", f(s.seconds), f(s.cpuSeconds), f(s.megabytesPerSecond, 1)]) }
        out += "stages (one file after another; MB/s of corpus bytes per wall second):\n" + stageTable.rendered() + "\n"
        var ingestTable = TextTable(headers: ["scale", "files", "MB", "seconds", "CPU s", "files/s", "MB/s", "peak MB", "failed", "nodes", "edges"])
        for r in ingests {
            ingestTable.add(["\(r.replicas)×", "\(r.files)", mb(r.bytes), f(r.seconds), f(r.cpuSeconds), f(r.filesPerSecond, 0),
                             f(r.megabytesPerSecond, 1), mb(r.peakMemoryBytes), "\(r.failed)", "\(r.nodes)", "\(r.edges)"])
        }
        out += "full ingest into a fresh store, \(machine.cores) workers:\n" + ingestTable.rendered() + "\n"
        if !peakMemoryPerPhase { out += "(peak memory could not be reset between runs: each figure is the process's peak so far)\n" }
        return out
    }

    /// The report as JSON (sorted keys, stable layout) for scripts.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
