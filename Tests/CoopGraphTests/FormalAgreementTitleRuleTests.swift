import CoopGraph
import Testing

@Suite("FormalAgreementTitleRule")
struct FormalAgreementTitleRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("대한민국", .country, "한국"), ("유네스코", .organization, "유네스코"), ("외교부", .ministry, "외교부"),
        ("칠레", .country, "칠레"), ("한국", .country, "한국"),
    ]

    @Test("X 설립에 관한 A와 B 간의 협정: A and B are parties, `X 설립 협정` an alias")
    func formalTitle() {
        let text = "외교부는 3월 5일 파리에서 「국제해양연구센터 설립에 관한 대한민국 정부와 유네스코 간의 협정」에 서명했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-03-05", Self.table)
        let id = "agreement:국제해양연구센터_설립에_관한_대한민국_정부와_유네스코_간의_협정"
        #expect(EventRecognizerTests.ids(r, .agreement) == [id])
        #expect(EventRecognizerTests.sources(r, .partyTo, id) == ["country:한국", "ministry:외교부", "organization:유네스코"])
        #expect(r.nodes.first { $0.id == id }?.aliases == ["국제해양연구센터 설립 협정"])
    }

    @Test("대한민국 with no mention of its own inside the title: Korea is still a party")
    func koreaWithoutMention() {
        let text = "외교부는 2월 2일 「해양연구소 설립에 관한 대한민국 정부와 유네스코 간의 협정」에 서명했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-02-02", [("유네스코", .organization, "유네스코"), ("외교부", .ministry, "외교부")])
        let id = "agreement:해양연구소_설립에_관한_대한민국_정부와_유네스코_간의_협정"
        #expect(EventRecognizerTests.sources(r, .partyTo, id) == ["country:한국", "ministry:외교부", "organization:유네스코"])
        #expect(r.nodes.first { $0.id == id }?.aliases == ["해양연구소 설립 협정"])
    }

    @Test("A와 B 간의 X에 관한 협정 (간 first): the parties alone, no alias")
    func betweenFirst() {
        let text = "외교부는 1월 9일 「대한민국과 칠레 간의 사회보장에 관한 협정」에 서명했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-01-09", Self.table)
        let id = "agreement:대한민국과_칠레_간의_사회보장에_관한_협정"
        #expect(EventRecognizerTests.ids(r, .agreement) == [id])
        #expect(EventRecognizerTests.sources(r, .partyTo, id) == ["country:칠레", "country:한국", "ministry:외교부"])
        #expect(r.nodes.first { $0.id == id }?.aliases == [])
    }

    @Test("an agreement 에 관한 one topic, with no 간: no party beyond the sentence's own")
    func noBetween() {
        let text = "외교부는 5월 2일 칠레와 「해양 협력에 관한 양해각서」를 체결했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-05-02", Self.table)
        #expect(EventRecognizerTests.ids(r, .agreement) == ["agreement:해양_협력에_관한_양해각서"])
        #expect(r.edges.filter { $0.relation == .partyTo }.map(\.source).sorted() == ["country:칠레", "ministry:외교부"])
    }
}
