import Testing
@testable import CoopGraph

@Suite("AliasDefinitionRule")
struct AliasDefinitionRuleTests {
    @Test("(이하 X) defines a short name used later in the document")
    func hereafter() {
        let text = "한국생산기술연구원(이하 생기원)은 현판식을 개최하였다.\n생기원 희소금속산업기술센터에서"
        let found = ExtractionTestSupport.mentions(text).filter { $0.kind == .institute }
        #expect(found.map { "\($0.canonical)=\($0.surface)@\($0.rule)" } == [
            "한국생산기술연구원=한국생산기술연구원@gazetteer.institute",
            "한국생산기술연구원=생기원@alias.definition",
            "한국생산기술연구원=생기원@alias.local",
        ])
        #expect(found[0].aliases.contains("생기원"))
    }

    @Test("(장관 방문규, 이하 산업부): the alias part is found among other parts")
    func mixedParts() {
        let text = "산업통상자원부(장관 방문규, 이하 산업부)와 함께"
        #expect(ExtractionTestSupport.summary(text) == [
            "ministry:산업통상자원부=산업통상자원부", "person:방문규=방문규", "ministry:산업통상자원부=산업부",
        ])
    }

    @Test("ASCII abbreviations and English names are aliases", arguments: [
        ("한국화학연구원(KRICT)은", "KRICT"),
        ("캐나다 캘거리대학교(University of Calgary, 메탄 활용 CCU기술)", "University of Calgary"),
    ])
    func ascii(text: String, alias: String) {
        let found = ExtractionTestSupport.mentions(text)
        #expect(found.contains { $0.surface == alias && $0.rule == "alias.definition" })
        #expect(found.first { $0.kind.isBody }?.aliases.contains(alias) == true)
    }

    @Test("a parenthesis after a non-entity defines nothing")
    func nothing() {
        #expect(ExtractionTestSupport.summary("공적개발원조(ODA) 등 국제협력사업") == [])
    }
}
