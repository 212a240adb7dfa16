import CoopGraph
import Testing

@Suite("ElectionRule")
struct ElectionRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("김하늘", .person, "김하늘"), ("세계무역기구", .organization, "세계무역기구"), ("반덤핑위원회", .organization, "WTO 반덤핑위원회"),
        ("국제노동기구", .organization, "국제노동기구"), ("이사회", .organization, "국제노동기구 이사회"), ("주제네바대표부", .ministry, "주제네바대표부"),
        ("한국", .country, "한국"), ("유엔 인권이사회", .organization, "유엔 인권이사회"),
    ]

    @Test("a person elected chair of a committee on a day: an election event with the person and the bodies")
    func chair() {
        let text = "□ 주제네바대표부에 근무하는 김하늘 참사관이 3월 15일 「세계무역기구(WTO) 반덤핑위원회」 의장으로 선출됨."
        let r = EventRecognizerTests.run(text: text, date: "2021-03-16", Self.table)
        let e = "event:2021-03-15:WTO_반덤핑위원회_의장_선출"
        #expect(EventRecognizerTests.ids(r, .event) == [e])
        #expect(EventRecognizerTests.sources(r, .participatedIn, e) == ["organization:WTO_반덤핑위원회", "organization:세계무역기구", "person:김하늘"])
        #expect(r.nodes.first { $0.id == e }?.properties["modality"] == "happened")
    }

    @Test("a term in parentheses between the post and the particle")
    func term() {
        let text = "김하늘 참사관은 6월 8일(목) 「세계무역기구(WTO) 반덤핑위원회」의장(임기: 1년)으로 선출되어 6월 9일(금)부터 활동한다."
        let r = EventRecognizerTests.run(text: text, date: "2023-06-09", Self.table)
        #expect(EventRecognizerTests.ids(r, .event) == ["event:2023-06-08:WTO_반덤핑위원회_의장_선출"])
    }

    @Test("a country elected to a seat takes part as the holder")
    func seat() {
        let text = "한국은 10월 9일 뉴욕에서 실시된 선거에서 유엔 인권이사회 이사국으로 선출되었다."
        let r = EventRecognizerTests.run(text: text, date: "2024-10-10", Self.table)
        let e = "event:2024-10-09:유엔_인권이사회_이사국_선출"
        #expect(EventRecognizerTests.ids(r, .event) == [e])
        #expect(EventRecognizerTests.sources(r, .participatedIn, e) == ["country:한국", "organization:유엔_인권이사회"])
    }

    @Test("an election at a meeting named in the sentence joins that meeting instead")
    func atMeeting() {
        let text = "3월 20일 제351차 국제노동기구 이사회 회의에서 김하늘 대사가 국제노동기구 이사회 의장으로 선출됐다."
        let r = EventRecognizerTests.run(text: text, date: "2024-03-21", Self.table)
        let ids = EventRecognizerTests.ids(r, .event)
        #expect(ids.count == 1)
        #expect(!ids.contains { $0.hasSuffix("선출") })
        #expect(ids.first.map { EventRecognizerTests.sources(r, .participatedIn, $0).contains("person:김하늘") } == true)
    }

    @Test("no post, no body, no day: nothing", arguments: [
        "김하늘 참사관이 3월 15일 회의에서 만장일치로 선출됨.",
        "김하늘 참사관이 3월 15일 의장으로 선출됨.",
        "김하늘 참사관은 반덤핑위원회 의장으로 선출된 바 있다.",
    ])
    func none(text: String) {
        let r = EventRecognizerTests.run(text: text, date: "2021-03-16", Self.table)
        #expect(!EventRecognizerTests.ids(r, .event).contains { $0.hasSuffix("선출") })
    }
}
