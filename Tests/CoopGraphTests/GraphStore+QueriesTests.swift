import Testing
@testable import CoopGraph

@Suite("GraphStore+Queries")
struct GraphStoreQueriesTests {
    typealias S = StoreTestSupport

    @Test("names resolve by ID, then canonical name, then alias; canonical beats alias")
    func resolve() throws {
        let (store, _) = try S.seededStore()
        #expect(try store.resolve("agreement:핵심광물안보파트너십").name == "핵심광물안보파트너십")
        #expect(try store.resolve("minerals security partnership").id == S.mspID)
        #expect(try store.resolve("우리 나라").id == "country:한국")
        #expect(try store.resolve("라운드테이블").id == S.roundtable)
        var g = Graph()
        g.add(Node(kind: .organization, name: "한국 협회", aliases: ["한국"], evidence: [S.evidence("한국", rule: "t")]))
        _ = try store.ingestBatch([S.item("x.txt", g)], ingestedAt: "2026-01-01T00:00:00Z")
        #expect(try store.resolve("한국").id == "country:한국")
        #expect(throws: CoopGraphError.notFound(name: "")) { _ = try store.resolve("") }
    }

    @Test("date ranges overlap at the precision of each side")
    func overlaps() {
        #expect(GraphStore.overlaps("2022-06", from: "2022-06-15", to: nil))
        #expect(GraphStore.overlaps("2022-06-15", from: "2022-06", to: "2022-06"))
        #expect(GraphStore.overlaps("2022", from: nil, to: "2022-01-01"))
        #expect(!GraphStore.overlaps("2022-05-31", from: "2022-06", to: nil))
        #expect(!GraphStore.overlaps("2023", from: nil, to: "2022-12-31"))
    }

    @Test("negated events are not meetings")
    func negated() throws {
        let (store, _) = try S.seededStore()
        var g = Graph()
        let ev = S.evidence("회담은 열리지 않았다.", rule: "t")
        g.add(Node(kind: .person, name: "강인선", evidence: [ev]))
        g.add(Node(kind: .person, name: "홍길동", evidence: [ev]))
        let cancelled = NodeID.make(kind: .event, name: "취소된 회담", qualifier: "2024-10-01")
        g.add(Node(id: cancelled, kind: .event, name: "취소된 회담", properties: ["date": "2024-10-01", "modality": "negated"], evidence: [ev]))
        g.add(Edge(source: "person:강인선", target: cancelled, relation: .participatedIn, evidence: [ev]))
        g.add(Edge(source: "person:홍길동", target: cancelled, relation: .participatedIn, evidence: [ev]))
        _ = try store.ingestBatch([S.item("n.txt", g)], ingestedAt: "2026-01-01T00:00:00Z")
        #expect(try store.whoMet("person:강인선").map(\.counterpart) == ["외교부", "서울대학교", "김희상", "최장욱"])
        #expect(try store.timeline(try store.resolve("강인선")).count == 1)
    }
}
