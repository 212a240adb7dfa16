import CoopGraph
import Testing

@Suite("NoteListRule")
struct NoteListRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("산업통상자원부", .ministry, "산업통상자원부"), ("APEC", .organization, "APEC"), ("한국", .country, "한국"), ("미국", .country, "미국"),
        ("캐나다", .country, "캐나다"), ("일본", .country, "일본"), ("중국", .country, "중국"),
    ]

    @Test("a note listing member countries after a sentence about the meeting: they take part")
    func memberNote() {
        let text = "산업통상자원부는 8월 15일 미국 시애틀에서 APEC 에너지장관회의가 개최되었다고 밝혔다.\n\n금번 회의에서는 3가지 의제에 대해 경제체간의 논의가 이어졌다.\n\n* 한국, 미국(의장국), 캐나다, 일본, 중국 등 21개 회원"
        let r = EventRecognizerTests.run(text: text, date: "2023-08-17", Self.table)
        let id = "event:2023-08-15:APEC_에너지장관회의"
        #expect(EventRecognizerTests.ids(r, .event) == [id])
        #expect(EventRecognizerTests.sources(r, .participatedIn, id) == [
            "country:미국", "country:일본", "country:중국", "country:캐나다", "country:한국", "organization:APEC",
        ])
    }

    @Test("a note naming countries without saying they are members or participants adds nobody")
    func otherNote() {
        let text = "산업통상자원부는 8월 15일 APEC 에너지장관회의가 개최되었다고 밝혔다.\n\n* 한국의 주요 교역 상대: 미국, 캐나다, 일본, 중국"
        let r = EventRecognizerTests.run(text: text, date: "2023-08-17", Self.table)
        #expect(EventRecognizerTests.sources(r, .participatedIn, "event:2023-08-15:APEC_에너지장관회의") == ["organization:APEC"])
    }

    @Test("a note defining an agreement with its member countries lists the agreement's members, not the meeting's")
    func agreementDefinitionNote() {
        let text = "산업통상자원부는 8월 15일 APEC 에너지장관회의가 개최되었다고 밝혔다.\n\n※ 핵심광물안보파트너십(MSP) : 핵심광물 협의체로 14개국(한국, 미국, 캐나다, 일본, 중국) 참여 중"
        let r = EventRecognizerTests.run(text: text, date: "2023-08-17", Self.table)
        #expect(EventRecognizerTests.sources(r, .participatedIn, "event:2023-08-15:APEC_에너지장관회의") == ["organization:APEC"])
    }
}
