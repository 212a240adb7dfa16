import Foundation
import Testing
@testable import CoopGraph

/// `Benchmark` on the five bundled seeds: what it counts, which stages it reports, and that
/// its full ingests build the same graph as `ingest` does. Times are not asserted (benchmarks,
/// not timed tests, hold the speed targets); only that they were measured.
@Suite("Benchmark")
struct BenchmarkTests {
    typealias S = StoreTestSupport

    static let seeds = S.repoRoot.appendingPathComponent("Fixtures/press-releases")

    static func seedSources() -> [IngestSource] {
        IngestPipeline.sources(for: [seeds.path], currentDirectory: S.repoRoot.path).sources
    }

    static let stageNames = [
        "read (file I/O)", "decode", "hash (SHA-256)", "clean", "extract",
        "extract: entities", "extract: entity graph", "extract: dates", "extract: events", "extract", "store",
    ]

    @Test("counts every seed file and byte, and names each stage in pipeline order")
    func stagesAndCounts() throws {
        let sources = Self.seedSources()
        #expect(sources.count == 5)
        let report = try Benchmark(sources: sources, replicas: [1], workers: 2).run()
        let bytes = try sources.reduce(0) { sum, s in
            sum + (try FileManager.default.attributesOfItem(atPath: s.absolutePath ?? "")[.size] as? Int ?? 0)
        }
        #expect(report.files == 5)
        #expect(report.bytes == bytes)
        #expect(report.stages.map(\.name) == Self.stageNames)
        #expect(report.stages.map(\.cores) == [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1])
        #expect(report.stages.allSatisfy { $0.cpuSeconds >= 0 && $0.seconds >= 0 })
        // Extraction on one core is the sum of its four parts.
        let whole = report.stages[4], parts = report.stages[5...8]
        #expect(abs(whole.cpuSeconds - parts.reduce(0) { $0 + $1.cpuSeconds }) < 1e-9)
        #expect(abs(whole.seconds - parts.reduce(0) { $0 + $1.seconds }) < 1e-9)
        #expect(whole.cpuSeconds > 0)
    }

    @Test("each replicated ingest reads every copy as new documents and builds the graph `ingest` builds")
    func replicatedIngest() throws {
        let sources = Self.seedSources()
        let report = try Benchmark(sources: sources, replicas: [1, 2], workers: 2).run()
        #expect(report.ingests.map(\.replicas) == [1, 2])
        #expect(report.ingests.map(\.files) == [5, 10])
        #expect(report.ingests[1].bytes == 2 * report.ingests[0].bytes)
        #expect(report.ingests.map(\.failed) == [0, 0])
        #expect(report.ingests.allSatisfy { $0.peakMemoryBytes > 0 })

        let folder = try S.temporaryFolder("bench-ingest")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plain.sqlite").path
        let summary = try IngestPipeline(extractor: Extractor(), batchSize: 64, workers: 2).run(sources, into: try GraphStore(path: path, access: .write))
        // Copies add documents, not entities: nodes and edges merge by ID.
        #expect(report.ingests.map(\.nodes) == [summary.nodesAfter, summary.nodesAfter])
        #expect(report.ingests.map(\.edges) == [summary.edgesAfter, summary.edgesAfter])
        #expect(summary.nodesAfter > 50)
    }

    @Test("keeps the 1× store at the path given, and only that one")
    func keptStore() throws {
        let folder = try S.temporaryFolder("bench-store")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("kept.sqlite").path
        let report = try Benchmark(sources: Self.seedSources(), replicas: [1, 2], storePath: path, workers: 1).run()
        let store = try GraphStore(path: path, access: .read)
        #expect(try store.tableCounts()["documents"] == 5)
        #expect(report.ingests[0].nodes > 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sqlite") } == ["kept.sqlite"])
    }

    @Test("the report's JSON decodes to the same report; its text shows both tables")
    func reportForms() throws {
        let report = try Benchmark(sources: Self.seedSources(), replicas: [1], workers: 1).run()
        let decoded = try JSONDecoder().decode(BenchmarkReport.self, from: Data(try report.json().utf8))
        #expect(decoded == report)
        let text = report.text
        #expect(text.contains("corpus: 5 files, "))
        #expect(text.contains("\nextract: entities  "))
        #expect(text.contains("full ingest into a fresh store, "))
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("1×") && $0.split(separator: " ")[1] == "5" })
    }
}
