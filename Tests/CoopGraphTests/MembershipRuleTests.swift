import CoopGraph
import Testing

@Suite("MembershipRule")
struct MembershipRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("한국", .country, "한국"), ("미국", .country, "미국"), ("영국", .country, "영국"), ("일본", .country, "일본"), ("EU", .organization, "EU"),
    ]

    @Test("14개국(한국, 미국, …) 및 EU 참여 중: members and parties, status in_force")
    func members() {
        let text = "※ 핵심광물안보파트너십(MSP) : 핵심광물 공급망 관련 국제 협의체로 14개국(한국, 미국, 영국, 일본) 및 EU 참여 중"
        let r = EventRecognizerTests.run(text: text, date: "2024-09-20", Self.table)
        let msp = "agreement:핵심광물안보파트너십"
        let expected = ["country:미국", "country:영국", "country:일본", "country:한국", "organization:EU"]
        #expect(EventRecognizerTests.sources(r, .memberOf, msp) == expected)
        #expect(EventRecognizerTests.sources(r, .partyTo, msp) == expected)
        #expect(r.nodes.first { $0.id == msp }?.properties["status"] == "in_force")
    }

    @Test("countries named before the agreement are not its members")
    func onlyAfter() {
        let text = "한국과 미국은 11월 3일 핵심광물안보파트너십(MSP) 참여 방안을 논의했다."
        let r = EventRecognizerTests.run(text: text, date: "2024-11-03", Self.table)
        #expect(EventRecognizerTests.sources(r, .memberOf, "agreement:핵심광물안보파트너십") == [])
    }
}
