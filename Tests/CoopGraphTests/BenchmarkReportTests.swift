import Foundation
import Testing
@testable import CoopGraph

@Suite("BenchmarkReport")
struct BenchmarkReportTests {
    static let report = BenchmarkReport(
        machine: BenchmarkMachine(cores: 2, cpuModel: "Test CPU", memoryBytes: 2 * 1_073_741_824),
        files: 10, bytes: 3_000_000, peakMemoryPerPhase: false,
        stages: [BenchmarkStage(name: "clean", cores: 1, seconds: 1.5, cpuSeconds: 1.25, bytes: 3_000_000)],
        ingests: [BenchmarkIngest(replicas: 1, files: 10, bytes: 3_000_000, seconds: 2, cpuSeconds: 3, peakMemoryBytes: 50_000_000,
                                  failed: 0, nodes: 7, edges: 9)])

    @Test("the text form, exactly")
    func text() {
        #expect(Self.report.text == """
        machine: 2 cores, Test CPU, 2.0 GiB
        corpus: 10 files, 3.0 MB

        stages (one file after another; MB/s of corpus bytes per wall second):
        stage  cores  seconds  CPU s  MB/s
        clean  1      1.50     1.25   2.0

        full ingest into a fresh store, 2 workers:
        scale  files  MB   seconds  CPU s  files/s  MB/s  peak MB  failed  nodes  edges
        1×     10     3.0  2.00     3.00   5        1.5   50.0     0       7      9

        (peak memory could not be reset between runs: each figure is the process's peak so far)

        """)
    }

    @Test("the JSON form decodes to the same report")
    func json() throws {
        let json = try Self.report.json()
        #expect(json.hasSuffix("}\n"))
        #expect(try JSONDecoder().decode(BenchmarkReport.self, from: Data(json.utf8)) == Self.report)
    }
}
