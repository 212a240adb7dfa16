import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CoopGraph

/// Reads GEXF back with Foundation's XMLParser: each node's label and attribute values by title.
final class GEXFReadBack: NSObject, XMLParserDelegate {
    var titles: [String: String] = [:]
    var nodes: [String: [String: String]] = [:]
    private var node: String?

    static func parse(_ xml: String) -> GEXFReadBack? {
        let r = GEXFReadBack()
        let p = XMLParser(data: Data(xml.utf8))
        p.delegate = r
        return p.parse() ? r : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        switch name {
        case "attribute": titles[attributes["id"] ?? ""] = attributes["title"]
        case "node":
            node = attributes["id"]
            if let node { nodes[node] = ["@label": attributes["label"] ?? ""] }
        case "attvalue":
            if let node, let f = attributes["for"], let t = titles[f] { nodes[node]?[t] = attributes["value"] }
        case "edge": node = nil
        default: break
        }
    }
}

@Suite("GEXFExporter")
struct GEXFExporterTests {
    let exporter = GEXFExporter()

    @Test("the small graph is written byte for byte as recorded")
    func golden() throws {
        try RepoPaths.checkGolden("small.gexf", ExportFixtures.render(exporter, ExportFixtures.small))
    }

    @Test("events, agreements and dated edges carry day intervals, start and end always both")
    func intervals() {
        let text = ExportFixtures.render(exporter, ExportFixtures.small)
        #expect(text.contains("label=\"한미 산업협력 회의\" start=\"2023-05-01\" end=\"2023-05-31\""))
        #expect(text.contains("label=\"한미 공급망 MOU\" start=\"2019-01-01\" end=\"2020-06-30\""))
        #expect(text.contains("label=\"chairs\" start=\"2025-01-01\" end=\"2025-11-30\""))
        #expect(text.contains("label=\"member_of\" start=\"1989-11-01\" end=\"1989-11-30\""))
        #expect(text.contains("label=\"party_to\" start=\"2019-01-01\" end=\"2019-12-31\""))
        #expect(!text.contains("schemaLocation"))
    }

    @Test("a property named like a fixed attribute is declared as p.NAME and keeps its value")
    func reservedProperty() throws {
        let g = Graph(nodes: [Node(kind: .country, name: "한국", properties: ["name": "x", "kind": "y"])], edges: [])
        let r = try #require(GEXFReadBack.parse(ExportFixtures.render(exporter, g)))
        #expect(r.nodes["country:한국"] == ["@label": "한국", "kind": "country", "name": "한국", "p.kind": "y", "p.name": "x"])
    }

    @Test("labels are xsd:token: white space collapsed, ends trimmed, control characters dropped")
    func token() {
        #expect(GEXFExporter.token("  a\t\nb  c ") == "a b c")
        #expect(GEXFExporter.token("ctl\u{01}x") == "ctlx")
        #expect(GEXFExporter.token("") == "")
    }

    @Test("hostile text round-trips through XMLParser in attribute values; labels are collapsed tokens")
    func readBackHostile() throws {
        let g = ExportFixtures.hostile
        let r = try #require(GEXFReadBack.parse(ExportFixtures.render(exporter, g, ExportOptions(evidence: true))))
        #expect(r.nodes.count == g.nodeCount)
        for n in g.nodes {
            let d = try #require(r.nodes[XMLEscaping.readBack(n.id)])
            #expect(d["name"] == XMLEscaping.readBack(n.name))
            #expect(d["@label"] == GEXFExporter.token(XMLEscaping.readBack(n.name)))
            #expect(d["aliases"] == XMLEscaping.readBack(n.sortedAliases.joined(separator: "|")))
            #expect(d["title"] == XMLEscaping.readBack(n.properties["title"] ?? ""))
            #expect(d["evidence"] == XMLEscaping.readBack(n.evidence.map(\.sentence).joined(separator: "\n")))
        }
        #expect(r.nodes.values.contains { $0["name"] == "line1\nline2\r\nline3\rline4\ttab" && $0["@label"] == "line1 line2 line3 line4 tab" })
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
