import CoopGraph
import Testing

@Suite("LabelledAttendeeListRule")
struct LabelledAttendeeListRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("산업통상자원부", .ministry, "산업통상자원부"), ("산업부", .ministry, "산업통상자원부"), ("KOTRA", .organization, "대한무역투자진흥공사"),
        ("KIAT", .institute, "한국산업기술진흥원"), ("환경부", .ministry, "환경부"), ("무역협회", .organization, "한국무역협회"),
    ]

    @Test("an overview box's (참석 대상) item and its dash lines: everyone named takes part")
    func box() {
        let text = """
        산업통상자원부는 6월 2일(금) 「한-아프리카 무역 협력 포럼」을 개최하였다.

        ‣ (일시/장소) 6.2.(금) 14:00 / 서울

        ‣ (참석 대상) 총 50여명(산업부, 환경부, 관련 기관 등)

         - (기관) KIAT(전담기관), KOTRA 등

        ‣ (주요 내용) 무역협회 발표
        """
        let r = EventRecognizerTests.run(text: text, date: "2023-06-02", Self.table)
        let id = "event:2023-06-02:한-아프리카_무역_협력_포럼"
        let sources = EventRecognizerTests.sources(r, .participatedIn, id)
        #expect(sources.contains("ministry:환경부"))
        #expect(sources.contains("institute:한국산업기술진흥원"))
        #expect(sources.contains("organization:대한무역투자진흥공사"))
        #expect(!sources.contains("organization:한국무역협회"))
    }

    @Test("a label inside a sentence, not opening its line, lists nobody")
    func inside() {
        let text = "산업통상자원부는 6월 2일(금) 「한-아프리카 무역 협력 포럼」을 개최하였다.\n\n행사 개요는 별첨과 같으며 (참석 대상) 변경 시 KOTRA에 알린다."
        let r = EventRecognizerTests.run(text: text, date: "2023-06-02", Self.table)
        #expect(!r.edges.contains { $0.evidence.contains { $0.rule == "event.labelled-attendee-list" } })
    }
}
