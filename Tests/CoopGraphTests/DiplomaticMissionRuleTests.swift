import Testing
@testable import CoopGraph

@Suite("DiplomaticMissionRule")
struct DiplomaticMissionRuleTests {
    /// `kind:canonical[country]` for each mission of the rule, over the bundled gazetteers.
    static func missions(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "body.diplomatic-mission" }.map {
            "\($0.kind.rawValue):\($0.canonical)[\($0.properties["country"] ?? "")]"
        }
    }

    @Test("Korea's missions abroad and foreign missions in Korea, in one word or several", arguments: [
        ("10.30.(토) 주삿포로총영사관은 포럼을 개최하였습니다", ["ministry:주삿포로총영사관[]"]),
        ("주다낭 대한민국 총영사관과 함께 행사를 열었다", ["ministry:주다낭 대한민국 총영사관[]"]),
        ("주에티오피아 대사관 직원들과 간담회를 가졌다", ["ministry:주에티오피아 대사관[]"]),
        ("주베트남한국대사관에서 열린 회의에", ["ministry:주베트남한국대사관[]"]),
        ("주중대사관 관계자와 주로스엔젤레스총영사관 영사가 참석했다", ["ministry:주중대사관[]", "ministry:주로스엔젤레스총영사관[]"]),
        ("주한미국대사관은 성명을 냈다", ["organization:주한미국대사관[미국]"]),
        ("주한 캐나다 대사관과 협의했다", ["organization:주한 캐나다 대사관[캐나다]"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(Self.missions(text) == expected)
    }

    @Test("no place after 주, any embassies in Korea, or more after the head: none", arguments: [
        "주요국 대사관 관계자들이 참석했다",
        "주재 대사관을 통해 전달했다",
        "주한대사관 및 주한 대사관 관계자, 주한외국대사관 직원",
        "주다낭총영사관장은 발표했다",
    ])
    func notFound(text: String) {
        #expect(Self.missions(text) == [])
    }
}
