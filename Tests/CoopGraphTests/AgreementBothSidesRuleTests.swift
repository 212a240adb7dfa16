import CoopGraph
import Testing

@Suite("AgreementBothSidesRule")
struct AgreementBothSidesRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("관세청", .ministry, "관세청"), ("한국", .country, "한국"), ("태국", .country, "태국"), ("베트남", .country, "베트남"),
        ("특허청", .ministry, "특허청"), ("태국 지식재산청", .ministry, "태국 지식재산청"),
    ]

    @Test("양 관세당국은 … 협정 … 합의: the two countries of the meeting are the parties")
    func twoCountries() {
        let text = "관세청은 3월 4일 방콕에서 한국과 태국 간 관세청장회의를 개최했다. 양 관세당국은 역내포괄적경제동반자협정(RCEP) 활용 지원에 합의했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-03-04", Self.table)
        let id = "agreement:역내포괄적경제동반자협정"
        #expect(EventRecognizerTests.sources(r, .partyTo, id) == ["country:태국", "country:한국"])
    }

    @Test("양 기관은 … 약정을 체결: with no country, the two bodies of the meeting")
    func twoBodies() {
        let text = "특허청은 5월 2일 태국 지식재산청과 청장회의를 개최했다. 양 기관은 이 자리에서 특허심사 협력 약정을 체결했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-05-02", Self.table)
        #expect(EventRecognizerTests.sources(r, .partyTo, "agreement:특허심사_협력_약정") == ["ministry:태국_지식재산청", "ministry:특허청"])
    }

    @Test("three countries at the meeting: no sides taken")
    func threeCountries() {
        let text = "관세청은 3월 4일 한국과 태국, 베트남 간 관세청장회의를 개최했다. 양측은 역내포괄적경제동반자협정(RCEP) 활용 지원에 합의했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-03-04", Self.table)
        #expect(EventRecognizerTests.sources(r, .partyTo, "agreement:역내포괄적경제동반자협정") == [])
    }
}
