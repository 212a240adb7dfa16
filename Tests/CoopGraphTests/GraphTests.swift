@testable import CoopGraph
import Testing

@Suite("Graph")
struct GraphTests {
    static func ev(_ doc: String, _ lo: Int, _ rule: String = "r", _ sentence: String = "s") -> Evidence {
        Evidence(document: doc, span: SourceRange(lo, lo + 3), sentence: sentence, rule: rule)
    }

    static func node(_ evidence: [Evidence], aliases: Set<String> = [], properties: [String: String] = [:]) -> Node {
        Node(kind: .country, name: "한국", aliases: aliases, properties: properties, evidence: evidence)
    }

    static func places(_ g: Graph) -> [String] {
        (g.node("country:한국")?.evidence ?? []).map { "\($0.document)@\($0.span.lowerBound)/\($0.rule)/\($0.sentence)" }
    }

    @Test("a new node's evidence is sorted and without repeats")
    func newNode() {
        var g = Graph()
        g.add(Self.node([Self.ev("b", 6), Self.ev("a", 9), Self.ev("b", 6), Self.ev("a", 0)]))
        #expect(Self.places(g) == ["a@0/r/s", "a@9/r/s", "b@6/r/s"])
    }

    @Test("a new node's or edge's sorted evidence is kept as it is; sorted with a repeat, the repeat is dropped")
    func newSortedEvidence() {
        var g = Graph()
        let sorted = [Self.ev("a", 0), Self.ev("a", 0, "r", "t"), Self.ev("a", 3, "q"), Self.ev("b", 0)]
        g.add(Self.node(sorted))
        #expect(g.node("country:한국")?.evidence == sorted)
        g.add(Edge(source: "a", target: "b", relation: .partOf, evidence: [Self.ev("a", 0), Self.ev("a", 0), Self.ev("a", 3)]))
        #expect(g.edges.first?.evidence == [Self.ev("a", 0), Self.ev("a", 3)])
        g.add(Edge(source: "a", target: "c", relation: .partOf, evidence: sorted))
        #expect(g.edges.last?.evidence == sorted)
    }

    @Test("evidence further on is appended; repeats are dropped")
    func appendAfter() {
        var g = Graph()
        g.add(Self.node([Self.ev("a", 0), Self.ev("a", 3)]))
        g.add(Self.node([Self.ev("a", 3), Self.ev("b", 0)]))
        #expect(Self.places(g) == ["a@0/r/s", "a@3/r/s", "b@0/r/s"])
    }

    @Test("one document's evidence landing between others' is inserted in its gap")
    func insertIntoGap() {
        var g = Graph()
        g.add(Self.node([Self.ev("a", 0), Self.ev("c", 0)]))
        g.add(Self.node([Self.ev("b", 6), Self.ev("b", 3), Self.ev("b", 3)]))
        g.add(Self.node([Self.ev("0", 0)]))
        #expect(Self.places(g) == ["0@0/r/s", "a@0/r/s", "b@3/r/s", "b@6/r/s", "c@0/r/s"])
    }

    @Test("interleaved evidence is merged in order; an equal item is kept once")
    func interleaved() {
        var g = Graph()
        g.add(Self.node([Self.ev("a", 0), Self.ev("c", 0), Self.ev("e", 0)]))
        g.add(Self.node([Self.ev("d", 0), Self.ev("b", 0), Self.ev("c", 0)]))
        #expect(Self.places(g) == ["a@0/r/s", "b@0/r/s", "c@0/r/s", "d@0/r/s", "e@0/r/s"])
    }

    @Test("ties on document, span and rule are ordered by sentence")
    func sentenceTieBreak() {
        var g = Graph()
        g.add(Self.node([Self.ev("a", 0, "r", "y")]))
        g.add(Self.node([Self.ev("a", 0, "r", "x"), Self.ev("a", 0, "q", "z")]))
        #expect(Self.places(g) == ["a@0/q/z", "a@0/r/x", "a@0/r/y"])
    }

    @Test("merging unions aliases, keeps the first property value and adds new ones")
    func nodeFields() {
        var g = Graph()
        g.add(Self.node([Self.ev("a", 0)], aliases: ["대한민국"], properties: ["en": "Korea"]))
        g.add(Self.node([Self.ev("a", 3)], aliases: ["韓"], properties: ["en": "ROK", "iso": "KR"]))
        let n = g.node("country:한국")
        #expect(n?.aliases == ["대한민국", "韓"])
        #expect(n?.properties == ["en": "Korea", "iso": "KR"])
    }

    @Test("edges merge by ends and relation")
    func edges() {
        var g = Graph()
        g.add(Edge(source: "person:강인선", target: "ministry:외교부", relation: .affiliatedWith, properties: ["title": "2차관"],
                   evidence: [Self.ev("b", 0)]))
        g.add(Edge(source: "person:강인선", target: "ministry:외교부", relation: .affiliatedWith, properties: ["title": "차관", "date": "2024"],
                   evidence: [Self.ev("a", 0), Self.ev("b", 0)]))
        #expect(g.edgeCount == 1)
        #expect(g.edges.first?.properties == ["title": "2차관", "date": "2024"])
        #expect(g.edges.first?.evidence.map(\.document) == ["a", "b"])
    }

    @Test("merging graphs equals adding their nodes and edges one by one")
    func mergeGraphs() {
        let e = Edge(source: "person:강인선", target: "country:한국", relation: .affiliatedWith, evidence: [Self.ev("c", 0)])
        let one = Graph(nodes: [Self.node([Self.ev("c", 0)], aliases: ["韓"]), Node(kind: .ministry, name: "외교부")], edges: [e])
        let two = Graph(nodes: [Self.node([Self.ev("a", 0), Self.ev("d", 0)])],
                        edges: [Edge(source: "person:강인선", target: "country:한국", relation: .affiliatedWith, evidence: [Self.ev("b", 0)])])
        var merged = one
        merged.merge(two)
        var added = one
        for n in two.nodes { added.add(n) }
        for e in two.edges { added.add(e) }
        #expect(merged == added)
        #expect(Self.places(merged) == ["a@0/r/s", "c@0/r/s", "d@0/r/s"])
        #expect(merged.edges.first?.evidence.map(\.document) == ["b", "c"])
        #expect(merged.nodes.map(\.id) == ["country:한국", "ministry:외교부"])
    }

    @Test("a graph of distinct nodes and edges equals adding each: evidence sorted, repeats dropped")
    func distinctNodes() {
        let unsorted = Self.node([Self.ev("b", 6), Self.ev("a", 9), Self.ev("b", 6), Self.ev("a", 0)], aliases: ["대한민국"])
        let sorted = Node(kind: .ministry, name: "외교부", properties: ["country": "한국"], evidence: [Self.ev("a", 0), Self.ev("a", 3)])
        let edge = Edge(source: "ministry:외교부", target: "country:한국", relation: .partOf,
                        evidence: [Self.ev("c", 3), Self.ev("c", 0), Self.ev("c", 3)])
        let built = Graph(distinctNodes: [unsorted, sorted], edges: [(edge.id, edge)])
        var added = Graph()
        added.add(unsorted)
        added.add(sorted)
        added.add(edge)
        #expect(built == added)
        #expect(Self.places(built) == ["a@0/r/s", "a@9/r/s", "b@6/r/s"])
        #expect(built.edges.first?.evidence.map(\.span.lowerBound) == [0, 3])
        #expect(built.node("ministry:외교부")?.evidence.count == 2)
    }
    @Test("an edge's ID is source|relation|target")
    func edgeID() {
        let e = Edge(source: "person:강인선", target: "ministry:외교부", relation: .affiliatedWith)
        #expect(e.id == "person:강인선|affiliated_with|ministry:외교부")
        #expect(Edge(source: "", target: "", relation: .partOf).id == "|part_of|")
    }

    @Test("a canonically equal ID (conjoining jamo) merges into the stored node and edge")
    func canonicalEquivalence() {
        let jamo = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}"  // 한국 as conjoining jamo
        var g = Graph(nodes: [Self.node([Self.ev("a", 0)])], edges: [
            Edge(source: "ministry:외교부", target: "country:한국", relation: .partOf, evidence: [Self.ev("a", 0)]),
        ])
        g.add(Node(id: "country:" + jamo, kind: .country, name: jamo, aliases: ["韓"], evidence: [Self.ev("b", 0)]))
        g.add(Edge(source: "ministry:외교부", target: "country:" + jamo, relation: .partOf, evidence: [Self.ev("b", 0)]))
        #expect(g.nodeCount == 1 && g.edgeCount == 1)
        #expect(Self.places(g) == ["a@0/r/s", "b@0/r/s"])
        #expect(g.node("country:한국")?.aliases == ["韓"])
        #expect(g.edges.first?.evidence.map(\.document) == ["a", "b"])
    }

    @Test("a new edge's evidence is sorted and without repeats; a merged graph's new node is kept as it is")
    func newEdgeAndMergedNode() {
        var g = Graph()
        g.add(Edge(source: "a", target: "b", relation: .partOf, evidence: [Self.ev("b", 0), Self.ev("a", 3), Self.ev("b", 0)]))
        #expect(g.edges.first?.evidence.map(\.document) == ["a", "b"])
        var other = Graph()
        other.add(Node(kind: .ministry, name: "외교부", aliases: ["MOFA"], properties: ["country": "한국"], evidence: [Self.ev("c", 0)]))
        g.merge(other)
        #expect(g.node("ministry:외교부") == other.node("ministry:외교부"))
        #expect(g.nodeCount == 1)
    }
}
