import CoopGraph
import Testing

@Suite("EventTriggerRule+Background")
struct EventTriggerRuleBackgroundTests {
    static let table: EventRecognizerTests.Table = [("한국", .country, "한국"), ("호주", .country, "호주"), ("외교부", .ministry, "외교부")]

    @Test("a launch counted from or an anniversary is no launch event", arguments: [
        "박 차관은 7.11. 올해는 한-호 협의회 출범 10주년으로서 협력이 강화되었다고 평가하였다.",
        "장관은 9.27.(수) 오후에는 런던 채텀하우스를 방문, ‘현 정부 출범 이후 외교 방향’을 주제로 기조발언을 하였다.",
        "외교부는 7.11. 서울에서 열린 회의에서 양국 간 협의체 출범 이래 축적된 성과를 평가하였다.",
    ])
    func sinceLaunch(text: String) {
        let r = EventRecognizerTests.run(text: text, date: "2025-07-18", Self.table)
        #expect(!r.nodes.contains { $0.kind == .event && $0.properties["event_type"] == "launch" })
    }

    @Test("a launch on a day is still one, and so is a recalled one with its own month", arguments: [
        "한국과 호주는 7월 11일 서울에서 한-호 청년 네트워크 출범 행사를 개최하였다.",
        "장관은 작년 11월 호주 신정부 출범 이후 최초의 고위급 접촉이라는 점에 의미가 있다고 하였다.",
    ])
    func launch(text: String) {
        let r = EventRecognizerTests.run(text: text, date: "2025-07-18", Self.table)
        #expect(r.nodes.contains { $0.kind == .event && $0.properties["event_type"] == "launch" })
    }

    @Test("an event word in a quoted sentence of speech makes no event")
    func speech() {
        let text = "국장은 \"작년에 이은 호주와의 두번째 컨퍼런스를 통해 양국 간 협력을 확대하는 계기가 되었다\"라고 평가하였습니다."
        let r = EventRecognizerTests.run(text: text, date: "2025-08-13", Self.table)
        #expect(EventRecognizerTests.ids(r, .event) == [])
    }

    @Test("a quote reported with 이라고/라며 is speech whatever it ends in", arguments: [
        "국장은 8월 13일 “호주와의 협력을 통해 끝까지 협상에 최선을 다할 것”이라고 밝혔다.",
        "국장은 8월 13일 “두번째 컨퍼런스를 차질 없이 준비할 것”이라며 협력을 당부했다.",
    ])
    func reportedSpeech(text: String) {
        let r = EventRecognizerTests.run(text: text, date: "2025-08-13", Self.table)
        #expect(EventRecognizerTests.ids(r, .event) == [])
    }

    @Test("a meeting series a country chairs or belongs to is no event", arguments: [
        "차관은 7.11. 한국이 올해 '한-호주 청년 포럼(KAYF)'* 의장국을 수행하는 등 협력을 강화하고 있다고 하였다.",
        "7.11.(월) 제3차 한-호주 장관회의 의장국(호주)의 초청으로 양국 실무협의가 열렸다.",
    ])
    func chairedSeries(text: String) {
        let r = EventRecognizerTests.run(text: text, date: "2025-07-18", Self.table)
        #expect(!EventRecognizerTests.ids(r, .event).contains { $0.contains("포럼") || $0.contains("장관회의") })
    }

    @Test("a quoted sentence reporting a holding is read as the text's own")
    func reportedLead() {
        let text = "청장은 “인천 청사에서 호주 해양경비대와 제19차 해양치안기관장 정례회의를 개최하였다.”고 26일 밝혔다."
        let r = EventRecognizerTests.run(text: text, date: "2023-12-26", Self.table)
        #expect(EventRecognizerTests.ids(r, .event) == ["event:2023-12-26:제19차_해양치안기관장_정례회의"])
    }

    @Test("a quoted title is still a name")
    func title() {
        let text = "외교부는 8월 13일 「한-호주 국방 컨퍼런스」를 개최하였다."
        let r = EventRecognizerTests.run(text: text, date: "2025-08-13", Self.table)
        #expect(EventRecognizerTests.ids(r, .event) == ["event:2025-08-13:한-호주_국방_컨퍼런스"])
    }

    @Test("one name spaced two ways on one day is one event")
    func spacing() {
        let text = "대표는 9.29.(월) 런던에서 개최된「G7+ 특별대표회의」에 참석하였다. 이 대표는 9.29.(월) 「G7+ 특별대표 회의」에서 발언하였다."
        let r = EventRecognizerTests.run(text: text, date: "2025-09-30", Self.table)
        #expect(EventRecognizerTests.ids(r, .event) == ["event:2025-09-29:G7+_특별대표회의"])
    }
}
