@testable import CoopGraph
import Testing

@Suite("GraphView")
struct GraphViewTests {
    static func view() -> GraphView {
        var g = Graph()
        g.add(Node(id: "b", kind: .institute, name: "한국철강협회", aliases: ["KOSA|철강협회"]))
        g.add(Node(id: "a", kind: .country, name: "한국"))
        g.add(Node(id: "c", kind: .agreement, name: "그린 철강 협력 양해각서 체결"))
        g.add(Edge(source: "a", target: "b", relation: .memberOf))
        return GraphView(g)
    }

    @Test("nodes in ID order, aliases split at |, edges both ways")
    func reads() {
        let v = Self.view()
        #expect(v.ids == ["a", "b", "c"])
        #expect(v.names["b"] == NormalizedName.set("한국철강협회", ["KOSA", "철강협회"]))
        #expect(v.linked("a", "b") && v.linked("b", "a") && !v.linked("a", "c"))
    }

    @Test("find: kind family, first exact match, containment only when asked and at least four code points")
    func find() {
        let v = Self.view()
        #expect(v.find(NormalizedName.set("kosa", []), in: v.ids, kind: "organization", contain: false) == "b")
        #expect(v.find(NormalizedName.set("kosa", []), in: v.ids, kind: "country", contain: false) == nil)
        #expect(v.find(NormalizedName.set("그린 철강 협력 양해각서", []), in: v.ids, kind: nil, contain: false) == nil)
        #expect(v.find(NormalizedName.set("그린 철강 협력 양해각서", []), in: v.ids, kind: nil, contain: true) == "c")
        #expect(v.find(NormalizedName.set("체결", []), in: v.ids, kind: nil, contain: true) == nil)
        #expect(GraphView.kindOK("ministry", "institute") && !GraphView.kindOK("ministry", "country"))
    }
}
