import CoopGraph
import Testing

@Suite("OpeningCeremonyRule")
struct OpeningCeremonyRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("산업통상자원부", .ministry, "산업통상자원부"), ("환경부", .ministry, "환경부"), ("칠레", .country, "칠레"),
        ("페루", .country, "페루"), ("김하늘", .person, "김하늘"),
    ]

    @Test("the opening of a named meeting: the ceremony and the meeting it opens, the same day")
    func opening() {
        let text = "산업통상자원부와 환경부가 공동으로 주관하는 「2025 한-중남미 기후변화 장관회의」 개회식이 3.4.(화) 오전 서울 롯데호텔에서 개최됐다. 김하늘 장관이 개회사를 했고 칠레와 페루 대표가 참석했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-03-04", Self.table)
        let ids = EventRecognizerTests.ids(r, .event)
        let meeting = "event:2025-03-04:2025_한-중남미_기후변화_장관회의"
        #expect(ids.contains(meeting))
        #expect(ids.contains("event:2025-03-04:2025_한-중남미_기후변화_장관회의_개회식"))
        #expect(EventRecognizerTests.sources(r, .organized, meeting) == ["ministry:산업통상자원부", "ministry:환경부"])
        #expect(!EventRecognizerTests.sources(r, .participatedIn, meeting).contains("person:김하늘"))
    }

    @Test("no meeting added for a ceremony of no meeting, or of a one-word one", arguments: [
        "환경부는 3.4.(화) 서울에서 「청년 기후 아이디어 공모전」 개막식을 개최했다.",
        "환경부는 3.4.(화) 서울에서 정책토론회 개회식을 개최했다.",
    ])
    func none(text: String) {
        let r = EventRecognizerTests.run(text: text, date: "2025-03-04", Self.table)
        #expect(!r.nodes.contains { $0.kind == .event && $0.evidence.contains { $0.rule == "event.opening-ceremony" } })
    }

    @Test("the day of a programme is not part of the ceremony's name")
    func dayWord() {
        let text = "환경부는 3.4.(화) 「2025 기후 포럼」을 개최합니다. 포럼 첫 날 개회식에는 김하늘 장관이 참석합니다."
        let r = EventRecognizerTests.run(text: text, date: "2025-03-01", Self.table)
        #expect(!EventRecognizerTests.ids(r, .event).contains { $0.contains("날_개회식") })
    }
}
