import CoopGraph
import Testing

@Suite("StateVisitRule")
struct StateVisitRuleTests {
    @Test("a person's 방한 dated in parentheses is a visit, beside the forum held during it")
    func visit() {
        let text = "팜 민 찡 베트남 총리 방한(6.30~7.3) 계기, 안덕근 산업통상자원부 장관은 7.1.(월) 「한-베트남 비즈니스 포럼」에 참석하였다."
        let r = EventRecognizerTests.run(text: text, date: "2024-07-01", [
            ("팜 민 찡", .person, "팜 민 찡"), ("베트남", .country, "베트남"), ("안덕근", .person, "안덕근"), ("산업통상자원부", .ministry, "산업통상자원부"),
        ])
        let visit = "event:2024-06-30:팜_민_찡_베트남_총리_방한"
        #expect(EventRecognizerTests.ids(r, .event) == [visit, "event:2024-07-01:한-베트남_비즈니스_포럼"])
        #expect(r.nodes.first { $0.id == visit }?.properties["location"] == "한국")
        #expect(EventRecognizerTests.sources(r, .participatedIn, visit) == ["person:팜_민_찡"])
    }

    @Test("no date in parentheses, no person: no visit", arguments: [
        "베트남 총리 방한(6.30~7.3) 계기로 포럼이 열렸다.",
        "팜 민 찡 베트남 총리 방한 계기로 7.1.(월) 포럼이 열렸다.",
    ])
    func none(text: String) {
        let r = EventRecognizerTests.run(text: text, date: "2024-07-01", [("팜 민 찡", .person, "팜 민 찡"), ("베트남", .country, "베트남")])
        #expect(!EventRecognizerTests.ids(r, .event).contains { $0.hasSuffix("방한") })
    }
}
