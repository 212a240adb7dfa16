import CoopGraph
import Testing

@Suite("SeparateMeetingsRule")
struct SeparateMeetingsRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("김민수", .person, "김민수"), ("외교부", .ministry, "외교부"), ("독일 외교부", .ministry, "독일 외교부"),
        ("안나 슈미트", .person, "안나 슈미트"), ("클라우스 베버", .person, "클라우스 베버"), ("독일", .country, "독일"),
    ]

    @Test("two persons met 각각: one meeting each, with the subject and the body written before them")
    func each() {
        let text = "김민수 외교부 차관보는 3.5.(화) 독일 외교부 안나 슈미트(Anna Schmidt) 국장 및 클라우스 베버(Klaus Weber) 총국장 대리를 각각 면담하고, 양국 협력에 관해 논의하였다."
        let r = EventRecognizerTests.run(text: text, date: "2024-03-06", Self.table)
        let ids = EventRecognizerTests.ids(r, .event)
        #expect(ids.count == 2)
        let second = "event:2024-03-05:김민수-클라우스_베버_면담"
        #expect(ids.contains(second))
        #expect(EventRecognizerTests.sources(r, .participatedIn, second) == ["ministry:독일_외교부", "ministry:외교부", "person:김민수", "person:클라우스_베버"])
        let first = ids.first { $0 != second } ?? ""
        #expect(EventRecognizerTests.sources(r, .participatedIn, first).contains("person:안나_슈미트"))
        #expect(!EventRecognizerTests.sources(r, .participatedIn, first).contains("person:클라우스_베버"))
    }

    @Test("met together, or one person: no split", arguments: [
        "김민수 차관보는 3.5.(화) 안나 슈미트 국장 및 클라우스 베버 총국장 대리를 함께 면담하였다.",
        "김민수 차관보는 3.5.(화) 안나 슈미트 국장을 각각 면담하였다.",
    ])
    func none(text: String) {
        let r = EventRecognizerTests.run(text: text, date: "2024-03-06", Self.table)
        #expect(!r.nodes.contains { $0.kind == .event && $0.evidence.contains { $0.rule == "event.separate-meetings" } })
    }
}
