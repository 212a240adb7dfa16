import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CoopGraph

/// Reads GraphML back with Foundation's XMLParser: node data and edge data by `attr.name`.
final class GraphMLReadBack: NSObject, XMLParserDelegate {
    var keyNames: [String: String] = [:]
    var nodes: [String: [String: String]] = [:]
    var edges: [[String: String]] = []
    var nodeIDs: [String] = []
    private var current: [String: String]?
    private var isEdge = false
    private var dataKey: String?
    private var text = ""

    static func parse(_ xml: String) -> GraphMLReadBack? {
        let r = GraphMLReadBack()
        let p = XMLParser(data: Data(xml.utf8))
        p.delegate = r
        return p.parse() ? r : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        switch name {
        case "key": if let id = attributes["id"] { keyNames[id] = attributes["attr.name"] ?? id }
        case "node": current = [:]; isEdge = false; nodeIDs.append(attributes["id"] ?? "")
        case "edge": current = ["@source": attributes["source"] ?? "", "@target": attributes["target"] ?? ""]; isEdge = true
        case "data": dataKey = attributes["key"]; text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if dataKey != nil { text += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "data":
            if let k = dataKey { current?[keyNames[k] ?? k] = text }
            dataKey = nil
        case "node":
            if let c = current { nodes[c["nid"] ?? ""] = c }
            current = nil
        case "edge":
            if let c = current { edges.append(c) }
            current = nil
        default: break
        }
    }
}

@Suite("GraphMLExporter")
struct GraphMLExporterTests {
    let exporter = GraphMLExporter()

    @Test("the small graph is written byte for byte as recorded (plain, evidence, yEd)")
    func golden() throws {
        try RepoPaths.checkGolden("small.graphml", ExportFixtures.render(exporter, ExportFixtures.small))
        try RepoPaths.checkGolden("small.evidence.graphml", ExportFixtures.render(exporter, ExportFixtures.small, ExportOptions(evidence: true)))
        try RepoPaths.checkGolden("small.yed.graphml", ExportFixtures.render(exporter, ExportFixtures.small, ExportOptions(yed: true)))
    }

    @Test("output does not depend on insertion order")
    func deterministic() {
        let g = ExportFixtures.small
        let reversed = Graph(nodes: g.nodes.reversed(), edges: g.edges.reversed())
        #expect(ExportFixtures.render(exporter, g, ExportOptions(evidence: true)) == ExportFixtures.render(exporter, reversed, ExportOptions(evidence: true)))
    }

    @Test("FoundationXML reads back names, aliases, titles, dates and edges of the small graph")
    func readBackSmall() throws {
        let r = try #require(GraphMLReadBack.parse(ExportFixtures.render(exporter, ExportFixtures.small)))
        let g = ExportFixtures.small
        #expect(r.nodes.count == g.nodeCount)
        #expect(r.edges.count == g.edgeCount)
        for n in g.nodes {
            let d = try #require(r.nodes[n.id])
            #expect(d["name"] == n.name)
            #expect(d["label"] == n.name)
            #expect(d["kind"] == n.kind.rawValue)
            #expect(d["aliases"] == (n.sortedAliases.isEmpty ? nil : n.sortedAliases.joined(separator: "|")))
            #expect(d["title"] == n.properties["title"])
            #expect(d["date"] == n.properties["date"])
            #expect(d["date_end"] == n.properties["date_end"])
        }
        #expect(r.nodeIDs.contains("institute:KETI.20..28.전자부품연구원.29..2F.old"))
        let chair = try #require(r.edges.first { $0["relation"] == "chairs" })
        #expect(chair["from"] == "2025" && chair["to"] == "2025-11" && chair["eid"] == "country:한국|chairs|organization:APEC")
        #expect(r.keyNames.keys.allSatisfy { $0 != "d3" && $0 != "d7" })
    }

    @Test("hostile text round-trips through XMLParser, less the control characters XML cannot carry")
    func readBackHostile() throws {
        let g = ExportFixtures.hostile
        let xml = ExportFixtures.render(exporter, g, ExportOptions(evidence: true, yed: true))
        let r = try #require(GraphMLReadBack.parse(xml))
        #expect(r.nodes.count == g.nodeCount)
        for n in g.nodes {
            let d = try #require(r.nodes[XMLEscaping.readBack(n.id)])
            #expect(d["name"] == XMLEscaping.readBack(n.name))
            #expect(d["aliases"] == XMLEscaping.readBack(n.sortedAliases.joined(separator: "|")))
            #expect(d["title"] == XMLEscaping.readBack(n.properties["title"] ?? ""))
            #expect(d["note x/y(1)"] == nil)
            #expect(d["note.20.x.2F.y.28.1.29."] == XMLEscaping.readBack(n.properties["note x/y(1)"] ?? ""))
            #expect(d["evidence"] == XMLEscaping.readBack(n.evidence.map(\.sentence).joined(separator: "\n")))
        }
        let control = try #require(g.nodes.first { $0.name.hasPrefix("ctl") })
        #expect(r.nodes[XMLEscaping.readBack(control.id)]?["name"] == "ctlxyz")
    }

    @Test("validates against the GraphML schema (small and hostile graphs, with evidence)",
          .enabled(if: External.has("xmllint") && RepoPaths.hasSchemas, "needs xmllint (libxml2-utils) and ../shared/schemas"))
    func schema() throws {
        for (g, name) in [(ExportFixtures.small, "small"), (ExportFixtures.hostile, "hostile")] {
            let file = try External.temporaryFile(ExportFixtures.render(exporter, g, ExportOptions(evidence: true)), ext: "graphml")
            let r = try External.run("xmllint", ["--nonet", "--noout", "--schema", RepoPaths.schema("graphml/graphml.xsd"), file])
            #expect(r.status == 0, "\(name): \(r.err)")
        }
    }

    @Test("the yEd variant validates against the lax yFiles schema",
          .enabled(if: External.has("xmllint") && RepoPaths.hasSchemas, "needs xmllint (libxml2-utils) and ../shared/schemas"))
    func yedSchema() throws {
        for (g, name) in [(ExportFixtures.small, "small"), (ExportFixtures.hostile, "hostile")] {
            let file = try External.temporaryFile(ExportFixtures.render(exporter, g, ExportOptions(evidence: true, yed: true)), ext: "graphml")
            let r = try External.run("xmllint", ["--nonet", "--noout", "--schema", RepoPaths.schema("graphml/graphml-yfiles-lax.xsd"), file])
            #expect(r.status == 0, "\(name): \(r.err)")
        }
    }

    @Test("NetworkX read_graphml reads the same names, aliases and edges (plain and yEd variants)",
          .enabled(if: External.hasPython("networkx"), "needs python3 with networkx"))
    func networkx() throws {
        let script = """
        import sys, json, networkx as nx
        G = nx.read_graphml(sys.argv[1])
        print(json.dumps({"nodes": {d["nid"]: [d.get("name"), d.get("aliases", ""), d.get("title", "")] for _, d in G.nodes(data=True)},
                          "edges": sorted(d["eid"] for _, _, d in G.edges(data=True)), "directed": G.is_directed()}))
        """
        for g in [ExportFixtures.small, ExportFixtures.hostile] {
            for options in [ExportOptions(evidence: true), ExportOptions(yed: true)] {
                let file = try External.temporaryFile(ExportFixtures.render(exporter, g, options), ext: "graphml")
                let (r, json) = try External.python(script, [file])
                let obj = try #require(json as? [String: Any], "\(r.err)")
                let nodes = try #require(obj["nodes"] as? [String: [String]])
                #expect(obj["directed"] as? Bool == true)
                #expect(nodes.count == g.nodeCount)
                for n in g.nodes {
                    #expect(nodes[XMLEscaping.readBack(n.id)] == [XMLEscaping.readBack(n.name),
                                                                  XMLEscaping.readBack(n.sortedAliases.joined(separator: "|")),
                                                                  XMLEscaping.readBack(n.properties["title"] ?? "")])
                }
                #expect(obj["edges"] as? [String] == g.edges.map { XMLEscaping.readBack($0.id) }.sorted())
            }
        }
    }
}
