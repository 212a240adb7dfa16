import Foundation

/// Measures CoopGraph on a corpus: each pipeline stage on one core, extraction on every core,
/// and full ingests into fresh stores at 1×, 2×, 4× … the corpus.
///
/// The stage pass reads each file, decodes, hashes, cleans, extracts (once on one core, once
/// more on ``workers`` cores) and writes batches to a temporary store, timing each step; only
/// one batch of documents is held at a time. Each full ingest runs ``IngestPipeline`` as
/// `coopgraph ingest` does, with copies of the file list made distinct documents (see
/// ``IngestSource/variant``), so time should grow linearly and peak memory stay flat.
/// Temporary stores are deleted afterwards; the ingest at ``storePath`` (when given) is kept.
public struct Benchmark: Sendable {
    public var sources: [IngestSource]
    /// Replication factors for the full ingest, e.g. `[1, 2, 4]`.
    public var replicas: [Int]
    /// Where the 1× ingest writes; nil for a temporary store.
    public var storePath: String?
    public var workers: Int
    public var extractor: Extractor
    public var batchSize: Int

    public init(sources: [IngestSource], replicas: [Int] = [1, 2, 4], storePath: String? = nil,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount, extractor: Extractor = Extractor(), batchSize: Int = IngestPipeline.defaultBatchSize) {
        self.sources = sources
        self.replicas = replicas
        self.storePath = storePath
        self.workers = max(1, workers)
        self.extractor = extractor
        self.batchSize = max(1, batchSize)
    }

    /// Runs every measurement; `progress` gets one line per finished phase.
    public func run(progress: (String) -> Void = { _ in }) throws -> BenchmarkReport {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        // Full ingests first, from a small heap, each with its own peak.
        var ingests: [BenchmarkIngest] = []
        var resettable = true
        for (n, factor) in replicas.enumerated() {
            let path = (n == 0 ? storePath : nil) ?? scratch.appendingPathComponent("ingest-\(factor)x.sqlite").path
            let run = try ingest(factor: factor, storePath: path, resettable: &resettable)
            ingests.append(run)
            progress(String(format: "ingest %d×: %d files in %.2f s", factor, run.files, run.seconds))
        }
        let (stages, files, bytes) = try stagePass(store: scratch.appendingPathComponent("stages.sqlite").path)
        progress("stages: \(files) files")
        return BenchmarkReport(machine: .current(), files: files, bytes: bytes, peakMemoryPerPhase: resettable,
                               stages: stages, ingests: ingests)
    }

    func ingest(factor: Int, storePath: String, resettable: inout Bool) throws -> BenchmarkIngest {
        var list: [IngestSource] = []
        list.reserveCapacity(sources.count * factor)
        for copy in 0..<max(1, factor) {
            for s in sources { list.append(IngestSource(displayPath: s.displayPath, absolutePath: s.absolutePath, variant: copy == 0 ? nil : "copy\(copy)")) }
        }
        let store = try GraphStore(path: storePath, access: .write)
        let pipeline = IngestPipeline(extractor: extractor, batchSize: batchSize, workers: workers)
        if !PeakMemory.reset() { resettable = false }
        let cpu = CPUTime.process()
        let start = DispatchTime.now().uptimeNanoseconds
        let summary = try pipeline.run(list, into: store)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return BenchmarkIngest(replicas: factor, files: list.count, bytes: summary.bytes, seconds: seconds,
                               cpuSeconds: CPUTime.process() - cpu, peakMemoryBytes: PeakMemory.bytes(),
                               failed: summary.failures.count, nodes: summary.nodesAfter, edges: summary.edgesAfter)
    }

    /// Wall and CPU seconds accumulated by one stage.
    struct Tally {
        var wall = 0.0
        var cpu = 0.0

        static func + (a: Tally, b: Tally) -> Tally { Tally(wall: a.wall + b.wall, cpu: a.cpu + b.cpu) }
    }

    /// One file after another through every stage, timing each; store writes batched.
    func stagePass(store path: String) throws -> (stages: [BenchmarkStage], files: Int, bytes: Int) {
        let store = try GraphStore(path: path, access: .write)
        let reader = DocumentReader()
        let extractor = self.extractor
        var read = Tally(), decode = Tally(), hash = Tally(), clean = Tally(), extractAll = Tally(), write = Tally()
        var entities = Tally(), entityGraph = Tally(), dates = Tally(), events = Tally()
        var bytes = 0
        var files = 0
        var mark = (wall: DispatchTime.now().uptimeNanoseconds, cpu: CPUTime.thread())
        // Charges the time since the previous lap (wall, and this thread's CPU) to `tally`.
        func lap(_ tally: inout Tally) {
            let now = (wall: DispatchTime.now().uptimeNanoseconds, cpu: CPUTime.thread())
            tally.wall += Double(now.wall - mark.wall) / 1e9
            tally.cpu += now.cpu - mark.cpu
            mark = now
        }
        // As IngestPipeline does for an empty store; the index build at the end is charged to `store`.
        let bulk = try store.beginBulkLoad()
        lap(&write)
        // As IngestPipeline does: one transaction per batch, written a chunk at a time.
        var k = 0
        let chunks = IngestPipeline.chunks(count: sources.count, batchSize: batchSize)
        while k < chunks.count {
            try store.writeTransaction {
                repeat {
                    let chunk = sources[chunks[k].range]
                    k += 1
                    var documents: [(source: IngestSource, document: Document)] = []
                    var ignored = Tally()
                    lap(&ignored)
                    for source in chunk {
                        guard let path = source.absolutePath else { continue }
                        guard let data = FileManager.default.contents(atPath: path) else { lap(&read); continue }
                        lap(&read)
                        guard let decoded = try? TextDecoder().decode(data, path: path) else { lap(&decode); continue }
                        lap(&decode)
                        let digest = SHA256.hexDigest(data)
                        lap(&hash)
                        let document = reader.read(decoded: decoded, path: path, contentHash: digest)
                        lap(&clean)
                        bytes += data.count
                        files += 1
                        documents.append((source, document))
                    }
                    // Extractor.extract step by step, so the report says where extraction spends its time.
                    var graphs: [Graph] = []
                    graphs.reserveCapacity(documents.count)
                    for (_, document) in documents {
                        guard !document.isStub else { graphs.append(Graph()); continue }
                        lap(&ignored)
                        let found = extractor.mentions(in: document)
                        lap(&entities)
                        var graph = extractor.graph(of: found, document: document)
                        lap(&entityGraph)
                        let dated = DateRecognizer().recognize(document: document)
                        lap(&dates)
                        EventRecognizer().apply(to: &graph, document: document, mentions: found, dates: dated)
                        lap(&events)
                        graphs.append(graph)
                    }
                    let slots = ResultSlots<Int>(count: 1)
                    let sink = ResultSlots<Int>(count: documents.count)
                    let docs = documents.map(\.document)
                    let before = CPUTime.process()
                    DispatchQueue.concurrentPerform(iterations: min(workers, max(1, docs.count))) { _ in
                        while let i = slots.claim(below: docs.count) {
                            sink.set(i, docs[i].isStub ? 0 : extractor.extract(docs[i]).nodeCount)
                        }
                    }
                    extractAll.cpu += CPUTime.process() - before
                    var wallOnly = Tally()
                    lap(&wallOnly)
                    extractAll.wall += wallOnly.wall
                    let items = zip(documents, graphs).map { pair, graph in
                        IngestItem(key: pair.source.absolutePath ?? pair.document.path, name: pair.document.id, contentHash: pair.document.contentHash,
                                   metadata: pair.document.metadata, isStub: pair.document.isStub, graph: graph)
                    }
                    lap(&ignored)
                    _ = try store.ingestBatch(items, ingestedAt: "bench")
                    lap(&write)
                } while !chunks[k - 1].endsBatch
            }
            // The commit.
            lap(&write)
        }
        if bulk { try store.finishBulkLoad() }
        lap(&write)
        func stage(_ name: String, _ cores: Int, _ t: Tally) -> BenchmarkStage {
            BenchmarkStage(name: name, cores: cores, seconds: t.wall, cpuSeconds: t.cpu, bytes: bytes)
        }
        let stages = [
            stage("read (file I/O)", 1, read), stage("decode", 1, decode), stage("hash (SHA-256)", 1, hash),
            stage("clean", 1, clean), stage("extract", 1, entities + entityGraph + dates + events),
            stage("extract: entities", 1, entities), stage("extract: entity graph", 1, entityGraph),
            stage("extract: dates", 1, dates), stage("extract: events", 1, events),
            stage("extract", workers, extractAll), stage("store", 1, write),
        ]
        return (stages, files, bytes)
    }
}
