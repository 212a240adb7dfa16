import Testing
@testable import CoopGraph

@Suite("BracketedBodyRule")
struct BracketedBodyRuleTests {
    @Test("a bracketed multi-word body, and its later plain mentions")
    func council() {
        let text = "탄소중립 대응을 위한 「글로벌 기술협력 협의체」 출범식을 개최하고\n- 글로벌 기술협력 협의체는 탄소 다배출 6개 업종별 공공연구소로 구성되며"
        let found = ExtractionTestSupport.mentions(text).filter { $0.canonical == "글로벌 기술협력 협의체" }
        #expect(found.map { "\($0.kind.rawValue)@\($0.rule)" } == ["organization@body.bracketed", "organization@alias.local"])
        #expect(found.first?.range == ExtractionTestSupport.range(of: "글로벌 기술협력 협의체", in: text))
    }

    @Test("a bracketed network is a body too")
    func network() {
        let text = "양국은 「한-아세안 표준협력 네트워크」 발족식을 개최하였다"
        let found = ExtractionTestSupport.mentions(text).filter { $0.rule == "body.bracketed" }
        #expect(found.map { "\($0.kind.rawValue):\($0.canonical)" } == ["organization:한-아세안 표준협력 네트워크"])
    }

    @Test("bracketed titles of events, laws and plans are not bodies", arguments: [
        "「제2차 경제안보외교 민관합동 라운드테이블」을 개최했다",
        "「소재 부품 장비산업 경쟁력강화를 위한 특별조치법」이",
        "「탄소중립 기술혁신 지원단」을 운영할 계획이다",
        "「제21차 한-EU 공동위원회」를 개최했다",
        "「핵심광물 공급망 다변화」 및 「배터리 산업의 미래」라는",
    ])
    func notBodies(text: String) {
        #expect(!ExtractionTestSupport.mentions(text).contains { $0.rule == "body.bracketed" })
    }
}
