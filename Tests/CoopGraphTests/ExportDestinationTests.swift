import Foundation
import Testing
@testable import CoopGraph

@Suite("ExportDestination")
struct ExportDestinationTests {
    static func tempPath(_ name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-dest-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    @Test("a single-stream format is written to the file, byte for byte what the exporter streams")
    func file() throws {
        let path = try Self.tempPath("g.graphml")
        let written = try ExportDestination.write(ExportFixtures.hostile, with: GraphMLExporter(), options: ExportOptions(evidence: true), to: path)
        #expect(written == [path])
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(data == Data(ExportFixtures.render(GraphMLExporter(), ExportFixtures.hostile, ExportOptions(evidence: true)).utf8))
    }

    @Test("a missing folder is an output error naming the path")
    func missingFolder() throws {
        let path = try Self.tempPath("no/such/folder/g.json")
        #expect(throws: CoopGraphError.self) { try ExportDestination.write(Graph(), with: JSONExporter(), options: ExportOptions(), to: path) }
    }

    @Test("`extract --format F` offers every registered format and writes each to standard output or -o")
    func extractFormats() throws {
        let input = RepoPaths.root.appendingPathComponent("Fixtures/press-releases").path
        let files = try FileManager.default.contentsOfDirectory(atPath: input).sorted().map { input + "/" + $0 }
        #expect(Exporters.formats == ["graphml", "json", "dot", "gexf", "csv"])
        for format in ["graphml", "json", "dot", "gexf"] {
            let io = CommandIO.capture()
            #expect(CoopGraphCLI.run(["extract", "--format", format] + files, io: io) == 0, "\(format): \(io.captured.err)")
            #expect(!io.captured.out.isEmpty)
            let path = try Self.tempPath("g." + format)
            let io2 = CommandIO.capture()
            #expect(CoopGraphCLI.run(["extract", "--format", format, "-o", path] + files, io: io2) == 0)
            #expect(io2.captured.out == "")
            #expect((try? Data(contentsOf: URL(fileURLWithPath: path))) == Data(io.captured.out.utf8))
        }
        let io = CommandIO.capture()
        #expect(CoopGraphCLI.run(["extract", "--format", "csv"] + files, io: io) == CoopGraphCLI.exitUsage)
        #expect(io.captured.err.contains("-o DIR"))
        let dir = try Self.tempPath("csv")
        #expect(CoopGraphCLI.run(["extract", "--format", "csv", "-o", dir] + files, io: CommandIO.capture()) == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == Neo4jCSVExporter.fileNames)
        let bad = CommandIO.capture()
        #expect(CoopGraphCLI.run(["extract", "--format", "xlsx"] + files, io: bad) == CoopGraphCLI.exitUsage)
        #expect(bad.captured.err.contains("graphml, json, dot, gexf, csv"))
    }

    @Test("`extract --yed --evidence` passes the options to the exporter")
    func extractOptions() throws {
        let file = RepoPaths.root.appendingPathComponent("Fixtures/press-releases/000_ac5d94a41a160681.txt").path
        let io = CommandIO.capture()
        #expect(CoopGraphCLI.run(["extract", "--yed", "--evidence", file], io: io) == 0)
        #expect(io.captured.out.contains("yfiles.type=\"nodegraphics\""))
        #expect(io.captured.out.contains("attr.name=\"evidence\""))
    }
}
