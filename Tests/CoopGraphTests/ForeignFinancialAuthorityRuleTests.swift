import Testing
@testable import CoopGraph

@Suite("ForeignFinancialAuthorityRule")
struct ForeignFinancialAuthorityRuleTests {
    /// `canonical[alias,…]@country` for each financial-authority mention, over the bundled gazetteers.
    static func authorities(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "organization.financial-authority" }.map {
            "\($0.canonical)[\($0.aliases.sorted().joined(separator: ","))]@\($0.properties["country"] ?? "")"
        }
    }

    @Test("a central bank or regulator after a foreign country, with particles or a delegation word", arguments: [
        ("위원장은 캄보디아 중앙은행과 협력 방안을 논의했다", ["캄보디아 중앙은행[캄보디아중앙은행]@캄보디아"]),
        ("이어 필리핀 중앙은행 대표단을 접견했다", ["필리핀 중앙은행[필리핀중앙은행]@필리핀"]),
        ("포럼은 금융위원회와 베트남 증권위원회가 공동 주최했다", ["베트남 증권위원회[베트남증권위원회]@베트남"]),
        ("태국 증권거래위원회는 규정을 개정했다", ["태국 증권거래위원회[태국증권거래위원회]@태국"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(Self.authorities(text) == expected)
    }

    @Test("Korea's own bodies, the two countries' banks, a longer word or no country: none", arguments: [
        "한국 금융위원회는 규정을 고쳤다",
        "양국 중앙은행은 통화스와프를 연장했다",
        "베트남 중앙은행권 발행 규모가 늘었다",
        "중앙은행 총재 회의가 열렸다",
    ])
    func notFound(text: String) {
        #expect(Self.authorities(text) == [])
    }

    @Test("a deputy governor belongs to the foreign central bank")
    func deputyGovernor() {
        let text = "이어 응우옌 반 안(Nguyen Van An) 라오스 중앙은행 부총재와 면담했다"
        #expect(Self.authorities(text) == ["라오스 중앙은행[라오스중앙은행]@라오스"])
        #expect(Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.kind == .person }.map {
            "\($0.canonical)/\($0.properties["title"] ?? "")@\($0.properties["affiliation"] ?? "")"
        } == ["응우옌 반 안/부총재@라오스 중앙은행"])
    }
}
