import CoopGraph
import Testing

@Suite("AgreementOmittedSubjectRule")
struct AgreementOmittedSubjectRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("해양수산부", .ministry, "해양수산부"), ("해수부", .ministry, "해양수산부"), ("칠레", .country, "칠레"),
        ("산업통상자원부", .ministry, "산업통상자원부"), ("영국", .country, "영국"),
    ]

    @Test("the subject of the sentence before signs with the counterpart named alone")
    func subjectCarriesOver() {
        let text = "해양수산부는 5일 칠레와 수산협력 회의를 열었다. 이어 칠레와 '수산자원 관리 협력에 관한 양해각서'를 체결했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-03-05", Self.table)
        let id = "agreement:수산자원_관리_협력에_관한_양해각서"
        #expect(EventRecognizerTests.sources(r, .partyTo, id) == ["country:칠레", "ministry:해양수산부"])
    }

    @Test("a foreign subject in between stops the search")
    func foreignSubjectStops() {
        let text = "해수부는 5일 칠레와 회의를 열었다. 칠레는 협력 확대를 제안했다. 이어 칠레와 '수산자원 관리 협력에 관한 양해각서'를 체결했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-03-05", Self.table)
        #expect(EventRecognizerTests.sources(r, .partyTo, "agreement:수산자원_관리_협력에_관한_양해각서") == ["country:칠레"])
    }

    @Test("more than four sentences back is too far")
    func tooFar() {
        let text = "해양수산부는 5일 회의를 열었다. 회의는 길었다. 논의도 많았다. 성과도 컸다. 분위기도 좋았다. 이어 칠레와 '수산 협력에 관한 양해각서'를 체결했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-03-05", Self.table)
        #expect(EventRecognizerTests.sources(r, .partyTo, "agreement:수산_협력에_관한_양해각서") == ["country:칠레"])
    }

    @Test("an FTA binds states: the ministry of the sentence before is no party")
    func stateAgreementLeftAlone() {
        let text = "산업통상자원부는 7일 통상장관회의를 열었다. 이어 영국과 '디지털 통상 FTA'에 서명했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-03-07", Self.table)
        #expect(EventRecognizerTests.sources(r, .partyTo, "agreement:디지털_통상_FTA") == ["country:영국"])
    }

    @Test("the sentence's own subject is enough: nothing carried over")
    func ownSubject() {
        let text = "해양수산부는 5일 회의를 열었다. 해수부는 칠레와 '수산 협력에 관한 양해각서'를 체결했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-03-05", Self.table)
        #expect(EventRecognizerTests.sources(r, .partyTo, "agreement:수산_협력에_관한_양해각서") == ["country:칠레", "ministry:해양수산부"])
    }

    @Test("a note listing past agreements is left as it is")
    func noteLeftAlone() {
        let text = "해양수산부는 5일 칠레와 회의를 열었다.\n* 칠레와 수산협력 업무협약(MOU) 체결('19년)"
        let r = EventRecognizerTests.run(text: text, date: "2025-03-05", Self.table)
        #expect(EventRecognizerTests.sources(r, .partyTo, "agreement:수산협력_업무협약") == ["country:칠레"])
    }
}
