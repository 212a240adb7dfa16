import CoopGraph
import Foundation
import Testing

@Suite("export command")
struct ExportCommandTests {
    /// A store holding the five seed releases, in a fresh temporary folder.
    static func seededStore() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = dir.appendingPathComponent("s.sqlite").path
        let io = CommandIO.capture()
        let status = CoopGraphCLI.run(["ingest", RepoPaths.fixtures("press-releases").path, "--store", store, "--quiet"], io: io)
        #expect(status == 0, "\(io.captured.err)")
        return dir
    }

    static func run(_ args: [String]) -> (status: Int32, out: String, err: String) {
        let io = CommandIO.capture()
        let status = CoopGraphCLI.run(args, io: io)
        return (status, io.captured.out, io.captured.err)
    }

    @Test("the same store gives the same bytes, and the store's graph equals extract's graph")
    func deterministicAndFaithful() throws {
        let dir = try Self.seededStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("s.sqlite").path
        let a = Self.run(["export", "--format", "json", "--store", store])
        let b = Self.run(["export", "--format", "json", "--store", store])
        #expect(a.status == 0)
        #expect(a.out == b.out)
        #expect(a.out.contains("\"name\": \"강인선\"") || a.out.contains("\"name\":\"강인선\""))
        let files = try RepoPaths.pressReleases().map(\.path)
        let extracted = Self.run(["extract", "--format", "graphml"] + files)
        let exported = Self.run(["export", "--format", "graphml", "--store", store])
        #expect(extracted.out == exported.out, "a store round trip must not change the graph")
    }

    @Test("--around NAME --depth 1 gives the ego graph of an official")
    func around() throws {
        let dir = try Self.seededStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = Self.run(["export", "--format", "dot", "--around", "강인선", "--store", dir.appendingPathComponent("s.sqlite").path])
        #expect(r.status == 0)
        #expect(r.out.contains("\"person:강인선\" -> \"ministry:외교부\" [label=\"affiliated_with\"];"))
        #expect(!r.out.contains("\"country:일본\" ["))
    }

    @Test("bad options are usage errors (exit 64); csv needs a folder")
    func usage() {
        #expect(Self.run(["export", "--kind", "planet"]).status == 64)
        #expect(Self.run(["export", "--relation", "likes"]).status == 64)
        #expect(Self.run(["export", "--from", "yesterday"]).status == 64)
        #expect(Self.run(["export", "--depth", "-1"]).status == 64)
        let csv = Self.run(["export", "--format", "csv"])
        #expect(csv.status == 64)
        #expect(csv.err.contains("give a folder with -o DIR"))
    }
}
