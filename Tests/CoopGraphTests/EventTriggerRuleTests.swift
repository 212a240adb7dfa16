import CoopGraph
import Testing

@Suite("EventTriggerRule")
struct EventTriggerRuleTests {
    typealias Table = EventRecognizerTests.Table

    static func run(_ text: String, date: String?, _ table: Table) -> (nodes: [Node], edges: [Edge]) {
        EventRecognizerTests.run(text: text, date: date, table)
    }

    static func events(_ r: (nodes: [Node], edges: [Edge])) -> [String] { EventRecognizerTests.ids(r, .event) }

    @Test("a date right before an event word is that event's date, not the date of an occasion named before it")
    func dateBelongsToNextEvent() {
        let text = "조태열 외교장관은 제2차 REAIM 고위급회의 계기 실무방한 중인 바이바 브라제 라트비아 외교장관과 9.9.(월) 오후 한-라트비아 외교장관 회담을 갖고, 양국관계에 대해 의견을 교환했다."
        let r = Self.run(text, date: "2024-09-09", [("조태열", .person, "조태열"), ("라트비아", .country, "라트비아")])
        let talks = "event:2024-09-09:한-라트비아_외교장관_회담"
        #expect(Self.events(r) == [talks])
        #expect(EventRecognizerTests.sources(r, .participatedIn, talks) == ["country:라트비아", "country:한국", "person:조태열"])
    }

    @Test("a date after a connective ending (…되었으며) stays with the event before it")
    func dateStaysInItsClause() {
        let text = "※ 한-몽골 공동위원회는 2015년에 최초 개최되었으며 제7차 공동위원회는 ’23.6월 몽골 울란바타르에서 개최"
        let r = Self.run(text, date: "2024-11-11", [("몽골", .country, "몽골")])
        #expect(Self.events(r) == ["event:2015:한-몽골_공동위원회", "event:2023-06:제7차_공동위원회"])
    }

    @Test("a later year in another clause does not date the event: the year before it does")
    func laterClauseYearIgnored() {
        let text = "오츠랄 장관은 작년 유엔총회 계기에 개최된 한-몽 정상회담에서 협력을 논의했다고 하고, 내년은 수교 35주년인 만큼 협력을 심화하자고 하였다."
        let r = Self.run(text, date: "2024-11-11", [("오츠랄", .person, "오츠랄"), ("몽골", .country, "몽골")])
        #expect(Self.events(r).contains("event:2023:한-몽_정상회담"))
        #expect(!Self.events(r).contains { $0.hasPrefix("event:2025") })
    }
}
