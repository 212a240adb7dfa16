import Testing
@testable import CoopGraph

@Suite("Graph+ExportOrder")
struct GraphExportOrderTests {
    static let dangling = Graph(nodes: [Node(kind: .country, name: "한국")],
                                edges: [Edge(source: "country:한국", target: "organization:없음", relation: .memberOf)])

    @Test("nodes and edges come in the same order as Graph.nodes and Graph.edges")
    func sameOrder() {
        for g in [ExportFixtures.small, ExportFixtures.hostile] {
            #expect(g.nodesInIDOrder.map(\.id) == g.nodes.map(\.id))
            #expect(g.edgesInIDOrder.map(\.id) == g.edges.map(\.id))
        }
    }

    @Test("an edge to a missing node is not exported, by any exporter")
    func danglingLeftOut() {
        #expect(Self.dangling.edgesInIDOrder.isEmpty)
        for e in Exporters.all {
            #expect(!ExportFixtures.render(e.init(), Self.dangling).contains("없음"), "\(e.format)")
        }
    }

    @Test("so the GraphML of a graph with a dangling edge still validates",
          .enabled(if: External.has("xmllint") && RepoPaths.hasSchemas, "needs xmllint (libxml2-utils) and ../shared/schemas"))
    func danglingValidates() throws {
        let file = try External.temporaryFile(ExportFixtures.render(GraphMLExporter(), Self.dangling), ext: "graphml")
        let r = try External.run("xmllint", ["--nonet", "--noout", "--schema", RepoPaths.schema("graphml/graphml.xsd"), file])
        #expect(r.status == 0, "\(r.err)")
    }
}
