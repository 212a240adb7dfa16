import CoopGraph
import Testing

@Suite("BareMeetingNameRule")
struct BareMeetingNameRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("외교부", .ministry, "외교부"), ("한국", .country, "한국"), ("프랑스", .country, "프랑스"), ("독일", .country, "독일"),
        ("유럽연합", .organization, "유럽연합"),
    ]

    @Test("a bare 외교장관회담 of Korea and one country is named after the pair, the bare word an alias")
    func pairNamed() {
        let text = "한국과 프랑스는 6월 20일 파리에서 외교장관회담을 개최했다."
        let r = EventRecognizerTests.run(text: text, date: "2023-06-21", Self.table)
        #expect(EventRecognizerTests.ids(r, .event) == ["event:2023-06-20:한-프랑스_외교장관회담"])
        #expect(r.nodes.first { $0.kind == .event }?.aliases == ["외교장관회담"])
    }

    @Test("three countries, or a body among the sides: the bare name stays")
    func otherSides() {
        let three = "한국과 프랑스, 독일은 6월 20일 파리에서 외교장관회담을 개최했다."
        #expect(EventRecognizerTests.ids(EventRecognizerTests.run(text: three, date: "2023-06-21", Self.table), .event) == ["event:2023-06-20:외교장관회담"])
        let body = "한국과 유럽연합은 6월 20일 외교장관회담을 개최했다."
        #expect(EventRecognizerTests.ids(EventRecognizerTests.run(text: body, date: "2023-06-21", Self.table), .event) == ["event:2023-06-20:외교장관회담"])
    }

    @Test("a word that opens with 한 names its pair already (한불외교장관회담)")
    func pairInWord() {
        let text = "한국과 프랑스는 6월 20일 파리에서 한불외교장관회담을 개최했다."
        let r = EventRecognizerTests.run(text: text, date: "2023-06-21", Self.table)
        #expect(EventRecognizerTests.ids(r, .event) == ["event:2023-06-20:한불외교장관회담"])
    }
}
