import Foundation

/// Reads and extracts documents on every core and writes them to a store from one writer, in batches.
///
/// Inputs are read, hashed and extracted concurrently in chunks of up to ``chunkSize`` files,
/// up to ``chunksAhead`` chunks ahead of the writer, which writes them in input order; each
/// batch of ``batchSize`` files is one transaction. So output and store contents do not
/// depend on thread timing, and an interrupted ingest leaves the store as of its last
/// committed batch. Files whose content the store already holds (at the same path, or as
/// another document they duplicate) are hashed but not read or extracted again.
public struct IngestPipeline: Sendable {
    public var reader: DocumentReader
    public var extractor: Extractor
    /// Documents per transaction.
    public var batchSize: Int
    /// Concurrent readers/extractors.
    public var workers: Int

    /// Documents per transaction when none is given: a commit rewrites every page the batch
    /// touched (nodes and edges are keyed all over their tables), so the 64 of old made the
    /// writer spend a fifth of its time committing.
    public static let defaultBatchSize = 1024
    /// Files extracted together and handed to the writer at once: small enough that the writer
    /// starts early and memory stays flat, whatever the batch size.
    static let chunkSize = 64
    /// Chunks the extractors may run ahead of the writer. One was too few: the writer and the
    /// extractors took turns waiting for each other at every chunk whenever one of them was
    /// slower for a while (a run of long documents, a commit). Four (256 files, some 50 ms of
    /// writing) is about what a commit followed by a WAL checkpoint (copying up to 64 MB) takes,
    /// and the extractors stopped whenever the writer fell further behind, leaving a core idle;
    /// sixteen absorb that for a few MB of graphs held.
    static let chunksAhead = 16

    public init(reader: DocumentReader = DocumentReader(), extractor: Extractor = Extractor(),
                batchSize: Int = IngestPipeline.defaultBatchSize,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.reader = reader
        self.extractor = extractor
        self.batchSize = max(1, batchSize)
        self.workers = max(1, workers)
    }

    /// Ingests `sources` into `store`; `input` supplies standard input's bytes for `-`.
    public func run(_ sources: [IngestSource], into store: GraphStore, input: () -> Data = { Data() },
                    progress: (IngestProgress) -> Void = { _ in }) throws -> IngestSummary {
        var summary = IngestSummary()
        // Only the tables the summary reports: counting mentions or sentences reads a whole index.
        summary.nodesBefore = try store.rowCount("nodes")
        summary.edgesBefore = try store.rowCount("edges")
        // Into an empty store, lookup indexes are built once at the end instead of row by row.
        let empty = summary.nodesBefore == 0 ? try store.rowCount("documents") == 0 : false
        let bulk = empty ? try store.beginBulkLoad() : false
        var bulkFinished = false
        defer { if bulk && !bulkFinished { try? store.finishBulkLoad() } }
        let known = try store.currentHashes()
        let originals = try store.originalContentHashes()
        let stdinData = sources.contains(.standardInput) ? input() : Data()
        let started = Date()
        var done = 0
        let chunks = Self.chunks(count: sources.count, batchSize: batchSize)
        // A producer extracts chunk after chunk, at most `chunksAhead` ahead of the writer,
        // which takes them in order; `stop` ends it early when the writer fails.
        let ready = ResultSlots<[Result]>(count: chunks.count)
        let produced = DispatchSemaphore(value: 0)
        let room = DispatchSemaphore(value: Self.chunksAhead)
        let stop = ResultSlots<Bool>(count: 1)
        let producer = DispatchGroup()
        if !chunks.isEmpty {
            producer.enter()
            DispatchQueue.global().async { [self] in
                defer { producer.leave() }
                for (k, chunk) in chunks.enumerated() {
                    room.wait()
                    if stop.get(0) == true { return }
                    ready.set(k, prepare(Array(sources[chunk.range]), known: known, originals: originals, stdin: stdinData))
                    produced.signal()
                }
            }
        }
        defer {
            // On a failure, let the producer see `stop` and end before anything is torn down.
            stop.set(0, true)
            for _ in 0..<Self.chunksAhead { room.signal() }
            producer.wait()
        }
        // One formatter for the run: making one costs more than writing a small document.
        let clock = ISO8601DateFormatter()
        var k = 0
        while k < chunks.count {
            try store.writeTransaction {
                repeat {
                    produced.wait()
                    let results = ready.take(k) ?? []
                    room.signal()
                    let chunk = Array(sources[chunks[k].range])
                    try write(chunk, results, into: store, stdin: stdinData, stamp: clock.string(from: Date()), summary: &summary)
                    done += chunk.count
                    progress(IngestProgress(filesDone: done, filesTotal: sources.count, bytesDone: summary.bytes,
                                            elapsed: Date().timeIntervalSince(started)))
                    k += 1
                } while !chunks[k - 1].endsBatch
            }
        }
        if bulk {
            try store.finishBulkLoad()
            bulkFinished = true
        }
        summary.nodesAfter = try store.rowCount("nodes")
        summary.edgesAfter = try store.rowCount("edges")
        return summary
    }

    /// The input split into batches of `batchSize` and each batch into chunks of at most
    /// ``chunkSize``: ranges of source indexes, and whether a chunk is its batch's last.
    static func chunks(count: Int, batchSize: Int) -> [(range: Range<Int>, endsBatch: Bool)] {
        var out: [(range: Range<Int>, endsBatch: Bool)] = []
        for batch in stride(from: 0, to: count, by: batchSize) {
            let end = min(batch + batchSize, count)
            for start in stride(from: batch, to: end, by: chunkSize) {
                let stop = min(start + chunkSize, end)
                out.append((start..<stop, stop == end))
            }
        }
        return out
    }

    /// Writes one chunk's prepared files (inside the caller's transaction) and counts them.
    private func write(_ chunk: [IngestSource], _ results: [Result], into store: GraphStore, stdin: Data,
                       stamp: String, summary: inout IngestSummary) throws {
        var items: [IngestItem] = []
        var itemPaths: [String] = []
        for (source, result) in zip(chunk, results) {
            switch result {
            case .success(let prepared):
                summary.read += 1
                summary.bytes += prepared.bytes
                items.append(prepared.item)
                itemPaths.append(source.displayPath)
            case .failure(let failure):
                summary.failures.append(failure)
            }
        }
        let outcomes = try store.ingestBatch(items, ingestedAt: stamp) { item in
            // Only reached when a pre-skipped file turned out to need its graph after all.
            guard let source = chunk.first(where: { Self.key(of: $0, hash: item.contentHash) == item.key }),
                  case .success(let p)? = prepare([source], known: [:], originals: [], stdin: stdin).first else { return item }
            return p.item
        }
        for (outcome, path) in zip(outcomes, itemPaths) { summary.count(outcome, path: path) }
    }

    struct Prepared: Sendable {
        var item: IngestItem
        var bytes: Int
    }

    enum Result: Sendable {
        case success(Prepared)
        case failure(IngestFailure)
    }

    /// The store identity of a source: its absolute path, or `stdin:` and a hash prefix.
    static func key(of source: IngestSource, hash: String) -> String {
        (source.absolutePath ?? "stdin:" + String(hash.prefix(16))) + (source.variant.map { "#" + $0 } ?? "")
    }

    /// Reads, hashes and extracts a chunk concurrently; results in input order.
    func prepare(_ chunk: [IngestSource], known: [String: String], originals: Set<String>, stdin: Data) -> [Result] {
        let slots = ResultSlots<Result>(count: chunk.count)
        let reader = self.reader
        let extractor = self.extractor
        let next = ResultSlots<Int>(count: 1)
        next.set(0, 0)
        DispatchQueue.concurrentPerform(iterations: min(workers, chunk.count)) { _ in
            while let i = next.claim(below: chunk.count) {
                slots.set(i, Self.prepareOne(chunk[i], known: known, originals: originals, stdin: stdin, reader: reader, extractor: extractor))
            }
        }
        return (0..<chunk.count).map { slots.get($0) ?? .failure(IngestFailure(path: chunk[$0].displayPath, reason: "not processed")) }
    }

    static func prepareOne(_ source: IngestSource, known: [String: String], originals: Set<String>, stdin: Data,
                           reader: DocumentReader, extractor: Extractor) -> Result {
        let data: Data
        if let path = source.absolutePath {
            guard let d = FileManager.default.contents(atPath: path) else {
                return .failure(IngestFailure(path: source.displayPath, reason: "cannot read: no such file or not readable"))
            }
            data = d
        } else {
            data = stdin
        }
        let hash = SHA256.hexDigest(data) + (source.variant.map { "#" + $0 } ?? "")
        let key = key(of: source, hash: hash)
        // Made only when asked for: a read document names itself (`Document.id`), and an
        // NSString path operation per file cost more than its SHA-256.
        func name() -> String { source.absolutePath.map { ($0 as NSString).lastPathComponent } ?? "-" }
        // Unchanged, or a copy of a stored document: the store needs no graph for it.
        if known[key] == hash || originals.contains(hash) {
            return .success(Prepared(item: IngestItem(key: key, name: name(), contentHash: hash, graph: nil), bytes: data.count))
        }
        do {
            let document = try reader.read(data: data, path: source.absolutePath ?? "-", contentHash: hash)
            let graph = document.isStub ? Graph() : extractor.extract(document)
            let item = IngestItem(key: key, name: document.id.isEmpty ? name() : document.id, contentHash: hash,
                                  metadata: document.metadata, isStub: document.isStub, graph: graph)
            return .success(Prepared(item: item, bytes: data.count))
        } catch let e as CoopGraphError {
            // The message is printed after the path the user gave: drop the reader's own copy of it.
            let prefix = (source.absolutePath ?? "-") + ": "
            let reason = e.description.hasPrefix(prefix) ? String(e.description.dropFirst(prefix.count)) : e.description
            return .failure(IngestFailure(path: source.displayPath, reason: reason))
        } catch {
            return .failure(IngestFailure(path: source.displayPath, reason: "\(error)"))
        }
    }
}
