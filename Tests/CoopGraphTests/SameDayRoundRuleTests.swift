@testable import CoopGraph
import Testing

@Suite("SameDayRoundRule")
struct SameDayRoundRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("산업통상자원부", .ministry, "산업통상자원부"), ("칠레", .country, "칠레"), ("김하늘", .person, "김하늘"),
    ]

    @Test("a round named two ways on one day is one event, the other name an alias")
    func sameRound() throws {
        let text = "제3차 한-칠레 자유무역협정 협상 개최(3.4-6, 산티아고)\n\n한-칠레 자유무역협정 제3차 공식협상이 3.4(화)~6(목)간 칠레 산티아고에서 개최될 예정이며, 김하늘 산업통상자원부 국장을 수석대표로 정부대표단이 참여한다."
        let r = EventRecognizerTests.run(text: text, date: "2025-03-03", Self.table)
        let events = r.nodes.filter { $0.kind == .event }
        try #require(events.count == 1)
        let e = events[0]
        #expect(e.aliases.contains("제3차 한-칠레 자유무역협정 협상") || e.aliases.contains("한-칠레 자유무역협정 제3차 공식협상"))
        #expect(EventRecognizerTests.sources(r, .participatedIn, e.id).contains("person:김하늘"))
    }

    @Test("tracks of a round nobody is named in are dropped; a named one with nobody stays")
    func tracks() {
        let text = "한-칠레 자유무역협정 제3차 공식협상이 3.4(화) 칠레 산티아고에서 개최되며 김하늘 국장이 참여한다. 이번 협상에서는 3.4(화) 상품 챕터의 협정문 협상과 양허 협상을 진행할 예정이다."
        let r = EventRecognizerTests.run(text: text, date: "2025-03-03", Self.table)
        let ids = EventRecognizerTests.ids(r, .event)
        #expect(!ids.contains { $0.hasSuffix("협정문_협상") || $0.hasSuffix("양허_협상") }, "\(ids)")
        #expect(ids.contains("event:2025-03-04:한-칠레_자유무역협정_제3차_공식협상"))
    }

    @Test("round keys: the ordinal and the words left, in order", arguments: [
        ("제5차 한-필리핀 자유무역협정(FTA) 협상", "5|자유무역협정(FTA) 한-필리핀"),
        ("한-필리핀 자유무역협정(FTA) 제5차 공식협상", "5|자유무역협정(FTA) 한-필리핀"),
        ("5차 공동위원회", nil),
        ("한-필리핀 협상", nil),
        ("제오차 한-필리핀 협상", nil),          // no ASCII digit: refused before any split
        ("제10회 한-필리핀 포럼", "10|포럼 한-필리핀"),
    ] as [(String, String?)])
    func keys(name: String, key: String?) {
        #expect(SameDayRoundRule.roundKey(name) == key)
    }

    @Test("specific names", arguments: [("한-중앙아 협력 포럼", true), ("PSI 고위급 회의", true), ("제12차 동아시아 외교장관회의", true),
                                        ("양허 협상", false), ("2차 회의", false)])
    func specific(name: String, expected: Bool) {
        #expect(SameDayRoundRule.isSpecific(name) == expected)
    }
}
