import Foundation
import Testing
@testable import CoopGraph

@Suite("Neo4jCSVExporter")
struct Neo4jCSVExporterTests {
    let exporter = Neo4jCSVExporter()

    static func files(_ graph: Graph, _ options: ExportOptions = ExportOptions()) -> [String: String] {
        var files: [String: String] = [:]
        Neo4jCSVExporter().exportFiles(graph, options: options) { files[$0, default: ""] += $1 }
        return files
    }

    @Test("nodes.csv and relationships.csv of the small graph are written byte for byte as recorded")
    func golden() throws {
        let files = Self.files(ExportFixtures.small)
        #expect(files.keys.sorted() == Neo4jCSVExporter.fileNames)
        try RepoPaths.checkGolden("small-csv/nodes.csv", files["nodes.csv"] ?? "")
        try RepoPaths.checkGolden("small-csv/relationships.csv", files["relationships.csv"] ?? "")
    }

    @Test("headers follow neo4j-admin import conventions; labels capitalised, types upper-cased")
    func headers() throws {
        let files = Self.files(ExportFixtures.small, ExportOptions(evidence: true))
        let nodes = try #require(files["nodes.csv"])
        let rels = try #require(files["relationships.csv"])
        #expect(nodes.hasPrefix("id:ID,:LABEL,name,aliases:string[],documents:string[],agreement_kind,date,date_end,date_precision,date_surface,event_type,location,status,title,evidence:string[],evidence_span:string[]\n"))
        #expect(rels.hasPrefix(":START_ID,:END_ID,:TYPE,id,documents:string[],date,from,title,to,evidence:string[],evidence_span:string[]\n"))
        #expect(nodes.contains("\n\"person:이창양\",\"Person\",\"이창양\",\"\",\"\",,,,,,,,,\"장관\",\"\",\"\"\n"))
        #expect(rels.contains("\"country:한국\",\"organization:APEC\",\"CHAIRS\",\"country:한국|chairs|organization:APEC\",\"\",,\"2025\",,\"2025-11\",\"\",\"\"\n"))
        #expect(Neo4jCSVExporter.label(.organization) == "Organization")
    }

    @Test("ExportDestination writes both files into a folder; the one-stream form concatenates them")
    func destination() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-csv-" + UUID().uuidString).path
        let written = try ExportDestination.write(ExportFixtures.small, with: exporter, options: ExportOptions(), to: dir)
        #expect(written.map { ($0 as NSString).lastPathComponent } == Neo4jCSVExporter.fileNames)
        let files = Self.files(ExportFixtures.small)
        for name in Neo4jCSVExporter.fileNames {
            let data = try Data(contentsOf: URL(fileURLWithPath: dir).appendingPathComponent(name))
            #expect(String(decoding: data, as: UTF8.self) == files[name])
        }
        #expect(ExportFixtures.render(exporter, ExportFixtures.small) == (files["nodes.csv"] ?? "") + "\n" + (files["relationships.csv"] ?? ""))
        let file = try External.temporaryFile("x", ext: "txt")
        #expect(throws: CoopGraphError.self) { try ExportDestination.write(ExportFixtures.small, with: exporter, options: ExportOptions(), to: file) }
    }

    @Test("Python's RFC 4180 reader gets hostile names, aliases and evidence back exactly",
          .enabled(if: External.has("python3"), "needs python3"))
    func roundTrip() throws {
        let g = ExportFixtures.hostile
        let files = Self.files(g, ExportOptions(evidence: true))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-csv-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        let script = """
        import sys, csv, json
        csv.field_size_limit(10**8)
        d = sys.argv[1]
        nodes = list(csv.DictReader(open(d + "/nodes.csv", newline="", encoding="utf-8"), strict=True))
        rels = list(csv.DictReader(open(d + "/relationships.csv", newline="", encoding="utf-8"), strict=True))
        print(json.dumps({"nodes": [[r["id:ID"], r[":LABEL"], r["name"], r["aliases:string[]"], r["evidence:string[]"]] for r in nodes],
                          "rels": [[r[":START_ID"], r[":END_ID"], r[":TYPE"], r["note"]] for r in rels]}))
        """
        let (r, json) = try External.python(script, [dir.path])
        let obj = try #require(json as? [String: Any], "\(r.err.prefix(2000))")
        let nodes = try #require(obj["nodes"] as? [[String]])
        #expect(nodes.count == g.nodeCount)
        // Array items keep their text, except that a `;` inside an item is written full-width.
        let item = { (s: String) in s.replacingOccurrences(of: ";", with: "\u{FF1B}") }
        for (n, row) in zip(g.nodes, nodes) {
            #expect(row == [n.id, Neo4jCSVExporter.label(n.kind), n.name, n.sortedAliases.map(item).joined(separator: ";"),
                            n.evidence.map { item($0.sentence) }.joined(separator: ";")])
        }
        let rels = try #require(obj["rels"] as? [[String]])
        #expect(rels == g.edges.map { [$0.source, $0.target, $0.relation.rawValue.uppercased(), $0.properties["note"] ?? ""] })
    }
}
