import Foundation
import Testing
@testable import CoopGraph

@Suite("JSONExporter")
struct JSONExporterTests {
    let exporter = JSONExporter()

    @Test("the small graph is written byte for byte as recorded (plain and with evidence)")
    func golden() throws {
        try RepoPaths.checkGolden("small.json", ExportFixtures.render(exporter, ExportFixtures.small))
        try RepoPaths.checkGolden("small.evidence.json", ExportFixtures.render(exporter, ExportFixtures.small, ExportOptions(evidence: true)))
    }

    @Test("hostile text round-trips exactly through JSONSerialization, control characters included")
    func roundTrip() throws {
        let g = ExportFixtures.hostile
        let text = ExportFixtures.render(exporter, g, ExportOptions(evidence: true))
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let nodes = try #require(obj["nodes"] as? [[String: Any]])
        #expect(nodes.count == g.nodeCount)
        for (n, d) in zip(g.nodes, nodes) {
            #expect(d["id"] as? String == n.id)
            #expect(d["name"] as? String == n.name)
            #expect(d["aliases"] as? [String] == n.sortedAliases)
            #expect(d["title"] as? String == n.properties["title"])
            #expect(d["note x/y(1)"] as? String == n.properties["note x/y(1)"])
            let ev = try #require((d["evidence"] as? [[String: Any]])?.first)
            #expect(ev["sentence"] as? String == n.evidence.first?.sentence)
            #expect(ev["document"] as? String == n.evidence.first?.document)
            #expect(ev["span"] as? [Int] == n.evidence.first.map { [$0.span.lowerBound, $0.span.upperBound] })
        }
        let links = try #require(obj["links"] as? [[String: Any]])
        let edges = try #require(obj["edges"] as? [[String: Any]])
        #expect(links.count == g.edgeCount && edges.count == g.edgeCount)
        #expect(links.map { $0["id"] as? String } == g.edges.map(\.id))
        #expect(edges.map { $0["note"] as? String } == g.edges.map { $0.properties["note"] })
    }

    @Test("a property named like a fixed member is written as p.NAME")
    func reservedProperty() {
        let g = Graph(nodes: [Node(kind: .country, name: "한국", properties: ["id": "x", "kind": "y"])], edges: [])
        let text = ExportFixtures.render(exporter, g)
        #expect(text.contains(#""id": "country:한국", "kind": "country", "name": "한국", "aliases": [], "p.id": "x", "p.kind": "y"}"#))
    }

    @Test("validates against Schemas/graph.schema.json (draft 2020-12)",
          .enabled(if: External.hasPython("jsonschema"), "needs python3 with jsonschema"))
    func schema() throws {
        let script = """
        import sys, json, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2])))]
        print(json.dumps(errors[:5]))
        """
        let schemaPath = RepoPaths.root.appendingPathComponent("Schemas/graph.schema.json").path
        for (g, opts) in [(ExportFixtures.small, ExportOptions()), (ExportFixtures.hostile, ExportOptions(evidence: true)), (Graph(), ExportOptions())] {
            let file = try External.temporaryFile(ExportFixtures.render(exporter, g, opts), ext: "json")
            let (r, json) = try External.python(script, [schemaPath, file])
            #expect(r.status == 0, "\(r.err.prefix(2000))")
            #expect((json as? [String])?.isEmpty == true, "\(r.out)")
        }
        // The schema can fail: a node without a kind is rejected.
        let bad = try External.temporaryFile(#"{"directed": true, "multigraph": true, "graph": {"name": "x", "node_count": 1, "edge_count": 0}, "nodes": [{"id": "a", "name": "a", "aliases": []}], "links": [], "edges": []}"#, ext: "json")
        let (_, json) = try External.python(script, [schemaPath, bad])
        #expect((json as? [String])?.isEmpty == false)
    }

    @Test("NetworkX node_link_graph reads it both by default and with edges=\"links\"",
          .enabled(if: External.hasPython("networkx"), "needs python3 with networkx"))
    func networkx() throws {
        let script = """
        import sys, json, networkx as nx
        data = json.load(open(sys.argv[1]))
        a = nx.node_link_graph(data)
        b = nx.node_link_graph(data, edges="links")
        print(json.dumps({"names": {n: d["name"] for n, d in a.nodes(data=True)}, "edgesA": a.number_of_edges(),
                          "edgesB": b.number_of_edges(), "directed": a.is_directed() and b.is_directed(),
                          "multi": a.is_multigraph()}))
        """
        for g in [ExportFixtures.small, ExportFixtures.hostile] {
            let file = try External.temporaryFile(ExportFixtures.render(exporter, g, ExportOptions(evidence: true)), ext: "json")
            let (r, json) = try External.python(script, [file])
            let obj = try #require(json as? [String: Any], "\(r.err.prefix(2000))")
            #expect(obj["names"] as? [String: String] == Dictionary(uniqueKeysWithValues: g.nodes.map { ($0.id, $0.name) }))
            #expect(obj["edgesA"] as? Int == g.edgeCount)
            #expect(obj["edgesB"] as? Int == g.edgeCount)
            #expect(obj["directed"] as? Bool == true)
            #expect(obj["multi"] as? Bool == true)
        }
    }
}
