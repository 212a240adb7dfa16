import Foundation
import Testing
@testable import CoopGraph

/// `coopgraph extract` over files, folders and standard input.
@Suite("ExtractCommand")
struct ExtractCommandTests {
    typealias S = StoreTestSupport

    static func run(_ args: [String], cwd: URL, input: String = "") -> (status: Int32, out: String, err: String) {
        IngestCommandTests.run(args, cwd: cwd, input: input)
    }

    /// Long enough a body not to be taken for an attachment stub.
    static let release = BadInputTests.release

    static let seeds = S.repoRoot.appendingPathComponent("Fixtures/press-releases")

    @Test("a folder gives the same graph as its files named one by one")
    func folderEqualsFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names.count == 5)
        let folder = Self.run(["extract", "--format", "json", "press-releases"], cwd: Self.seeds.deletingLastPathComponent())
        let files = Self.run(["extract", "--format", "json"] + names, cwd: Self.seeds)
        #expect(folder.status == 0)
        #expect(folder.err == "")
        #expect(folder.out == files.out)
        #expect(folder.out.contains("\"person:강인선\""))
    }

    @Test("a missing path is named with the reason; the other inputs are still extracted; exit 1")
    func missingPath() throws {
        let cwd = try S.temporaryFolder("extract-missing")
        defer { try? FileManager.default.removeItem(at: cwd) }
        try Self.release.write(to: cwd.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let r = Self.run(["extract", "--format", "json", "a.txt", "gone.txt"], cwd: cwd)
        #expect(r.status == 1)
        #expect(r.err == "coopgraph extract: gone.txt: no such file or folder\n")
        #expect(r.out.contains("\"ministry:외교부\""))
    }

    @Test("an empty folder is an error that says so, and nothing is written")
    func emptyFolder() throws {
        let cwd = try S.temporaryFolder("extract-empty")
        defer { try? FileManager.default.removeItem(at: cwd) }
        try FileManager.default.createDirectory(at: cwd.appendingPathComponent("none"), withIntermediateDirectories: true)
        let r = Self.run(["extract", "none"], cwd: cwd)
        #expect(r.status == 1)
        #expect(r.out == "")
        #expect(r.err == "coopgraph extract: no files under none; nothing to extract\n")
    }

    @Test("`-` reads standard input")
    func standardInput() throws {
        let cwd = try S.temporaryFolder("extract-stdin")
        defer { try? FileManager.default.removeItem(at: cwd) }
        let r = Self.run(["extract", "--format", "json", "-"], cwd: cwd, input: Self.release)
        #expect(r.status == 0)
        #expect(r.out.contains("\"country:미국\""))
    }

    @Test("no path at all is a usage error")
    func noPath() throws {
        let r = Self.run(["extract"], cwd: S.repoRoot)
        #expect(r.status == CoopGraphCLI.exitUsage)
        #expect(r.out == "")
        #expect(r.err.contains("give at least one file or folder"))
    }
}
