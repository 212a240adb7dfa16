import Testing
@testable import CoopGraph

@Suite("ForeignParliamentRule")
struct ForeignParliamentRuleTests {
    /// `canonical[alias,…]{rule}` for each parliament mention, over the bundled gazetteers.
    static func parliaments(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "organization.parliament" }.map {
            "\($0.canonical)[\($0.aliases.sorted().joined(separator: ","))]@\($0.properties["country"] ?? "")"
        }
    }

    @Test("a chamber after a foreign country, with particles or a delegation word", arguments: [
        ("장관은 3일 프랑스 의회를 찾아 의원들과 만났다", ["프랑스 의회[프랑스 국회]@프랑스"]),
        ("대표단은 베트남 국회와 협력 방안을 논의했다", ["베트남 의회[베트남 국회]@베트남"]),
        ("총리는 캐나다 의회에서 연설했다", ["캐나다 의회[캐나다 국회]@캐나다"]),
        ("차관은 방한한 미국 하원의원단과 면담했다", ["미국 하원[]@미국"]),
        ("독일 연방하원 대표단이 국회를 방문했다", ["독일 연방하원[]@독일"]),
        ("일본 참의원 의원들과 간담회를 가졌다", ["일본 참의원[]@일본"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(Self.parliaments(text) == expected)
    }

    @Test("Korea's own 국회, a member's title, another body or no country: no foreign parliament", arguments: [
        "한국 국회는 법안을 통과시켰다",
        "국회 외교통일위원회가 열렸다",
        "장관은 존 스미스 미국 상원의원과 면담했다",
        "미국 의회조사국 보고서에 따르면",
        "장관은 의회 지도자들과 만났다",
    ])
    func notFound(text: String) {
        #expect(Self.parliaments(text) == [])
    }

    @Test("a foreign speaker belongs to his parliament, not to Korea's 국회")
    func speaker() {
        let text = "총리는 「모하마드 오스만(Mohammad Osman)」 말레이시아 국회의장과 면담을 가졌다"
        #expect(Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.kind == .person }.map {
            "\($0.canonical)/\($0.properties["title"] ?? "")@\($0.properties["affiliation"] ?? "")"
        } == ["모하마드 오스만/의장@말레이시아 의회"])
        #expect(Self.parliaments(text) == ["말레이시아 의회[말레이시아 국회]@말레이시아"])
    }
}
