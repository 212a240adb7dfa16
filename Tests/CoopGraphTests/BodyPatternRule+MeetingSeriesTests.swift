import Testing
@testable import CoopGraph

@Suite("BodyPatternRule+MeetingSeries")
struct BodyPatternRuleMeetingSeriesTests {
    let rules: [any EntityRule] = [CountryCompoundRule(), GazetteerRule(), BodyPatternRule()]

    /// The bodies BodyPatternRule found, as `kind:canonical`.
    func bodies(_ text: String) -> [String] {
        ExtractionTestSupport.mentions(text, rules: rules).filter { $0.rule == "body.pattern" }.map { "\($0.kind.rawValue):\($0.canonical)" }
    }

    @Test("a council or committee after a country compound or a round is a session, not a body", arguments: [
        "차관은 도쿄에서 제16차 한미일 외교차관협의회를 개최했다",
        "연말 제12차 한-미 과학기술공동위원회를 통해 발표할 예정이다",
        "양국은 3차 에너지정책협의회에서 논의했다",
    ])
    func sessions(text: String) {
        #expect(bodies(text) == [])
    }

    @Test("the same heads after other words stay bodies", arguments: [
        ("이번 행사는 한국무역협회와 대한종합병원협의회가 주관했다", ["organization:한국무역협회", "organization:대한종합병원협의회"]),
        ("한미 양국 외교차관협의회는", ["organization:외교차관협의회"]),
    ])
    func standing(text: String, expected: [String]) {
        #expect(bodies(text) == expected)
    }
}
