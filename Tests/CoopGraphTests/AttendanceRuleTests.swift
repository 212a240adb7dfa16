import CoopGraph
import Testing

@Suite("AttendanceRule")
struct AttendanceRuleTests {
    @Test("a sentence saying who attends joins them to the current event")
    func attendance() {
        let text = "외교부는 3.17.(수) 롯데호텔에서 「한-중남미 디지털 협력 포럼」을 개최한다.\n\n우리측에서는 행정안전부, LG CNS 등이 참석합니다.\n\n행정안전부는 예산을 확정했다."
        let r = EventRecognizerTests.run(text: text, date: "2021-03-15", [
            ("외교부", .ministry, "외교부"), ("행정안전부", .ministry, "행정안전부"), ("LG CNS", .organization, "LG CNS"),
        ])
        let id = "event:2021-03-17:한-중남미_디지털_협력_포럼"
        #expect(EventRecognizerTests.ids(r, .event) == [id])
        #expect(EventRecognizerTests.sources(r, .participatedIn, id) == ["ministry:행정안전부", "organization:LG_CNS"])
        #expect(EventRecognizerTests.sources(r, .organized, id) == ["ministry:외교부"])
    }

    @Test("동 행사는 … 참석한 가운데: those named attended the event referred to")
    func amidAttendance() {
        let text = "외교부는 3.17.(수) 「한-중남미 디지털 협력 포럼」을 개최한다.\n\n동 행사는 행정안전부 김하늘 국장, LG CNS 등이 참석한 가운데 진행된다."
        let r = EventRecognizerTests.run(text: text, date: "2021-03-15", [
            ("외교부", .ministry, "외교부"), ("행정안전부", .ministry, "행정안전부"), ("LG CNS", .organization, "LG CNS"),
            ("김하늘", .person, "김하늘"),
        ])
        let id = "event:2021-03-17:한-중남미_디지털_협력_포럼"
        #expect(EventRecognizerTests.sources(r, .participatedIn, id) == ["ministry:행정안전부", "organization:LG_CNS", "person:김하늘"])
    }
}
