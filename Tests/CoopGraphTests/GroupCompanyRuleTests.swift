import Testing
@testable import CoopGraph

@Suite("GroupCompanyRule")
struct GroupCompanyRuleTests {
    /// Canonical names of the rule's mentions, over the bundled gazetteers.
    static func companies(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "organization.group-company" }.map(\.canonical)
    }

    @Test("a group prefix against a Hangul name, particles dropped", arguments: [
        ("현지에는 SK네트웍스와 GS글로벌이 진출해 있다", ["SK네트웍스", "GS글로벌"]),
        ("CJ대한통운의 물류센터를 방문했다", ["CJ대한통운"]),
        ("HD현대인프라코어는 굴착기를 수출한다", ["HD현대인프라코어"]),
        ("LS엠트론이 참여했다", ["LS엠트론"]),
        ("SK엔무브와 협력한다", ["SK엔무브"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(Self.companies(text) == expected)
    }

    @Test("another prefix, Latin going on, a word run into, or a known company: not this rule", arguments: [
        "AB전자가 참여했다",
        "SK2호기 건설",
        "LGU플러스",
        "ESK네트웍스",
        "LG전자와 삼성전자가 참석했다",
        "SK하이닉스와도 협력한다",
        "KT가 참여하고 LG의 지원으로",
        "DB화 사업",
    ])
    func notFound(text: String) {
        #expect(Self.companies(text) == [])
    }
}
