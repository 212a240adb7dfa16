import Testing
@testable import CoopGraph

@Suite("BilateralReferenceRule")
struct BilateralReferenceRuleTests {
    @Test("양국 names the two countries of the document's only bilateral compound")
    func bothCountries() {
        let text = "한·일 산학연, 그린 철강에 힘 모은다\n양국 철강업계는 토론회를 연 1회 정례 개최할 방침이다."
        let found = ExtractionTestSupport.mentions(text).filter { $0.rule == "country.bilateral-reference" }
        #expect(found.map { $0.canonical } == ["일본", "한국"])
        #expect(found.allSatisfy { $0.range == ExtractionTestSupport.range(of: "양국", in: text) })
    }

    @Test("no pair, or two different pairs: 양국 stays unresolved")
    func ambiguous() {
        for text in ["양국 정부는", "한·일 회의와 한-미 회의에서 양국은"] {
            #expect(!ExtractionTestSupport.mentions(text).contains { $0.rule == "country.bilateral-reference" })
        }
    }
}
