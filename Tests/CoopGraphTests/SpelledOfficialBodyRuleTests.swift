import Testing
@testable import CoopGraph

@Suite("SpelledOfficialBodyRule")
struct SpelledOfficialBodyRuleTests {
    /// `name/title@affiliation` for each person, over the bundled gazetteers.
    static func persons(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.kind == .person }.map {
            "\($0.canonical)/\($0.properties["title"] ?? "")@\($0.properties["affiliation"] ?? "")"
        }
    }

    /// `canonical[country]` for each ministry of the rule.
    static func bodies(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "ministry.spelled-official-body" }.map {
            "\($0.canonical)[\($0.properties["country"] ?? "")]"
        }
    }

    @Test("a bare Korean ministry after a foreign official's Latin spelling is the sentence's foreign country's", arguments: [
        ("본부장은 폴란드 바르샤바를 방문하여 로베르트 쿠피에츠키(Robert Kupiecki) 외교부 차관과 협의회를 개최하였다",
         ["폴란드 외교부[폴란드]"], ["로베르트 쿠피에츠키/차관@폴란드 외교부"]),
        ("아랍에미리트(UAE)를 방문 중인 차관은 아흐메드 알 사예그(Ahmed Al Sayegh) 외교부 국무장관과 면담을 갖고 논의했다",
         ["아랍에미리트 외교부[아랍에미리트]"], ["아흐메드 알 사예그/국무장관@아랍에미리트 외교부"]),
        ("장관은 칠레 산티아고에서 마르타 로하스(Marta Rojas) 국방부 장관과 회담했다",
         ["칠레 국방부[칠레]"], ["마르타 로하스/장관@칠레 국방부"]),
    ])
    func found(text: String, bodies: [String], persons: [String]) {
        #expect(Self.bodies(text) == bodies)
        #expect(Self.persons(text) == persons)
    }

    @Test("two foreign countries, no spelling, or a gloss before the ministry: Korea's body stays", arguments: [
        "미국과 일본을 방문한 존 스미스(John Smith) 외교부 차관은 협의했다",
        "폴란드를 방문한 장관은 외교부 차관과 협의했다",
        "폴란드 측은 무역협정(Free trade agreement) 외교부 검토를 요청했다",
    ])
    func notFound(text: String) {
        #expect(Self.bodies(text) == [])
    }
}
