@testable import CoopGraph
import Testing

@Suite("BilateralRule")
struct BilateralRuleTests {
    @Test("short forms and mentioned countries in a leading compound")
    func codes() {
        let mongolia = Mention(range: SourceRange(0, 0), kind: .country, canonical: "몽골", surface: "몽골", rule: "test")
        #expect(BilateralRule.codes(in: "한-일 민관 철강협의회") == ["한국", "일본"])
        #expect(BilateralRule.codes(in: "한미 에너지장관회담") == ["한국", "미국"])
        #expect(BilateralRule.codes(in: "한·미·일 정상회담") == ["한국", "미국", "일본"])
        #expect(BilateralRule.codes(in: "한-몽골 경제동반자협정", [mongolia]) == ["한국", "몽골"])
        #expect(BilateralRule.codes(in: "한-몽골 경제동반자협정") == [])
        #expect(BilateralRule.codes(in: "한국철강협회 토론회") == [])
    }

    @Test("the byte reading of simple names agrees with exact expectations: ordinals, years, dashes, syllable pairs")
    func simpleNames() {
        let mongolia = Mention(range: SourceRange(0, 0), kind: .country, canonical: "몽골", surface: "몽골", rule: "test")
        #expect(BilateralRule.codes(in: "제32차 한-일 관세청장회의") == ["한국", "일본"])
        #expect(BilateralRule.codes(in: "2024 한-일 포럼") == ["한국", "일본"])
        #expect(BilateralRule.codes(in: "2024년 한미일 회의") == ["한국", "미국", "일본"])
        #expect(BilateralRule.codes(in: "한--몽골 협정", [mongolia]) == ["한국", "몽골"])
        #expect(BilateralRule.codes(in: "한-X 회의") == [])
        #expect(BilateralRule.codes(in: "-한미 회의") == [])
        #expect(BilateralRule.codes(in: "한미일중러 회의") == [])
        #expect(BilateralRule.codes(in: "제2차 회의") == [])
    }

    @Test("mayHoldCodes is false only where codes finds nothing: the word read needs a separator or a leading 한")
    func mayHold() {
        #expect(BilateralRule.mayHoldCodes("한-일 포럼"))
        #expect(BilateralRule.mayHoldCodes("제32차 한미 회의"))
        #expect(BilateralRule.mayHoldCodes("2024 일-중 포럼"))
        #expect(BilateralRule.mayHoldCodes("한·미·일 정상회담"))   // not ASCII and syllables only: asked of codes
        #expect(!BilateralRule.mayHoldCodes("국제 한국학 포럼"))
        #expect(!BilateralRule.mayHoldCodes("제3차 라운드테이블"))
        #expect(!BilateralRule.mayHoldCodes("APEC 한-일 회의"))
        #expect(!BilateralRule.mayHoldCodes(""))
        for name in ["국제 한국학 포럼", "제3차 라운드테이블", "APEC 한-일 회의", "2024 국제 포럼 한-일"] {
            #expect(BilateralRule.codes(in: name) == [], "\(name)")
        }
    }

    @Test("a bilateral agreement has both countries as parties")
    func agreementParties() {
        let text = "양국은 11월 11일 한-몽골 경제동반자협정(EPA) 협상을 조속히 타결하기로 했다."
        let r = EventRecognizerTests.run(text: text, date: "2024-11-11", [("몽골", .country, "몽골")])
        #expect(EventRecognizerTests.sources(r, .partyTo, "agreement:한-몽골_경제동반자협정") == ["country:몽골", "country:한국"])
    }

    @Test("a bilateral subject (한-덴마크 과기공동위는 …) makes both countries parties of the agreements it names")
    func bilateralSubjectParties() {
        let text = "ㅇ 한-덴마크 과기공동위는 2012년 과학기술 협력 양해각서(MoU)와 2015년 과학기술협력 공동성명서를 근거로 추진되는 정부간 협의체이다."
        let r = EventRecognizerTests.run(text: text, date: "2020-02-04", [("덴마크", .country, "덴마크")])
        #expect(EventRecognizerTests.ids(r, .agreement) == ["agreement:과학기술_협력_양해각서", "agreement:과학기술협력_공동성명서"])
        for a in EventRecognizerTests.ids(r, .agreement) {
            #expect(EventRecognizerTests.sources(r, .partyTo, a) == ["country:덴마크", "country:한국"])
        }
        #expect(EventRecognizerTests.ids(r, .event) == [])
    }

    @Test("a bilateral word that is not the subject (한-일 산업포럼에) does not make parties")
    func bilateralNotSubject() {
        let text = "포스코는 5월 3일 한-일 산업포럼에 참석해 일본제철과 기술협력 양해각서를 체결했다."
        let r = EventRecognizerTests.run(text: text, date: "2024-05-03", [("포스코", .organization, "포스코"), ("일본제철", .organization, "일본제철")])
        #expect(EventRecognizerTests.sources(r, .partyTo, "agreement:기술협력_양해각서") == ["organization:일본제철", "organization:포스코"])
    }

    @Test("an ordinal or year before the pair (제32차 한-일 …) and the one-dot leader (한․미․일) still give the countries")
    func ordinalAndLeader() {
        #expect(BilateralRule.codes(in: "제32차 한-일 관세청장회의") == ["한국", "일본"])
        #expect(BilateralRule.codes(in: "2024 한-일 포럼") == ["한국", "일본"])
        #expect(BilateralRule.codes(in: "한․미․일 정상회담") == ["한국", "미국", "일본"])
        #expect(BilateralRule.codes(in: "제3차 라운드테이블") == [])
    }

    @Test("양국은 … in a release about one pair of countries: both take part")
    func bothSides() {
        let text = "한-파키스탄 CEPA 제1차 공식협상 개최\n\n양국은 4.20(월)~4.23(목) 상품 분야를 대상으로 사전협상을 화상으로 실시하였다."
        let r = EventRecognizerTests.run(text: text, date: "2026-04-30", [("파키스탄", .country, "파키스탄")])
        #expect(EventRecognizerTests.sources(r, .participatedIn, "event:2026-04-20:사전협상") == ["country:파키스탄", "country:한국"])
    }

    @Test("an ordinal with event words only (제7차 공동위, 1차 회의) is a meeting of the release's pair")
    func bareInstance() {
        #expect(BilateralRule.isBareInstance("제7차 공동위"))
        #expect(BilateralRule.isBareInstance("1차 회의"))
        #expect(!BilateralRule.isBareInstance("제7차 한-몽골 공동위원회"))
        #expect(!BilateralRule.isBareInstance("공동위 회의"))
        let text = "외교부는 11.11.(월) 서울에서 제8차 한-몽골 공동위원회를 개최했다.\n\n※ 제7차 공동위는 ’23.6월 몽골 울란바타르에서 개최"
        let r = EventRecognizerTests.run(text: text, date: "2024-11-11", [("몽골", .country, "몽골")])
        #expect(EventRecognizerTests.sources(r, .participatedIn, "event:2023-06:제7차_공동위") == ["country:몽골", "country:한국"])
    }

    @Test("syllables cuts a word of two to four precomposed syllables on its bytes, and refuses anything else")
    func syllables() {
        #expect(BilateralRule.syllables("한미") == ["한", "미"])
        #expect(BilateralRule.syllables("한중일") == ["한", "중", "일"])
        #expect(BilateralRule.syllables("한국과의") == ["한", "국", "과", "의"])
        #expect(BilateralRule.syllables("한") == nil)
        #expect(BilateralRule.syllables("한국에서는") == nil)
        #expect(BilateralRule.syllables("한-일") == nil)
        #expect(BilateralRule.syllables("한ㆍ미") == nil)
        #expect(BilateralRule.syllables("\u{1112}\u{1161}\u{11AB}미") == nil)
        #expect(BilateralRule.codes(in: "한중일 정상회의") == ["한국", "중국", "일본"])
        #expect(BilateralRule.codes(in: "한국은 미국과") == [])
    }

    @Test("a subject pair before an agreement needs a topic particle on the word after it")
    func subjectPair() {
        let body = "한-몽골 양국은 협정을 체결했다"
        let t = EventText(document: SeedDocuments.document(text: body, date: nil), mentions: [], dates: [])
        let start = body.utf8.count - "협정을 체결했다".utf8.count
        let sr = SourceRange(0, body.utf8.count)
        let mongolia = Mention(range: SourceRange(100, 101), kind: .country, canonical: "몽골", surface: "몽골", rule: "test")
        #expect(BilateralRule.subjectCodes(before: start, in: sr, t, [mongolia]) == ["한국", "몽골"])
        let plain = "한-몽골 양국 협정을 체결했다"
        let t2 = EventText(document: SeedDocuments.document(text: plain, date: nil), mentions: [], dates: [])
        #expect(BilateralRule.subjectCodes(before: plain.utf8.count - "협정을 체결했다".utf8.count, in: SourceRange(0, plain.utf8.count), t2, [mongolia]) == [])
    }
}
