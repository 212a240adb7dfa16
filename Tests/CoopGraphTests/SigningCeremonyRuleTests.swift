import CoopGraph
import Testing

@Suite("SigningCeremonyRule")
struct SigningCeremonyRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("산림청", .ministry, "산림청"), ("유엔환경계획", .organization, "유엔환경계획"), ("박은식", .person, "박은식"),
    ]

    @Test("서명식에는 … 참석하였다 after the signing: the people take part in the signing event")
    func ceremonyAttendees() {
        let text = "산림청은 4월 20일(목) 케냐 나이로비에서 유엔환경계획과 산림 분야 협력을 위한 양해각서를 체결했다고 밝혔다.\n\n서명식에는 양 기관을 대표하여 박은식 산림청 국제산림협력관이 참석하였다."
        let r = EventRecognizerTests.run(text: text, date: "2023-04-21", Self.table)
        let signing = "event:2023-04-20:산림_분야_협력을_위한_양해각서_체결"
        #expect(EventRecognizerTests.ids(r, .event) == [signing])
        #expect(EventRecognizerTests.sources(r, .participatedIn, signing) == ["ministry:산림청", "organization:유엔환경계획", "person:박은식"])
    }

    @Test("with no signing before it, a ceremony word adds nobody")
    func noSigning() {
        let r = EventRecognizerTests.run(text: "서명식에는 박은식 국제산림협력관이 참석하였다.", date: "2023-04-21", Self.table)
        #expect(r.nodes.isEmpty)
    }
}
