import CoopGraph
import Testing

@Suite("ChairRule")
struct ChairRuleTests {
    static let table: EventRecognizerTests.Table = [("우리나라", .country, "한국"), ("미국", .country, "미국"), ("한국", .country, "한국")]

    @Test("우리나라는 미국에 이어 의장국 수임(2024.7월부터 1년): the subject chairs for the term, the predecessor without dates")
    func chairWithTerm() {
        let text = "※ 핵심광물안보파트너십(MSP) : 핵심광물 공급망 관련 국제 협의체로 14개국 참여 중\n\n우리나라는 미국에 이어 2대 의장국 수임(2024.7월부터 1년)"
        let r = EventRecognizerTests.run(text: text, date: "2024-09-20", Self.table)
        let chairs = r.edges.filter { $0.relation == .chairs }
        #expect(chairs.map { "\($0.source)>\($0.target) \($0.properties["from"] ?? "-") \($0.properties["to"] ?? "-")" } == [
            "country:미국>agreement:핵심광물안보파트너십 - -",
            "country:한국>agreement:핵심광물안보파트너십 2024-07 2025-07",
        ])
    }

    @Test("no chair cue, no chairs edge")
    func noCue() {
        let text = "※ 핵심광물안보파트너십(MSP) : 핵심광물 공급망 관련 국제 협의체로 14개국 참여 중\n\n우리나라는 미국과 협력을 강화한다."
        let r = EventRecognizerTests.run(text: text, date: "2024-09-20", Self.table)
        #expect(r.edges.filter { $0.relation == .chairs }.isEmpty)
    }
}
