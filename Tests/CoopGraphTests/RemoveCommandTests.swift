import Foundation
import Testing
@testable import CoopGraph

@Suite("remove command")
struct RemoveCommandTests {
    typealias S = StoreTestSupport
    static func run(_ args: [String], cwd: URL) -> (status: Int32, out: String, err: String) { IngestCommandTests.run(args, cwd: cwd) }

    /// A folder holding copies of two seeds under `a/` and one under `b/`.
    static func folder() throws -> URL {
        let cwd = try S.temporaryFolder("remove-cli")
        let seeds = S.repoRoot.appendingPathComponent("Fixtures/press-releases")
        for (dir, name) in [("a", "000_ac5d94a41a160681.txt"), ("a", "002_3831a9fd0fdb2adc.txt"), ("b", "004_e6ad473aa1b0f41c.txt")] {
            try FileManager.default.createDirectory(at: cwd.appendingPathComponent(dir), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: seeds.appendingPathComponent(name), to: cwd.appendingPathComponent("\(dir)/\(name)"))
        }
        return cwd
    }

    @Test("removing a folder leaves the store equal, export for export, to one that never held it")
    func folderRemoved() throws {
        let cwd = try Self.folder()
        #expect(Self.run(["ingest", "a", "b", "--quiet", "--store", "all.sqlite"], cwd: cwd).status == 0)
        #expect(Self.run(["ingest", "b", "--quiet", "--store", "b.sqlite"], cwd: cwd).status == 0)
        let r = Self.run(["remove", "a", "--store", "all.sqlite"], cwd: cwd)
        #expect(r.status == 0)
        #expect(r.err == "")
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(3)) == ["a/000_ac5d94a41a160681.txt", "a/002_3831a9fd0fdb2adc.txt", "removed 2 documents"])
        #expect(lines.count == 4 && lines[3].hasPrefix("nodes: ") && lines[3].contains(" (-"))
        for format in ["json", "graphml"] {
            let all = Self.run(["export", "--format", format, "--evidence", "--store", "all.sqlite"], cwd: cwd)
            let b = Self.run(["export", "--format", format, "--evidence", "--store", "b.sqlite"], cwd: cwd)
            #expect(all.status == 0 && !all.out.isEmpty)
            #expect(all.out == b.out, "\(format)")
        }
    }

    @Test("--missing removes the documents whose file was deleted; --dry-run only lists them")
    func missing() throws {
        let cwd = try Self.folder()
        #expect(Self.run(["ingest", "a", "b", "--quiet"], cwd: cwd).status == 0)
        try FileManager.default.removeItem(at: cwd.appendingPathComponent("b/004_e6ad473aa1b0f41c.txt"))
        let dry = Self.run(["remove", "--missing", "--dry-run"], cwd: cwd)
        #expect(dry.status == 0)
        #expect(dry.out == "b/004_e6ad473aa1b0f41c.txt\nwould remove 1 document\n")
        let real = Self.run(["remove", "--missing"], cwd: cwd)
        #expect(real.out.hasPrefix("b/004_e6ad473aa1b0f41c.txt\nremoved 1 document\nnodes: "))
        // Paths are relative to the current folder: from b/, `a/…` names b/a/…, which was never stored.
        let outside = Self.run(["remove", "a/000_ac5d94a41a160681.txt", "--dry-run", "--store", "../coopgraph.sqlite"], cwd: cwd.appendingPathComponent("b"))
        #expect(outside.status == 1)
        #expect(outside.err == "coopgraph remove: a/000_ac5d94a41a160681.txt: no stored document at or under this path\n")
        let parent = Self.run(["remove", "../a/000_ac5d94a41a160681.txt", "--dry-run", "--store", "../coopgraph.sqlite"], cwd: cwd.appendingPathComponent("b"))
        #expect(parent.out == (cwd.path as NSString).standardizingPath + "/a/000_ac5d94a41a160681.txt\nwould remove 1 document\n")
        #expect(Self.run(["remove", "--missing"], cwd: cwd).out.hasPrefix("removed 0 documents\nnodes: "))
        #expect(Self.summaryLine(Self.run(["ingest", "a", "b", "--quiet"], cwd: cwd).out) == "read 2 files: 0 added, 0 replaced, 2 unchanged, 0 stubs, 0 duplicates, 0 failed")
    }

    static func summaryLine(_ out: String) -> String { out.split(separator: "\n").first.map(String.init) ?? "" }

    @Test("usage errors exit 64; a path with nothing stored and a missing store exit 1 with a message")
    func errors() throws {
        let cwd = try Self.folder()
        let none = Self.run(["remove"], cwd: cwd)
        #expect(none.status == 64)
        #expect(none.err == "coopgraph remove: give a file or folder, or --missing; see `coopgraph help remove`\n")
        let noStore = Self.run(["remove", "a", "--store", "none.sqlite"], cwd: cwd)
        #expect(noStore.status == 1)
        #expect(noStore.err.hasSuffix("/none.sqlite: no store here; build one with `coopgraph ingest PATH... --store \(cwd.appendingPathComponent("none.sqlite").path)`\n"))
        #expect(!FileManager.default.fileExists(atPath: cwd.appendingPathComponent("none.sqlite").path))
        #expect(Self.run(["ingest", "a", "--quiet"], cwd: cwd).status == 0)
        let partly = Self.run(["remove", "b", "a/000_ac5d94a41a160681.txt"], cwd: cwd)
        #expect(partly.status == 1)
        #expect(partly.err == "coopgraph remove: b: no stored document at or under this path\n")
        #expect(partly.out.contains("removed 1 document\n"))
    }
}
