import Testing
@testable import CoopGraph

@Suite("CountryHeadWord")
struct CountryHeadWordTests {
    static let rule = "test.country-head"

    /// `span|canonical[aliases]@country` for each mention `matcher` adds when the sentence's first
    /// word, `country`, is a country mention.
    static func found(_ text: String, _ matcher: CountryHeadWord, country: String = "태국") -> [String] {
        let bytes = Array(text.utf8)
        let first = text.utf8.firstIndex(of: 0x20).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } ?? bytes.count
        return bytes.withUnsafeBufferPointer { b in
            var ctx = ExtractionContext(bytes: b, sentence: 0..<bytes.count, gazetteer: ExtractionTestSupport.gazetteer, document: .init())
            if text.hasPrefix(country) {
                _ = ctx.add(Mention(range: SourceRange(0, first), kind: .country, canonical: country, surface: country, rule: "gazetteer"))
            }
            matcher.apply(&ctx, rule: rule)
            return ctx.mentions.filter { $0.rule == rule }.map {
                "\(ctx.text($0.range.lowerBound, $0.range.upperBound))|\($0.canonical)[\($0.aliases.sorted().joined(separator: ","))]@\($0.properties["country"] ?? "")"
            }
        }
    }

    static let plain = CountryHeadWord(heads: ["중앙은행", "은행"], followers: [("총재", true), ("대표단", false)])
    static let spelled = CountryHeadWord(
        heads: [CountryHeadWord.Head(bytes: Array("국회".utf8), canonical: "의회", alias: "국회")],
        followers: [("의장", true)], unspacedAlias: false)

    @Test("the longest head after a foreign country; the whole name, or the head alone before a head's title")
    func heads() {
        #expect(Self.found("태국 중앙은행과 협의했다", Self.plain) == ["태국 중앙은행|태국 중앙은행[태국중앙은행]@태국"])
        #expect(Self.found("태국 중앙은행총재를 만났다", Self.plain) == ["중앙은행|태국 중앙은행[태국중앙은행]@태국"])
        #expect(Self.found("태국 중앙은행대표단이 왔다", Self.plain) == ["태국 중앙은행|태국 중앙은행[태국중앙은행]@태국"])
    }

    @Test("a canonical word other than the written one, with its alias and no unspaced alias")
    func spelledHeads() {
        #expect(Self.found("이란 국회의장과 면담했다", Self.spelled, country: "이란") == ["국회|이란 의회[이란 국회]@이란"])
    }

    @Test("none after Korea, before another word, or with no country before")
    func refuses() {
        #expect(Self.found("한국 중앙은행과 협의했다", Self.plain, country: "한국") == [])
        #expect(Self.found("태국 중앙은행권을 샀다", Self.plain) == [])
        #expect(Self.found("중앙은행과 협의했다", Self.plain) == [])
    }
}
