import CoopGraph
import Testing

@Suite("AgreementTitledCounterpartRule")
struct AgreementTitledCounterpartRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("소방청", .ministry, "소방청"), ("라오스 내무부", .ministry, "라오스 내무부"), ("캄폰 사이야봉", .person, "캄폰 사이야봉"),
        ("산림청", .ministry, "산림청"), ("페루", .country, "페루"), ("교육부", .ministry, "교육부"),
    ]

    @Test("[body] [title]과 면담을 갖고, … 협약을 체결: the body is a party")
    func bodyBeforeTitle() {
        let text = "소방청은 9일 캄폰 사이야봉 라오스 내무부 차관과 면담을 갖고, 재난 대응 협력 업무협약을 체결했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-06-09", Self.table)
        #expect(EventRecognizerTests.sources(r, .partyTo, "agreement:재난_대응_협력_업무협약") == ["ministry:라오스_내무부", "ministry:소방청"])
    }

    @Test("a country before an ambassador's title: 페루 대사와")
    func countryBeforeAmbassador() {
        let text = "산림청은 3일 페루 대사와 산림 협력 의향서에 서명했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-06-03", Self.table)
        #expect(EventRecognizerTests.sources(r, .partyTo, "agreement:산림_협력_의향서") == ["country:페루", "ministry:산림청"])
    }

    @Test("a word after the body that is no title (교육부 관계자와) or a sentence that does not sign adds nothing")
    func notATitle() {
        let signed = "산림청은 3일 교육부 관계자와 산림 교육 업무협약을 체결했다."
        let r = EventRecognizerTests.run(text: signed, date: "2025-06-03", Self.table)
        #expect(EventRecognizerTests.sources(r, .partyTo, "agreement:산림_교육_업무협약") == ["ministry:산림청"])
        let planned = "산림청은 3일 페루 대사와 만나 산림 협력 의향서를 논의하고 합의했다."
        let p = EventRecognizerTests.run(text: planned, date: "2025-06-03", Self.table)
        #expect(EventRecognizerTests.sources(p, .partyTo, "agreement:산림_협력_의향서") == ["ministry:산림청"])
    }
}
