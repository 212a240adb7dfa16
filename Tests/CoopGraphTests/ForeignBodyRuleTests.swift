import Testing
@testable import CoopGraph

@Suite("ForeignBodyRule")
struct ForeignBodyRuleTests {
    let rules: [any EntityRule] = [GazetteerRule(), ForeignBodyRule()]

    @Test("a country and a ministry word make a foreign ministry", arguments: [
        ("일본 경제산업성 마츠노 다이스케 금속과장과", "일본 경제산업성", "경제산업성"),
        ("미국 에너지부 제니퍼 글랜홈 장관을 만나", "미국 에너지부", "에너지부"),
        ("미국 환경보호청은", "미국 환경보호청", "환경보호청"),
        ("일본 외무성의 발표", "일본 외무성", "외무성"),
        // Parts of one name joined by a middle dot.
        ("칠레 외교·국제협력부 국장을", "칠레 외교·국제협력부", "외교·국제협력부"),
        ("호주 산업·과학·자원부와", "호주 산업·과학·자원부", "산업·과학·자원부"),
    ])
    func ministries(text: String, canonical: String, alias: String) {
        let found = ExtractionTestSupport.mentions(text, rules: rules)
        #expect(found.map { "\($0.kind.rawValue):\($0.canonical)" } == ["ministry:\(canonical)"])
        #expect(found.first?.aliases == [alias])
        #expect(found.first?.properties["country"] == String(canonical.prefix(2)))
        #expect(found.first?.range == ExtractionTestSupport.range(of: canonical, in: text))
    }

    @Test("ordinary words after a country are not ministries", arguments: [
        "미국 정부는", "일본 가능성", "미국 외교·안보 전문가", "일본 정치·경제 일부", "중국 중요성을", "미국 일부", "한국 산업부",
    ])
    func notMinistries(text: String) {
        #expect(!ExtractionTestSupport.mentions(text, rules: rules).contains { $0.rule == "ministry.foreign" })
    }
}
