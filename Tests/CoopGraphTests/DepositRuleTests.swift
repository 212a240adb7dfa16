import CoopGraph
import Testing

@Suite("DepositRule")
struct DepositRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("유엔", .organization, "국제연합"), ("우리나라", .country, "한국"), ("세계무역기구(WTO)", .organization, "세계무역기구"),
    ]

    static func deposits(_ r: (nodes: [Node], edges: [Edge])) -> [String] {
        r.nodes.filter { $0.kind == .event && $0.evidence.contains { $0.rule == "event.deposit" } }.map(\.id)
    }

    @Test("the government deposits an instrument of ratification of a quoted treaty with a body on a day: one event, with both")
    func deposit() {
        let text = "□ 정부는 ’24.3.18(월) 유엔에 「해양생물다양성 보전 협정」 비준서**를 기탁하였습니다."
        let r = EventRecognizerTests.run(text: text, date: "2024-03-19", Self.table)
        let id = "event:2024-03-18:해양생물다양성_보전_협정_비준서_기탁"
        #expect(Self.deposits(r) == [id])
        #expect(EventRecognizerTests.sources(r, .participatedIn, id) == ["country:한국", "organization:국제연합"])
    }

    @Test("an agreement named in the sentence names the deposit; the subject takes part")
    func named() {
        let text = "우리나라는 3월 4일(월) 세계무역기구(WTO)에 수산보조금 협정 수락서를 기탁했다."
        let r = EventRecognizerTests.run(text: text, date: "2024-03-05", Self.table)
        let id = "event:2024-03-04:수산보조금_협정_수락서_기탁"
        #expect(Self.deposits(r) == [id])
        #expect(EventRecognizerTests.sources(r, .participatedIn, id) == ["country:한국", "organization:세계무역기구"])
        #expect(EventRecognizerTests.sources(r, .about, "agreement:수산보조금_협정") == [id])
    }

    @Test("no deposit event without a day, or not in the past", arguments: [
        "45개국이 수락서를 기탁하면 협정이 발효될 예정이다.",
        "우리나라는 지난해 비준서를 기탁했다.",
        "정부는 3월 4일(월) 국회 동의를 거쳐 가입서 기탁을 추진한다.",
    ])
    func none(_ text: String) {
        let r = EventRecognizerTests.run(text: text, date: "2024-03-05", Self.table)
        #expect(Self.deposits(r) == [])
    }
}
