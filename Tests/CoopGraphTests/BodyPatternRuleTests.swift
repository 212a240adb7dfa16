import Testing
@testable import CoopGraph

@Suite("BodyPatternRule")
struct BodyPatternRuleTests {
    let rules: [any EntityRule] = [GazetteerRule(), BodyPatternRule()]

    @Test("unseen bodies by their head, with kinds", arguments: [
        ("서울과기대 이상준 교수, 한국금속재료연구조합 등 산학연 관계자들이", ["institute:한국금속재료연구조합=한국금속재료연구조합"]),
        ("일본철강연맹은 9월 21일", ["organization:일본철강연맹=일본철강연맹"]),
        ("「국가희소금속센터」(이하 희소금속센터)를", ["institute:국가희소금속센터=국가희소금속센터"]),
        ("캐나다 캘거리대학교(University of Calgary, 메탄 활용 CCU기술)", ["country:캐나다=캐나다", "organization:캘거리대학교=캘거리대학교"]),
        ("국민권익위원회는 밝혔다", ["organization:국민권익위원회=국민권익위원회"]),
        ("부산세관과 오사카세관이 자매결연", ["ministry:부산세관=부산세관", "ministry:오사카세관=오사카세관"]),
        // Learned societies.
        ("외교부는 한국국제정치학회와 함께 포럼을 개최", ["ministry:외교부=외교부", "organization:한국국제정치학회=한국국제정치학회"]),
        ("대한감염학회장은 밝혔다", ["organization:대한감염학회=대한감염학회"]),
    ])
    func bodies(text: String, expected: [String]) {
        #expect(ExtractionTestSupport.summary(text, rules: rules) == expected)
    }

    @Test("a body named after its country records the country")
    func country() {
        #expect(ExtractionTestSupport.mentions("일본철강연맹은", rules: rules).first?.properties == ["country": "일본"])
    }

    @Test("a short form resolves to the gazetteer's 한국+X: 생산기술연구원 → 한국생산기술연구원")
    func koreaPrefix() {
        #expect(ExtractionTestSupport.summary("생산기술연구원 이상목 원장은", rules: [BodyPatternRule()]) == [
            "institute:한국생산기술연구원=생산기술연구원",
        ])
    }

    @Test("descriptive phrases are not bodies", arguments: [
        "공공연구소를 중심으로", "관련 협회", "주요연구기관", "해외연구소와", "국내대학", "사립대학", "예방접종센터를 운영",
        "지원센터", "연구원 3명", "책임연구원", "공사 현장", "협의회를 개최", "희소금속 산업 협의회가 개최되었다",
        "유관학회와 협력", "대표학회로서", "학회에서 발표",
    ])
    func phrases(text: String) {
        #expect(ExtractionTestSupport.summary(text, rules: rules) == [])
    }
}
