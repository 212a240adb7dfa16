/// One full ingest of the corpus (or of `replicas` copies of it) into a fresh store.
public struct BenchmarkIngest: Sendable, Hashable, Codable {
    /// How many times the file list was ingested, each copy as distinct documents.
    public var replicas: Int
    public var files: Int
    public var bytes: Int
    /// Wall-clock seconds.
    public var seconds: Double
    /// CPU seconds (user + system) on every thread.
    public var cpuSeconds: Double
    public var filesPerSecond: Double
    public var megabytesPerSecond: Double
    /// Peak resident memory during this ingest (see ``PeakMemory``).
    public var peakMemoryBytes: Int
    public var failed: Int
    public var nodes: Int
    public var edges: Int

    public init(replicas: Int, files: Int, bytes: Int, seconds: Double, cpuSeconds: Double, peakMemoryBytes: Int, failed: Int, nodes: Int, edges: Int) {
        self.replicas = replicas
        self.files = files
        self.bytes = bytes
        self.seconds = seconds
        self.cpuSeconds = cpuSeconds
        self.filesPerSecond = seconds > 0 ? Double(files) / seconds : 0
        self.megabytesPerSecond = seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0
        self.peakMemoryBytes = peakMemoryBytes
        self.failed = failed
        self.nodes = nodes
        self.edges = edges
    }
}
