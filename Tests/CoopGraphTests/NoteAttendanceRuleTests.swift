import CoopGraph
import Testing

@Suite("NoteAttendanceRule")
struct NoteAttendanceRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("한국", .country, "한국"), ("일본", .country, "일본"), ("산업통상자원부", .ministry, "산업통상자원부"), ("외교부", .ministry, "외교부"),
        ("일본 경제산업성", .ministry, "일본 경제산업성"), ("포스코", .organization, "포스코"), ("현대차", .organization, "현대자동차"),
        ("스페인", .country, "스페인"), ("칠레", .country, "칠레"), ("이집트", .country, "이집트"), ("유엔환경계획", .organization, "유엔환경계획"),
    ]

    @Test("a note ending in 참석 names who attended the event it annotates")
    func endsInAttendance() {
        let text = "한국과 일본은 3월 5일(화) '한-일 수소 협력 워킹그룹' 제1차 회의를 개최*하였다.\n\n* 산업통상자원부, 외교부 - 일본 경제산업성 참석\n"
        let r = EventRecognizerTests.run(text: text, date: "2024-03-05", Self.table)
        let e = "event:2024-03-05:제1차_회의"
        #expect(EventRecognizerTests.ids(r, .event) == [e])
        #expect(EventRecognizerTests.sources(r, .participatedIn, e).filter { $0.hasPrefix("ministry") } == [
            "ministry:산업통상자원부", "ministry:외교부", "ministry:일본_경제산업성",
        ])
    }

    @Test("a ※ note of companies 참여 after the sentence of a roundtable")
    func companies() {
        let text = "한국과 일본은 3월 5일(화) '한-일 기업인 간담회'를 개최하였다.\n\n※ 포스코·현대차 등 진출기업 참여\n"
        let r = EventRecognizerTests.run(text: text, date: "2024-03-05", Self.table)
        let e = "event:2024-03-05:한-일_기업인_간담회"
        #expect(EventRecognizerTests.ids(r, .event) == [e])
        #expect(EventRecognizerTests.sources(r, .participatedIn, e).filter { $0.hasPrefix("organization") } == ["organization:포스코", "organization:현대자동차"])
    }

    @Test("a marker after 초청국 points to the note listing the invited countries")
    func marked() {
        let text = "한국은 7월 28일 제3차 해양환경장관회의에 참석한다.\n\n이번 회의에는 초청국*의 장관급 인사, 유엔환경계획 등이 참석한다.\n\n* 스페인, 칠레, 이집트 등\n"
        let r = EventRecognizerTests.run(text: text, date: "2024-07-20", Self.table)
        let e = "event:2024-07-28:제3차_해양환경장관회의"
        #expect(EventRecognizerTests.sources(r, .participatedIn, e).filter { $0.hasPrefix("country") } == [
            "country:스페인", "country:이집트", "country:칠레", "country:한국",
        ])
    }

    @Test("a note about members counted in countries is a grouping, not attendance")
    func counted() {
        let text = "한국은 7월 28일 제3차 해양환경장관회의에 참석한다.\n\n* 해양협의체 : 유엔환경계획 주도, 총 12개국 참여\n"
        let r = EventRecognizerTests.run(text: text, date: "2024-07-20", Self.table)
        #expect(!r.edges.contains { $0.relation == .participatedIn && $0.source == "organization:유엔환경계획" })
    }

    @Test("a note after another marker, or a note not saying attendance: nobody added", arguments: [
        "한국은 7월 28일 제3차 해양환경장관회의에 참석한다.\n\n이번 회의는 5개 의제*로 진행된다.\n\n* 스페인, 칠레, 이집트 등 사례\n",
        "한국은 7월 28일 제3차 해양환경장관회의에 참석한다.\n\n* 스페인, 칠레, 이집트의 정책 소개\n",
        "한국은 7월 28일 제3차 해양환경장관회의에 참석한다.\n\n* 해양협의체 : 스페인, 칠레, 이집트 주도로 출범(현재 12개 기관 참여)\n",
        "한국은 7월 28일 제3차 해양환경장관회의에 참석한다.\n\n* 해양협의체 : 스페인, 칠레, 이집트 등 참여 중\n",
    ])
    func none(text: String) {
        let r = EventRecognizerTests.run(text: text, date: "2024-07-20", Self.table)
        #expect(!r.edges.contains { $0.relation == .participatedIn && $0.source == "country:칠레" })
    }
}
