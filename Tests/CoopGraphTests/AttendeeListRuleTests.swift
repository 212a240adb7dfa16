import CoopGraph
import Testing

@Suite("AttendeeListRule")
struct AttendeeListRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("외교부", .ministry, "외교부"), ("강인선", .person, "강인선"), ("김희상", .person, "김희상"), ("서울대", .organization, "서울대학교"),
        ("최장욱", .person, "최장욱"),
    ]

    @Test("everyone in a `※ 참석자 :` list takes part in the current event; a person glued to a body in parentheses does not")
    func list() {
        let text = "외교부는 9.20.(금) 「제2차 경제안보외교 민관합동 라운드테이블」을 개최했다.\n\n※ 참석자 : (정부) 외교부 강인선 2차관, 김희상 경제외교조정관 등 (전문가) 서울대 화학생물공학부 최장욱 교수 등"
        let r = EventRecognizerTests.run(text: text, date: "2024-09-20", Self.table)
        let id = "event:2024-09-20:제2차_경제안보외교_민관합동_라운드테이블"
        #expect(EventRecognizerTests.sources(r, .participatedIn, id) == ["organization:서울대학교", "person:강인선", "person:김희상", "person:최장욱"])
        #expect(EventRecognizerTests.sources(r, .organized, id) == ["ministry:외교부"])
    }

    @Test("a list with no event before it adds nothing")
    func noEvent() {
        let r = EventRecognizerTests.run(text: "※ 참석자 : 외교부 강인선 2차관", date: "2024-09-20", Self.table)
        #expect(r.nodes.isEmpty)
    }
}
