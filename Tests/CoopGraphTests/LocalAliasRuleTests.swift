import Testing
@testable import CoopGraph

@Suite("LocalAliasRule")
struct LocalAliasRuleTests {
    @Test("a defined short name is found with particles, not inside longer words")
    func laterMentions() {
        let text = "「국가희소금속센터」(이하 희소금속센터)를 개소하였다.\n희소금속센터는 지원할 계획이다.\n대희소금속센터들"
        let found = ExtractionTestSupport.mentions(text).filter { $0.rule == "alias.local" }
        #expect(found.map { "\($0.canonical)=\($0.surface)" } == ["국가희소금속센터=희소금속센터"])
        #expect(found.first?.range == SourceRange(text.utf8.count - "희소금속센터는 지원할 계획이다.\n대희소금속센터들".utf8.count,
                                                   text.utf8.count - "는 지원할 계획이다.\n대희소금속센터들".utf8.count))
    }
}
