import CoopGraph
import Testing

@Suite("OverviewBoxRule")
struct OverviewBoxRuleTests {
    static let text = """
    - 인태경제프레임워크(IPEF) 비공식 장관회의에도 참여, IPEF 논의 방향 협의 -

    < IPEF 개요 >

    • (현황) ‘22.5.23(월), 공식 출범

    • (참여국) 총 14개국

    - 한국, 미국, 일본, 호주

    • (4대 분야(pillar)) 무역, 공급망

    ㅇ 중국은 참여하지 않았다.
    """

    @Test("members listed on the line after the label, and the launch date")
    func box() {
        let r = EventRecognizerTests.run(text: Self.text, date: "2022-06-09", [
            ("한국", .country, "한국"), ("미국", .country, "미국"), ("일본", .country, "일본"), ("호주", .country, "호주"), ("중국", .country, "중국"),
        ])
        let ipef = "agreement:인태경제프레임워크"
        #expect(EventRecognizerTests.ids(r, .agreement) == [ipef])
        #expect(r.nodes.first { $0.id == ipef }?.properties["date"] == "2022-05-23")
        #expect(EventRecognizerTests.sources(r, .partyTo, ipef) == ["country:미국", "country:일본", "country:한국", "country:호주"])
    }
}
