import Foundation
import Testing
@testable import CoopGraph

/// Extraction speed over real releases. Needs `../shared/corpus` and `COOPGRAPH_BENCH=1`
/// (it reads thousands of files; run it with `swift test -c release --filter ExtractionThroughput`).
@Suite("ExtractionThroughput")
struct ExtractionThroughputTests {
    static let corpus: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/cooperation")
    static let enabled = ProcessInfo.processInfo.environment["COOPGRAPH_BENCH"] == "1"
        && FileManager.default.fileExists(atPath: corpus.path)

    @Test("mentions(in:) over up to 3,000 corpus releases: at least 10 MB/s in release builds",
          .enabled(if: enabled, "set COOPGRAPH_BENCH=1 and provide ../shared/corpus (skipped otherwise)"))
    func throughput() throws {
        let fm = FileManager.default
        var paths: [String] = []
        if let e = fm.enumerator(atPath: Self.corpus.path) {
            for case let p as String in e where p.hasSuffix(".md") { paths.append(Self.corpus.appendingPathComponent(p).path) }
        }
        paths.sort()
        let reader = DocumentReader()
        let docs = try paths.prefix(3000).map { try reader.read(path: $0) }
        let bytes = docs.reduce(0) { $0 + $1.body.utf8Count }
        // COOPGRAPH_BENCH_RULES=gazetteer,person times a subset of the rules (for profiling).
        var rules = EntityRules.all
        if let only = ProcessInfo.processInfo.environment["COOPGRAPH_BENCH_RULES"] {
            let names = Set(only.split(separator: ",").map(String.init))
            rules = rules.filter { names.contains($0.name) }
        }
        let extractor = Extractor(gazetteer: Extractor.bundled, rules: rules)
        _ = extractor.mentions(in: docs[0])
        // CPU time of this thread, not wall time: the machine may be shared.
        let start = Self.threadCPUSeconds()
        var count = 0
        for d in docs { count += extractor.mentions(in: d).count }
        let seconds = max(Self.threadCPUSeconds() - start, 1e-9)
        let mbPerSecond = Double(bytes) / 1_048_576 / seconds
        // The figure is for the report; the assertions below are what the test checks.
        FileHandle.standardError.write(Data("ExtractionThroughput: \(docs.count) docs, \(bytes) bytes, \(count) mentions, \(String(format: "%.2f", seconds)) s CPU, \(String(format: "%.1f", mbPerSecond)) MB/s\n".utf8))
        #expect(count > docs.count)
        #expect(mbPerSecond >= 10)
    }

    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
