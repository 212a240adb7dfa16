import Testing
@testable import CoopGraph

@Suite("ForeignShortNameRule")
struct ForeignShortNameRuleTests {
    @Test("the last words of a full foreign name found earlier are that person")
    func shortForm() {
        let text = """
        □ 신범철 국방부차관은 7월 11일 마타르 살렘 알리 알 다헤리(Mattar Salem Ali Al Dhaheri) UAE 국방차관과 회담을 가졌습니다.

        ㅇ 알 다헤리 UAE 국방차관은, 협력이 중요하다고 평가하였습니다.
        """
        let names = Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.kind == .person }.map(\.canonical)
        #expect(names == ["신범철", "마타르 살렘 알리 알 다헤리", "마타르 살렘 알리 알 다헤리"])
    }

    @Test("Korean names are left alone")
    func korean() {
        let text = "김철수 외교부 장관과 박철수 외교부 차관이 참석하였다."
        let names = Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.kind == .person }.map(\.canonical)
        #expect(names == ["김철수", "박철수"])
    }
}
