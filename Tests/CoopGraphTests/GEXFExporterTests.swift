import Foundation
import Testing
@testable import CoopGraph

@Suite("GEXFExporter")
struct GEXFExporterTests {
    let exporter = GEXFExporter()

    @Test("the small graph is written byte for byte as recorded")
    func golden() throws {
        try RepoPaths.checkGolden("small.gexf", ExportFixtures.render(exporter, ExportFixtures.small))
    }

    @Test("dates expand to whole days; start and end are always both written")
    func intervals() throws {
        let may = try #require(DayInterval("2023-05"))
        #expect(may == DayInterval(start: "2023-05-01", end: "2023-05-31"))
        #expect(DayInterval("2019") == DayInterval(start: "2019-01-01", end: "2019-12-31"))
        #expect(DayInterval("2024-02") == DayInterval(start: "2024-02-01", end: "2024-02-29"))
        #expect(DayInterval("2023-09-21") == DayInterval(start: "2023-09-21", end: "2023-09-21"))
        #expect(DayInterval("2019", through: "2020-06") == DayInterval(start: "2019-01-01", end: "2020-06-30"))
        #expect(DayInterval("2020", through: "2019") == DayInterval(start: "2020-01-01", end: "2020-12-31"))
        #expect(DayInterval("2023-02-30") == nil)
        #expect(DayInterval("May 2023") == nil)
        let text = ExportFixtures.render(exporter, ExportFixtures.small)
        #expect(text.contains("label=\"한미 산업협력 회의\" start=\"2023-05-01\" end=\"2023-05-31\""))
        #expect(text.contains("label=\"chairs\" start=\"2025-01-01\" end=\"2025-11-30\""))
        #expect(text.contains("label=\"member_of\" start=\"1989-11-01\" end=\"1989-11-30\""))
        #expect(!text.contains("schemaLocation"))
    }

    @Test("labels are xsd:token: white space collapsed, ends trimmed, control characters dropped")
    func token() {
        #expect(GEXFExporter.token("  a\t\nb  c ") == "a b c")
        #expect(GEXFExporter.token("ctl\u{01}x") == "ctlx")
        #expect(GEXFExporter.token("") == "")
    }

    @Test("validates against the GEXF 1.3 schema (small and hostile graphs, with evidence)",
          .enabled(if: External.has("xmllint") && RepoPaths.hasSchemas, "needs xmllint (libxml2-utils) and ../shared/schemas"))
    func schema() throws {
        for (g, name) in [(ExportFixtures.small, "small"), (ExportFixtures.hostile, "hostile")] {
            let file = try External.temporaryFile(ExportFixtures.render(exporter, g, ExportOptions(evidence: true)), ext: "gexf")
            let r = try External.run("xmllint", ["--nonet", "--noout", "--schema", RepoPaths.schema("gexf-1.3/gexf.xsd"), file])
            #expect(r.status == 0, "\(name): \(r.err.prefix(2000))")
        }
    }

    @Test("NetworkX read_gexf reads names, aliases, intervals and edges back",
          .enabled(if: External.hasPython("networkx"), "needs python3 with networkx"))
    func networkx() throws {
        let script = """
        import sys, json, networkx as nx
        G = nx.read_gexf(sys.argv[1], version="1.3")
        print(json.dumps({"nodes": {n: [d.get("name"), d.get("aliases", ""), str(d.get("start")), str(d.get("end"))] for n, d in G.nodes(data=True)},
                          "edges": G.number_of_edges(), "directed": G.is_directed()}))
        """
        for g in [ExportFixtures.small, ExportFixtures.hostile] {
            let file = try External.temporaryFile(ExportFixtures.render(exporter, g, ExportOptions(evidence: true)), ext: "gexf")
            let (r, json) = try External.python(script, [file])
            let obj = try #require(json as? [String: Any], "\(r.err.prefix(2000))")
            let nodes = try #require(obj["nodes"] as? [String: [String]])
            #expect(obj["edges"] as? Int == g.edgeCount)
            #expect(obj["directed"] as? Bool == true)
            #expect(nodes.count == g.nodeCount)
            for n in g.nodes {
                let v = try #require(nodes[XMLEscaping.readBack(n.id)])
                #expect(v[0] == XMLEscaping.readBack(n.name))
                #expect(v[1] == XMLEscaping.readBack(n.sortedAliases.joined(separator: "|")))
                if (n.kind == .event || n.kind == .agreement), let d = n.properties["date"], let iv = DayInterval(d, through: n.properties["date_end"]) {
                    #expect(v[2] == iv.start && v[3] == iv.end)
                } else {
                    #expect(v[2] == "None" && v[3] == "None")
                }
            }
            #expect(nodes["event:한미_산업협력_회의"].map { [$0[2], $0[3]] } == (g.nodeCount == ExportFixtures.small.nodeCount ? ["2023-05-01", "2023-05-31"] : nil))
        }
    }
}
