import Foundation
import Testing
@testable import CoopGraph

/// `coopgraph bench` as a user calls it: options, usage errors, JSON report.
@Suite("BenchCommand")
struct BenchCommandTests {
    typealias S = StoreTestSupport

    @Test("--json --replicate 1 over the seeds: exit 0, a report of 5 files with one ingest")
    func jsonReport() throws {
        let r = IngestCommandTests.run(["bench", "--json", "--replicate", "1", "--workers", "1", "Fixtures/press-releases"], cwd: S.repoRoot)
        #expect(r.status == 0, "\(r.err)")
        let report = try JSONDecoder().decode(BenchmarkReport.self, from: Data(r.out.utf8))
        #expect(report.files == 5)
        #expect(report.ingests.map(\.replicas) == [1])
        #expect(report.stages.last?.name == "store")
        #expect(report.stages.filter { $0.name == "extract" }.map(\.cores) == [1, 1])
    }

    @Test("bad options are usage errors (exit 64) that say what is expected", arguments: [
        (["bench"], "coopgraph bench: give at least one file or folder; see `coopgraph help bench`"),
        (["bench", "--replicate", "0", "x"], "coopgraph bench: --replicate takes factors from 1 to 64 separated by commas (e.g. 1,2,4), not \"0\""),
        (["bench", "--replicate", "1,a", "x"], "coopgraph bench: --replicate takes factors from 1 to 64 separated by commas (e.g. 1,2,4), not \"1,a\""),
        (["bench", "--workers", "-2", "x"], "coopgraph bench: --workers must be a positive number, not \"-2\""),
    ])
    func usageErrors(arguments: [String], message: String) {
        let r = IngestCommandTests.run(arguments, cwd: S.repoRoot)
        #expect(r.status == CoopGraphCLI.exitUsage)
        #expect(r.err.contains(message), "\(r.err)")
        #expect(r.out == "")
    }

    @Test("a folder with no file to measure fails with exit 1 and says so")
    func nothingToMeasure() throws {
        let folder = try S.temporaryFolder("bench-empty")
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = IngestCommandTests.run(["bench", "--replicate", "1", "."], cwd: folder)
        #expect(r.status == CoopGraphCLI.exitFailure)
        #expect(r.err.contains("no files to measure"), "\(r.err)")
    }
}
