import CoopGraph
import Testing

@Suite("CountedSigningRule")
struct CountedSigningRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("해양수산부", .ministry, "해양수산부"), ("칠레", .country, "칠레"), ("페루", .country, "페루"),
    ]

    @Test("N건의 양해각서를 체결: a signing event of that day with the subject and the counterparts")
    func counted() {
        let text = "해양수산부는 4일 칠레 및 페루와 수산 분야 2건의 양해각서를 각각 체결했다고 밝혔다."
        let r = EventRecognizerTests.run(text: text, date: "2025-03-04", Self.table)
        let id = "event:2025-03-04:양해각서_체결"
        #expect(EventRecognizerTests.ids(r, .event) == [id])
        #expect(EventRecognizerTests.sources(r, .participatedIn, id) == ["country:페루", "ministry:해양수산부"])
        #expect(r.nodes.first { $0.id == id }?.properties["event_type"] == "signing")
    }

    @Test("no day, a plan, or no 건의 before the word: no event")
    func refused() {
        let noDay = "해양수산부는 칠레와 2건의 양해각서를 체결했다."
        #expect(EventRecognizerTests.ids(EventRecognizerTests.run(text: noDay, date: "2025-03-04", Self.table), .event) == [])
        let planned = "해양수산부는 4일 칠레와 2건의 양해각서를 체결할 예정이다."
        #expect(EventRecognizerTests.ids(EventRecognizerTests.run(text: planned, date: "2025-03-04", Self.table), .event) == [])
        let notCounted = "해양수산부는 4일 칠레와 수산 분야 문서를 검토했다."
        #expect(EventRecognizerTests.ids(EventRecognizerTests.run(text: notCounted, date: "2025-03-04", Self.table), .event) == [])
    }
}
