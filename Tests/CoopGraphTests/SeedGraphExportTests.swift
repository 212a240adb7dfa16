import CoopGraph
import Foundation
import Testing

/// The five seed releases, extracted and exported: golden files byte for byte, and every
/// format validated by its consumer's own reader. Re-record with `COOPGRAPH_RECORD=1`.
@Suite("Seed graph exports")
struct SeedGraphExportTests {
    static let graph: Graph = {
        let reader = DocumentReader()
        let extractor = Extractor()
        var g = Graph()
        for url in (try? RepoPaths.pressReleases()) ?? [] {
            if let doc = try? reader.read(path: url.path) { g.merge(extractor.extract(doc)) }
        }
        return g
    }()

    static func render(_ format: String, _ options: ExportOptions = ExportOptions()) -> String {
        guard let exporter = Exporters.named(format) else { return "" }
        var out = ""
        exporter.init().export(graph, options: options) { out += $0 }
        return out
    }

    @Test("the seed graph holds what the answers need: 강인선 at the roundtable, MSP with its chairs")
    func contents() {
        let g = Self.graph
        let roundtable = g.nodes.first { $0.kind == .event && $0.properties["date"] == "2024-09-20" }
        #expect(roundtable != nil)
        if let roundtable {
            #expect(g.edgesByID["person:강인선|participated_in|\(roundtable.id)"] != nil)
        }
        #expect(g.edgesByID["country:한국|chairs|agreement:핵심광물안보파트너십"]?.properties["from"] == "2024-07")
        #expect(g.node("agreement:핵심광물안보파트너십")?.aliases.contains("MSP") == true)
    }

    @Test("every format of the seed graph matches its golden file byte for byte",
          arguments: [("graphml", "seeds.graphml"), ("dot", "seeds.dot"), ("gexf", "seeds.gexf"), ("json", "seeds.json")])
    func golden(format: String, file: String) throws {
        try RepoPaths.checkGolden(file, Self.render(format))
    }

    @Test("the seed graph's GraphML and GEXF validate against their schemas",
          .enabled(if: External.has("xmllint") && RepoPaths.hasSchemas, "needs xmllint (libxml2-utils) and ../shared/schemas"))
    func schemas() throws {
        for (format, schema) in [("graphml", "graphml/graphml.xsd"), ("gexf", "gexf-1.3/gexf.xsd")] {
            let file = try External.temporaryFile(Self.render(format, ExportOptions(evidence: true)), ext: format)
            let r = try External.run("xmllint", ["--nonet", "--noout", "--schema", RepoPaths.schema(schema), file])
            #expect(r.status == 0, "\(format): \(r.err.prefix(500))")
        }
    }

    @Test("Graphviz renders the seed graph with no warning",
          .enabled(if: External.has("dot"), "needs Graphviz dot (package graphviz)"))
    func graphviz() throws {
        let r = try External.run("dot", ["-Tsvg"], input: Data(Self.render("dot").utf8))
        #expect(r.status == 0)
        #expect(r.err == "", "dot warned: \(r.err.prefix(500))")
    }

    @Test("NetworkX reads the seed graph back from GraphML, GEXF and JSON with the same node count",
          .enabled(if: External.hasPython("networkx"), "needs python3 with networkx"))
    func networkx() throws {
        let script = """
        import json, sys, networkx as nx
        a = nx.read_graphml(sys.argv[1]); b = nx.read_gexf(sys.argv[2])
        c = nx.node_link_graph(json.load(open(sys.argv[3], encoding="utf-8")), edges="links")
        print(json.dumps([a.number_of_nodes(), b.number_of_nodes(), c.number_of_nodes()]))
        """
        let files = try ["graphml", "gexf", "json"].map { try External.temporaryFile(Self.render($0), ext: $0) }
        let (r, value) = try External.python(script, files)
        #expect(r.status == 0, "\(r.err.prefix(500))")
        let n = Self.graph.nodeCount
        #expect(value as? [Int] == [n, n, n])
    }
}
