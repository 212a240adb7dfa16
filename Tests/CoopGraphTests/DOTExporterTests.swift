import Foundation
import Testing
@testable import CoopGraph

@Suite("DOTExporter")
struct DOTExporterTests {
    let exporter = DOTExporter()

    @Test("the small graph is written byte for byte as recorded")
    func golden() throws {
        try RepoPaths.checkGolden("small.dot", ExportFixtures.render(exporter, ExportFixtures.small))
    }

    @Test("ids that cannot be kept whole get a stable hash, so distinct nodes stay distinct")
    func ids() {
        let long = "person:" + String(repeating: "가", count: 6667)
        #expect(DOTExporter.nodeID("country:한국") == "country:한국")
        #expect(DOTExporter.nodeID(long) != DOTExporter.nodeID(long + "나"))
        #expect(DOTExporter.nodeID("a\u{01}b") != DOTExporter.nodeID("ab"))
        #expect(DOTExporter.nodeID(long).hasSuffix("#" + StableHash.hex(long)))
    }

    @Test("dot -Tsvg accepts the small and hostile graphs with exit 0 and nothing on stderr",
          .enabled(if: External.has("dot"), "needs Graphviz dot (package graphviz)"))
    func graphviz() throws {
        for (g, name) in [(ExportFixtures.small, "small"), (ExportFixtures.hostile, "hostile")] {
            let text = ExportFixtures.render(exporter, g, ExportOptions(evidence: true))
            let r = try External.run("dot", ["-Tsvg"], input: Data(text.utf8))
            #expect(r.status == 0, "\(name)")
            #expect(r.err == "", "\(name): dot warned: \(r.err.prefix(500))")
            #expect(r.out.contains("</svg>"))
        }
    }

    @Test("NetworkX (pydot) reads the nodes back with their labels",
          .enabled(if: External.hasPython("networkx", "pydot"), "needs python3 with networkx and pydot"))
    func networkx() throws {
        // pydot keeps quotes and DOT escapes in values; undo them the way Graphviz reads a label.
        let script = #"""
        import sys, json, re, networkx as nx
        def unq(s):
            s = str(s)
            if len(s) >= 2 and s[0] == '"' and s[-1] == '"':
                s = s[1:-1]
            return re.sub(r'\\(.)', lambda m: '\n' if m.group(1) == 'n' else m.group(1), s, flags=re.S)
        G = nx.nx_pydot.read_dot(sys.argv[1])
        out = {unq(n): unq(d.get("label", "")) for n, d in G.nodes(data=True) if not unq(n).startswith("_legend_")}
        print(json.dumps({"nodes": out, "edges": G.number_of_edges()}))
        """#
        for g in [ExportFixtures.small, ExportFixtures.hostile] {
            let file = try External.temporaryFile(ExportFixtures.render(exporter, g), ext: "dot")
            let (r, json) = try External.python(script, [file])
            let obj = try #require(json as? [String: Any], "\(r.err.prefix(2000))")
            let nodes = try #require(obj["nodes"] as? [String: String])
            #expect(obj["edges"] as? Int == g.edgeCount)
            #expect(nodes.count == g.nodeCount)
            for n in g.nodes {
                #expect(nodes[DOTExporter.nodeID(n.id)] == DOTEscaping.labelText(n.name), "\(n.id.prefix(40))")
            }
        }
    }
}
