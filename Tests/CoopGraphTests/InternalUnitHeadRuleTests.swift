import Testing
@testable import CoopGraph

@Suite("InternalUnitHeadRule")
struct InternalUnitHeadRuleTests {
    @Test("the head of 통상교섭본부 keeps the unit in the title and belongs to the ministry")
    func tradeMinister() {
        let text = "산업통상부(장관 김정관) 여한구 통상교섭본부장은 12.10.(수) 오후 대사를 접견하였다."
        let persons = Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.kind == .person }.map {
            "\($0.canonical)/\($0.properties["title"] ?? "")@\($0.properties["affiliation"] ?? "")"
        }
        #expect(persons == ["김정관/장관@산업통상자원부", "여한구/통상교섭본부장@산업통상자원부"])
    }

    @Test("an attached agency (no internal=1) keeps its head")
    func agency() {
        let text = "이인정 국립통일교육원 교수는 한국 사례를 제안한다. 국립통일교육원 김철수 원장이 참석하였다."
        let persons = Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.kind == .person }.map {
            "\($0.canonical)/\($0.properties["title"] ?? "")@\($0.properties["affiliation"] ?? "")"
        }
        #expect(persons == ["이인정/교수@국립통일교육원", "김철수/원장@국립통일교육원"])
    }
}
