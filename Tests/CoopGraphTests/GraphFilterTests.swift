import CoopGraph
import Testing

@Suite("GraphFilter")
struct GraphFilterTests {
    /// 외교부's roundtable (2024-09-20) with 강인선, and MSP (2022-06) with 한국 as a member.
    static let graph: Graph = {
        let event = Node(id: "event:2024-09-20:라운드테이블", kind: .event, name: "라운드테이블", properties: ["date": "2024-09-20"])
        let msp = Node(kind: .agreement, name: "핵심광물안보파트너십", properties: ["date": "2022-06"])
        let kang = Node(kind: .person, name: "강인선", properties: ["title": "2차관"])
        let mofa = Node(kind: .ministry, name: "외교부")
        let korea = Node(kind: .country, name: "한국")
        let lonely = Node(kind: .organization, name: "포스코")
        return Graph(nodes: [event, msp, kang, mofa, korea, lonely], edges: [
            Edge(source: kang.id, target: event.id, relation: .participatedIn),
            Edge(source: mofa.id, target: event.id, relation: .organized),
            Edge(source: kang.id, target: mofa.id, relation: .affiliatedWith),
            Edge(source: korea.id, target: msp.id, relation: .memberOf, properties: ["date": "2022-06"]),
        ])
    }()

    static func ids(_ g: Graph) -> [String] { g.nodes.map(\.id) }

    @Test("no filter returns the graph unchanged")
    func identity() {
        #expect(GraphFilter().apply(to: Self.graph) == Self.graph)
    }

    @Test("kinds keep nodes of those kinds and the edges between them")
    func kinds() {
        let g = GraphFilter(kinds: [.person, .ministry]).apply(to: Self.graph)
        #expect(Self.ids(g) == ["ministry:외교부", "person:강인선"])
        #expect(g.edges.map(\.relation) == [.affiliatedWith])
    }

    @Test("relations keep those edges and drop entities left without one")
    func relations() {
        let g = GraphFilter(relations: [.memberOf]).apply(to: Self.graph)
        #expect(Self.ids(g) == ["agreement:핵심광물안보파트너십", "country:한국"])
    }

    @Test("a date range drops events and agreements outside it, and what only they connected")
    func dates() {
        let g = GraphFilter(from: "2024-01", to: "2024").apply(to: Self.graph)
        #expect(Self.ids(g) == ["event:2024-09-20:라운드테이블", "ministry:외교부", "person:강인선"])
        let june = GraphFilter(from: "2022-06-15", to: "2022-06-30").apply(to: Self.graph)
        // The affiliation is undated, so it survives the range with both its ends.
        #expect(Self.ids(june) == ["agreement:핵심광물안보파트너십", "country:한국", "ministry:외교부", "person:강인선"])
    }

    @Test("around keeps what lies within depth edges of the node")
    func around() {
        #expect(Self.ids(GraphFilter(around: "ministry:외교부", depth: 0).apply(to: Self.graph)) == ["ministry:외교부"])
        #expect(Self.ids(GraphFilter(around: "ministry:외교부", depth: 1).apply(to: Self.graph))
                == ["event:2024-09-20:라운드테이블", "ministry:외교부", "person:강인선"])
        #expect(Self.ids(GraphFilter(around: "country:한국", depth: 5).apply(to: Self.graph))
                == ["agreement:핵심광물안보파트너십", "country:한국"])
    }
}
