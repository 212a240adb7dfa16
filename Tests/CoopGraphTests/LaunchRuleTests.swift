import CoopGraph
import Testing

@Suite("LaunchRule")
struct LaunchRuleTests {
    @Test("2022년 6월 출범 after an agreement: its date, status in_force and a launch event about it")
    func launch() {
        let text = "핵심광물안보파트너십(MSP)은 2022년 6월 출범하였으며 우리나라도 참여 중이다."
        let r = EventRecognizerTests.run(text: text, date: "2024-09-20", [("우리나라", .country, "한국")])
        let msp = "agreement:핵심광물안보파트너십"
        let a = r.nodes.first { $0.id == msp }
        #expect(a?.properties["date"] == "2022-06")
        #expect(a?.properties["status"] == "in_force")
        let launch = "event:2022-06:핵심광물안보파트너십_출범"
        #expect(EventRecognizerTests.ids(r, .event) == [launch])
        #expect(EventRecognizerTests.sources(r, .about, msp) == [launch])
        #expect(r.nodes.first { $0.id == launch }?.properties["event_type"] == "launch")
    }

    @Test("출범식 is a ceremony (an event word), not the launch of an agreement")
    func ceremonyIsNotLaunch() {
        let text = "산업부는 12월 15일 「글로벌 기술협력 협의체」 출범식을 개최했다."
        let r = EventRecognizerTests.run(text: text, date: "2023-12-15", [("산업부", .ministry, "산업통상자원부")])
        #expect(EventRecognizerTests.ids(r, .agreement) == [])
        #expect(EventRecognizerTests.ids(r, .event) == ["event:2023-12-15:글로벌_기술협력_협의체_출범식"])
    }
}
