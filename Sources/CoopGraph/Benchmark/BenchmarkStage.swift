/// Time spent in one stage of the pipeline over the whole corpus, and its throughput.
public struct BenchmarkStage: Sendable, Hashable, Codable {
    /// `read`, `decode`, `hash`, `clean`, `extract` (then its parts: `extract: entities`, `extract: entity graph`,
    /// `extract: dates`, `extract: events`), `extract` again on N cores, `store`.
    public var name: String
    /// Worker threads the stage ran on.
    public var cores: Int
    /// Wall-clock seconds.
    public var seconds: Double
    /// CPU seconds the stage used on its threads (one-core stages; for several cores, the sum).
    public var cpuSeconds: Double
    /// Corpus bytes (the files' size on disk) per second, in MB (10^6 bytes).
    public var megabytesPerSecond: Double

    public init(name: String, cores: Int, seconds: Double, cpuSeconds: Double, bytes: Int) {
        self.name = name
        self.cores = cores
        self.seconds = seconds
        self.cpuSeconds = cpuSeconds
        self.megabytesPerSecond = seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0
    }
}
