import Testing
@testable import CoopGraph

@Suite("Graph+ExportOrder")
struct GraphExportOrderTests {
    @Test("nodes and edges come in the same order as Graph.nodes and Graph.edges")
    func sameOrder() {
        for g in [ExportFixtures.small, ExportFixtures.hostile] {
            #expect(g.nodesInIDOrder.map(\.id) == g.nodes.map(\.id))
            #expect(g.edgesInIDOrder.map(\.id) == g.edges.map(\.id))
        }
    }
}
