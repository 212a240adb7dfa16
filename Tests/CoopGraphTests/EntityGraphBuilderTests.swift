import Testing
@testable import CoopGraph

@Suite("EntityGraphBuilder")
struct EntityGraphBuilderTests {
    static func ev(_ lo: Int, rule: String = "r") -> Evidence {
        Evidence(document: "d", span: SourceRange(lo, lo + 3), sentence: "s", rule: rule)
    }

    @Test("one node per kind and canonical name, with every mention's evidence, aliases and surfaces")
    func nodes() {
        var b = EntityGraphBuilder(expected: 4, date: "2023-05-01")
        b.add(Mention(range: SourceRange(0, 3), kind: .country, canonical: "미국", surface: "미", aliases: ["미국", "USA"], rule: "g"), evidence: Self.ev(0))
        b.add(Mention(range: SourceRange(5, 8), kind: .country, canonical: "미국", surface: "미국", rule: "g"), evidence: Self.ev(5))
        b.add(Mention(range: SourceRange(9, 12), kind: .organization, canonical: "미국", surface: "미국", rule: "g"), evidence: Self.ev(9))
        #expect(b.nodes.map(\.id) == ["country:미국", "organization:미국"])
        #expect(b.nodes[0].aliases == ["USA", "미"])
        #expect(b.nodes[0].evidence == [Self.ev(0), Self.ev(5)])
        #expect(b.nodes[1].aliases.isEmpty)
        #expect(b.edges.isEmpty)
    }

    @Test("a person's affiliation and a foreign ministry's country become edges, merged by ID")
    func edges() {
        var b = EntityGraphBuilder(expected: 4, date: "2023-05-01")
        let person = Mention(range: SourceRange(0, 3), kind: .person, canonical: "홍길동", surface: "홍길동",
                             properties: ["title": "장관", "affiliation": "외교부", "affiliation_kind": "ministry"], rule: "p")
        b.add(person, evidence: Self.ev(0))
        b.add(person, evidence: Self.ev(10))
        b.add(Mention(range: SourceRange(20, 23), kind: .ministry, canonical: "일본 외무성", surface: "일본 외무성",
                      properties: ["country": "일본"], rule: "m"), evidence: Self.ev(20))
        #expect(b.nodes.map(\.id) == ["person:홍길동", "ministry:외교부", "ministry:일본_외무성", "country:일본"])
        #expect(b.nodes[0].properties == ["title": "장관"])
        #expect(b.nodes[1].evidence == [Self.ev(0)])
        #expect(b.edges.map(\.id) == ["person:홍길동|affiliated_with|ministry:외교부", "ministry:일본_외무성|part_of|country:일본"])
        #expect(b.edges[0].properties == ["title": "장관", "date": "2023-05-01"])
        #expect(b.edges[0].evidence == [Self.ev(0), Self.ev(10)])
    }

    @Test("its graph equals adding every node and edge to an empty graph, and finds them by ID")
    func graph() {
        var b = EntityGraphBuilder(expected: 2, date: nil)
        let person = Mention(range: SourceRange(0, 3), kind: .person, canonical: "홍길동", surface: "홍 장관",
                             properties: ["title": "장관", "affiliation": "외교부", "affiliation_kind": "ministry"], rule: "p")
        b.add(person, evidence: Self.ev(10))
        b.add(person, evidence: Self.ev(0))
        b.add(Mention(range: SourceRange(20, 23), kind: .country, canonical: "일본", surface: "일본", rule: "g"), evidence: Self.ev(20))
        let g = b.graph
        var added = Graph()
        for n in b.nodes { added.add(n) }
        for e in b.edges { added.add(e) }
        #expect(g == added)
        #expect(g.nodes.map(\.id) == ["country:일본", "ministry:외교부", "person:홍길동"])
        #expect(g.node("person:홍길동")?.evidence == [Self.ev(0), Self.ev(10)])
        #expect(g.edgesByID["person:홍길동|affiliated_with|ministry:외교부"]?.evidence == [Self.ev(0), Self.ev(10)])
        #expect(g.node("country:미국") == nil)
    }
}
