import Testing
@testable import CoopGraph

@Suite("CountryCompoundRule")
struct CountryCompoundRuleTests {
    let rules: [any EntityRule] = [CountryCompoundRule()]

    @Test("compounds give one mention per country at the part's span", arguments: [
        ("한·일 산학연, 그린 철강에 힘 모은다", ["country:한국=한", "country:일본=일"]),
        ("제1회 한-일 그린 철강 공동토론회", ["country:한국=한", "country:일본=일"]),
        ("한일 정상회담", ["country:한국=한", "country:일본=일"]),
        ("한미, 에너지 민간 협력채널 구축 합의", ["country:한국=한", "country:미국=미"]),
        ("한·미·일 협력", ["country:한국=한", "country:미국=미", "country:일본=일"]),
        ("한-칠레 FTA", ["country:한국=한", "country:칠레=칠레"]),
        ("韓美 동맹", ["country:한국=韓", "country:미국=美"]),
        ("한-아세안 협력", ["country:한국=한", "organization:아세안=아세안"]),
        ("한미동맹을 강화", ["country:한국=한", "country:미국=미"]),
        ("한ㆍ중 경제장관회의", ["country:한국=한", "country:중국=중"]),
        ("한․일․중 정상회의", ["country:한국=한", "country:일본=일", "country:중국=중"]),
        ("러북이 조약을 체결", ["country:러시아=러", "country:북한=북"]),
    ])
    func compounds(text: String, expected: [String]) {
        #expect(ExtractionTestSupport.summary(text, rules: rules) == expected)
    }

    @Test("ordinary words are not compounds", arguments: [
        "한편 정부는", "한국 정부", "중한 사안", "일한 만큼", "중·장기 과제", "9월 21일-22일", "한중간에", "미중 전략경쟁", "한인 동포", "방한 중인 대표", "북미 시장",
    ])
    func notCompounds(text: String) {
        let found = ExtractionTestSupport.summary(text, rules: rules)
        if text == "한중간에" {
            #expect(found == ["country:한국=한", "country:중국=중"])
        } else {
            #expect(found == [])
        }
    }

    @Test("a compound the stopwords hold is a region (인·태, the Indo-Pacific), with the bundled gazetteers")
    func regionCompound() {
        let countries = { (text: String) in
            Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "country.compound" }.map(\.canonical)
        }
        #expect(countries("인·태 지역에서 협력을 확대하기로 했다") == [])
        #expect(countries("인-태 전략을 설명했다") == [])
        #expect(countries("한·태 수교 65주년을 기념했다") == ["한국", "태국"])
    }

    @Test("the document remembers each bilateral pair")
    func records() {
        let doc = ExtractionTestSupport.document("한·일 산학연")
        let bytes = Array(doc.body.text.utf8)
        bytes.withUnsafeBufferPointer { b in
            var ctx = ExtractionContext(bytes: b, sentence: 0..<b.count, gazetteer: ExtractionTestSupport.gazetteer, document: .init())
            CountryCompoundRule().apply(&ctx)
            #expect(ctx.document.compounds == [["한국", "일본"]])
        }
    }

    @Test("the pre-check passes every word that parses as a compound and rejects plain words")
    func preCheck() {
        let rule = CountryCompoundRule()
        let text = "한·일 한-칠레 한미동맹을 韓美 한EU 한-아세안 러북이 한일 한편 정부는 한국과 미국 산업통상자원부 한중간에"
        let bytes = Array(text.utf8)
        var passed: [String] = []
        bytes.withUnsafeBufferPointer { b in
            let context = ExtractionContext(bytes: b, sentence: 0..<b.count, gazetteer: ExtractionTestSupport.gazetteer,
                                            document: DocumentExtractionState())
            var i = 0
            while i < b.count {
                let s = HangulBytes.scalar(at: i, in: b)
                if context.isWordStart(i), HangulBytes.isHangulSyllable(s.value) || HangulBytes.isHanja(s.value) {
                    let may = rule.mayStartCompound(at: i, context: context)
                    if rule.parse(at: i, context: context) != nil { #expect(may) }
                    if may { passed.append(HangulBytes.string(i, HangulBytes.hangulRunEnd(from: i, upper: b.count, in: b), in: b)) }
                }
                i += s.length
            }
        }
        #expect(passed == ["한", "한", "한미동맹을", "", "한", "한", "러북이", "한일", "한중간에"])
    }

    @Test("parts are distinct by entity, compared pairwise")
    func distinct() {
        let g = ExtractionTestSupport.gazetteer
        typealias Part = CountryCompoundRule.Part
        #expect(CountryCompoundRule.distinctCanonicals([Part(start: 0, end: 3, entry: 0), Part(start: 3, end: 6, entry: 1)], g)
                == (g.entries[0].canonical != g.entries[1].canonical))
        #expect(!CountryCompoundRule.distinctCanonicals([Part(start: 0, end: 3, entry: 0), Part(start: 3, end: 6, entry: 0)], g))
        #expect(CountryCompoundRule.distinctCanonicals([], g))
    }
}
