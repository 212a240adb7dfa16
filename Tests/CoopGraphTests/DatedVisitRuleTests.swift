import CoopGraph
import Testing

@Suite("DatedVisitRule")
struct DatedVisitRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("김민수", .person, "김민수"), ("외교부", .ministry, "외교부"), ("프랑스", .country, "프랑스"), ("독일", .country, "독일"),
        ("파리", .organization, "__never__"), ("주 장관", .person, "김민수"), ("베트남", .country, "베트남"),
    ].filter { $0.2 != "__never__" }

    @Test("every clause with its own date and place is a visit: a country, then a venue with a country")
    func twoVisits() {
        let text = "5.2.(화)-4.(목) 프랑스를 공식 방문 중인 김민수 외교부 장관은 5.3(수) 프랑스 국민의회 의사당을 방문하여 의원들과 환담하였다."
        let r = EventRecognizerTests.run(text: text, date: "2023-05-04", Self.table)
        #expect(EventRecognizerTests.ids(r, .event) == ["event:2023-05-02:프랑스_방문", "event:2023-05-03:국민의회_의사당_방문"])
        #expect(EventRecognizerTests.sources(r, .participatedIn, "event:2023-05-02:프랑스_방문") == ["country:프랑스", "person:김민수"])
        #expect(EventRecognizerTests.sources(r, .participatedIn, "event:2023-05-03:국민의회_의사당_방문") == ["country:프랑스", "ministry:외교부", "person:김민수"])
    }

    @Test("a coming visit in the polite present, with a filler between date and place")
    func announced() {
        let text = "다음으로 주 장관은 6.10(월)~6.12(수) 기간중 베트남을 방문합니다."
        let r = EventRecognizerTests.run(text: text, date: "2024-06-07", Self.table)
        let e = "event:2024-06-10:베트남_방문"
        #expect(EventRecognizerTests.ids(r, .event) == [e])
        #expect(r.nodes.first { $0.id == e }?.properties["modality"] == "planned")
        #expect(EventRecognizerTests.sources(r, .participatedIn, e) == ["country:베트남", "person:김민수"])
    }

    @Test("two countries of one clause are one visit to both")
    func twoCountries() {
        let text = "김민수 장관은 2월 18일부터 25일까지 독일과 프랑스를 공식 방문할 예정입니다."
        let r = EventRecognizerTests.run(text: text, date: "2024-02-16", Self.table)
        let e = "event:2024-02-18:독일·프랑스_방문"
        #expect(EventRecognizerTests.ids(r, .event) == [e])
        #expect(EventRecognizerTests.sources(r, .participatedIn, e) == ["country:독일", "country:프랑스", "person:김민수"])
    }

    @Test("a venue after a country, and a second visit of the same day elsewhere")
    func venue() {
        let text = "김민수 장관은 9.28(목) 독일 샤를로텐부르크 궁전을 방문하였다. 김민수 장관은 9.28(목) 오후 소르본대학(Sorbonne Université)을 방문하였다."
        let r = EventRecognizerTests.run(text: text, date: "2023-09-29", Self.table)
        #expect(EventRecognizerTests.ids(r, .event) == ["event:2023-09-28:샤를로텐부르크_궁전_방문", "event:2023-09-28:소르본대학_방문"])
    }

    @Test("a place known only by its Latin gloss")
    func glossed() {
        let text = "김민수 장관은 9.28(목) 오전 소르본대학(Sorbonne Université)을 방문하여 학생들과 대화하였다."
        let r = EventRecognizerTests.run(text: text, date: "2023-09-29", Self.table)
        #expect(EventRecognizerTests.ids(r, .event) == ["event:2023-09-28:소르본대학_방문"])
    }

    @Test("no own date, or the date belongs to a meeting of the sentence, or another clause: no visit", arguments: [
        "김민수 장관은 독일 연방의회를 방문하여 의장과 면담을 가졌다.",
        "김민수 장관은 5.3(수) 독일을 방문하여 독일 외교장관과 회담을 가졌다.",
        "김민수 장관은 5.3(수) 회의에 참석하고, 독일을 방문할 계획이다.",
        "5.3(수) 방문객 센터를 방문한 인원은 많았다.",
        "김민수 장관은 5.3(수) 저녁 서울호텔에서 한국을 공식 방문 중인 독일 총리를 환영하는 만찬을 열었다.",
        "독일 방문(5.3~5.6)\n\n김민수 장관은 5.3(수) 독일을 방문합니다.",
    ])
    func none(text: String) {
        let r = EventRecognizerTests.run(text: text, date: "2023-05-04", Self.table)
        #expect(!r.nodes.contains { $0.kind == .event && $0.evidence.contains { $0.rule == "event.dated-visit" } })
    }
}
