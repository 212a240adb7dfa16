import CoopGraph
import Testing

@Suite("QuotedTitleEventRule")
struct QuotedTitleEventRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("산업통상자원부", .ministry, "산업통상자원부"), ("산업부", .ministry, "산업통상자원부"), ("문승욱", .person, "문승욱"),
        ("김하늘", .person, "김하늘"), ("KOTRA", .organization, "대한무역투자진흥공사"),
    ]

    @Test("a 「title」 held with no event word is an event; the heading and the body name it once")
    func held() {
        let text = """
        - 5.17(수) 10시, 「한-중남미 소재·부품 비즈니스 데이」 개최

        산업통상자원부(장관 문승욱)는 5월 17일(수),「한-중남미 소재․부품 비즈니스 데이」행사를 개최하였다.
        동 행사에는 산업부 김하늘 국장과 KOTRA 등이 참석하였다.
        """
        let r = EventRecognizerTests.run(text: text, date: "2023-05-17", Self.table)
        let id = "event:2023-05-17:한-중남미_소재·부품_비즈니스_데이"
        #expect(EventRecognizerTests.ids(r, .event) == [id])
        #expect(EventRecognizerTests.sources(r, .organized, id) == ["ministry:산업통상자원부"])
        let participants = EventRecognizerTests.sources(r, .participatedIn, id)
        #expect(participants.contains("person:김하늘"))
        #expect(participants.contains("organization:대한무역투자진흥공사"))
        #expect(!participants.contains("person:문승욱"))
    }

    @Test("no event for a title not held, with no date, or one word long", arguments: [
        "산업통상자원부는 5월 17일 「소재부품 경쟁력 강화 전략」을 발표하였다.",
        "산업통상자원부는 「한-중남미 비즈니스 데이」 개최를 검토하고 있다.",
        "산업통상자원부는 5월 17일 「페스티벌」 개최를 알렸다.",
    ])
    func none(text: String) {
        let r = EventRecognizerTests.run(text: text, date: "2023-05-17", Self.table)
        #expect(!r.nodes.contains { $0.kind == .event && $0.evidence.contains { $0.rule == "event.quoted-title" } })
    }

    @Test("a title ending in an event word is the trigger rule's, made once")
    func triggerWord() {
        let text = "산업통상자원부는 5월 17일 「제3차 한-칠레 산업협력 포럼」 개최하였다."
        let r = EventRecognizerTests.run(text: text, date: "2023-05-17", Self.table)
        #expect(EventRecognizerTests.ids(r, .event) == ["event:2023-05-17:제3차_한-칠레_산업협력_포럼"])
        #expect(!r.nodes.contains { $0.evidence.contains { $0.rule == "event.quoted-title" } })
    }
}
