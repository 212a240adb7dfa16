import Testing
@testable import CoopGraph

@Suite("Exporters")
struct ExportersTests {
    @Test("every format is registered once and found by name")
    func registry() {
        #expect(Exporters.formats == ["graphml", "json", "dot", "gexf", "csv"])
        #expect(Set(Exporters.formats).count == Exporters.all.count)
        for f in Exporters.formats { #expect(Exporters.named(f)?.format == f) }
        #expect(Exporters.named("xlsx") == nil)
    }

    @Test("every exporter writes the same bytes whatever the insertion order, and handles an empty graph")
    func deterministic() {
        let g = ExportFixtures.hostile
        let reversed = Graph(nodes: g.nodes.reversed(), edges: g.edges.reversed())
        for e in Exporters.all {
            let options = ExportOptions(evidence: true, yed: true)
            #expect(ExportFixtures.render(e.init(), g, options) == ExportFixtures.render(e.init(), reversed, options), "\(e.format)")
            #expect(!ExportFixtures.render(e.init(), Graph()).isEmpty, "\(e.format)")
        }
    }
}
