import CoopGraph
import Testing

@Suite("MetPersonRule")
struct MetPersonRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("박영호", .person, "박영호"), ("해양수산부", .ministry, "해양수산부"), ("칠레 수산청", .ministry, "칠레 수산청"),
        ("칠레", .country, "칠레"), ("호세 가르시아", .person, "호세 가르시아"), ("마리아 로페스", .person, "마리아 로페스"),
        ("세계은행", .organization, "세계은행"), ("칠레 외교부", .ministry, "칠레 외교부"),
        ("통가", .country, "통가"), ("사모아", .country, "사모아"), ("피지", .country, "피지"),
    ]

    static func meetings(_ r: (nodes: [Node], edges: [Edge])) -> [String] {
        r.nodes.filter { $0.kind == .event && $0.evidence.contains { $0.rule == "event.met-person" } }.map(\.id).sorted()
    }

    @Test("a minister meets a visitor: one meeting of the two, with their bodies")
    func one() {
        let text = "박영호 해양수산부 장관은 3월 4일(월) 오후, 해양수산부 청사에서 방한 중인 호세 가르시아(José García) 칠레 수산청 청장을 만나 양국 간 수산 협력에 대해 의견을 교환했다."
        let r = EventRecognizerTests.run(text: text, date: "2024-03-04", Self.table)
        let id = "event:2024-03-04:박영호-호세_가르시아_면담"
        #expect(Self.meetings(r) == [id])
        #expect(EventRecognizerTests.sources(r, .participatedIn, id) == ["ministry:칠레_수산청", "ministry:해양수산부", "person:박영호", "person:호세_가르시아"])
    }

    /// The table's mentions, `칠레 수산청` a Chilean body as the gazetteers make it.
    static func foreignMentions(_ text: String) -> [Mention] {
        SeedDocuments.mentions(in: text, table).map { m in
            var m = m
            if m.canonical == "칠레 수산청" { m.properties["country"] = "칠레" }
            return m
        }
    }

    @Test("the person met not recognised: the foreign body written before their post is met", arguments: [
        ("박영호 해양수산부 장관은 3월 4일(월), 곤살레스(Gonzalez) 칠레 수산청 청장을 만나 협력 방안을 논의하였다.",
         "event:2024-03-04:박영호-칠레_수산청_청장_면담"),
        ("박영호 장관은 3.4(월) 오전 방한한 칠레 수산청 차관보를 만나 의견을 나눴다.", "event:2024-03-04:박영호-칠레_수산청_차관보_면담"),
    ])
    func foreignPost(_ text: String, _ id: String) {
        let doc = SeedDocuments.document(text: text, date: "2024-03-04")
        let r = EventRecognizer().recognize(document: doc, mentions: Self.foreignMentions(text))
        #expect(Self.meetings(r) == [id])
        #expect(EventRecognizerTests.sources(r, .participatedIn, id).contains("ministry:칠레_수산청"))
        #expect(EventRecognizerTests.sources(r, .participatedIn, id).contains("person:박영호"))
    }

    @Test("no meeting with a body when a clause or no post stands before 만나, or the body is Korean", arguments: [
        "박영호 장관은 3월 4일(월) 칠레 수산청 관계자들을 만나 의견을 나눴다.",
        "박영호 장관은 3월 4일(월) 칠레 수산청을 방문한 기업인들을 만나 의견을 나눴다.",
        "박영호 장관은 3월 4일(월) 해양수산부 차관을 만나 의견을 나눴다.",
    ])
    func noForeignPost(_ text: String) {
        let doc = SeedDocuments.document(text: text, date: "2024-03-04")
        let r = EventRecognizer().recognize(document: doc, mentions: Self.foreignMentions(text))
        #expect(Self.meetings(r) == [])
    }

    @Test("two people of two sides joined by 과: one meeting each")
    func twoSides() {
        let text = "박영호 장관은 5.10.(금) 세계은행 호세 가르시아 부총재와 칠레 외교부 마리아 로페스 차관을 만나 협력 방안을 논의하였다."
        let r = EventRecognizerTests.run(text: text, date: "2024-05-10", Self.table)
        #expect(Self.meetings(r) == ["event:2024-05-10:박영호-마리아_로페스_면담", "event:2024-05-10:박영호-호세_가르시아_면담"])
        #expect(EventRecognizerTests.sources(r, .participatedIn, "event:2024-05-10:박영호-마리아_로페스_면담")
            == ["ministry:칠레_외교부", "person:마리아_로페스", "person:박영호"])
    }

    @Test("a person named in an earlier clause is not met")
    func clause() {
        let text = "박영호 장관은 5.10.(금) 호세 가르시아 청장의 취임식에 참석하여 축하하였으며, 칠레 외교부 마리아 로페스 차관을 만나 협력을 논의하였다."
        let r = EventRecognizerTests.run(text: text, date: "2024-05-10", Self.table)
        let ids = Self.meetings(r)
        #expect(ids == ["event:2024-05-10:박영호-마리아_로페스_면담"])
        #expect(!EventRecognizerTests.sources(r, .participatedIn, ids.first ?? "").contains("person:호세_가르시아"))
    }

    @Test("the people of countries met with no person named: one meeting with the countries")
    func countries() {
        let text = "박영호 장관은 7월 1일(월)부터 7월 3일(수)까지 통가, 사모아, 피지 등 3개국 최고위급 인사를 차례로 만나 지지를 요청했다."
        let r = EventRecognizerTests.run(text: text, date: "2024-07-05", Self.table)
        let id = "event:2024-07-01:박영호-피지_등_3개국_최고위급_인사_면담"
        #expect(Self.meetings(r) == [id])
        #expect(EventRecognizerTests.sources(r, .participatedIn, id) == ["country:사모아", "country:통가", "country:피지", "person:박영호"])
    }

    @Test("no meeting without a day, or when a clause ends between the person and 만나", arguments: [
        "박영호 장관은 올해 호세 가르시아 청장을 만나 협력을 논의할 계획이다.",
        "박영호 장관은 3월 4일 호세 가르시아 청장이 제안한 사업의 현장을 만나 보았다.",
        "박영호 장관은 3월 4일 통가를 방문하여 현지 어민들을 만나 의견을 들었다.",
    ])
    func none(text: String) {
        let r = EventRecognizerTests.run(text: text, date: "2024-03-05", Self.table)
        #expect(Self.meetings(r).isEmpty)
    }

    @Test("an event word after the verb is the meeting itself: the people join it")
    func eventAfter() {
        let text = "박영호 장관은 3월 4일(월) 서울에서 호세 가르시아 청장을 만나 한-칠레 수산 간담회를 가졌다."
        let r = EventRecognizerTests.run(text: text, date: "2024-03-04", Self.table)
        #expect(Self.meetings(r).isEmpty)
        let events = EventRecognizerTests.ids(r, .event)
        #expect(events == ["event:2024-03-04:한-칠레_수산_간담회"])
        #expect(EventRecognizerTests.sources(r, .participatedIn, events.first ?? "").contains("person:호세_가르시아"))
    }

    @Test("a meeting agreed to (만나기로) is planned, one that fell through (만나지 못했다) negated, one held happened", arguments: [
        ("박영호 장관은 3월 4일(월) 호세 가르시아 칠레 수산청 청장을 만나 협력을 논의했다.", "happened"),
        ("박영호 장관은 3월 4일(월) 호세 가르시아 칠레 수산청 청장을 만나기로 했다.", "planned"),
        ("박영호 장관은 3월 4일(월) 호세 가르시아 칠레 수산청 청장을 만나지 못했다.", "negated"),
        ("박영호 장관은 3월 4일(월) 호세 가르시아 칠레 수산청 청장을 만나 협의할 계획이었으나 일정이 취소되었다.", "negated"),
    ])
    func modality(text: String, expected: String) {
        let r = EventRecognizerTests.run(text: text, date: "2024-03-04", Self.table)
        let events = r.nodes.filter { $0.kind == .event && $0.evidence.contains { $0.rule == "event.met-person" } }
        #expect(events.map(\.id) == ["event:2024-03-04:박영호-호세_가르시아_면담"])
        #expect(events.first?.properties["modality"] == expected)
    }
}
