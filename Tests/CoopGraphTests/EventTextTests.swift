@testable import CoopGraph
import Testing

@Suite("EventText")
struct EventTextTests {
    func text(_ s: String, _ table: [(String, NodeKind, String)] = []) -> EventText {
        EventText(document: SeedDocuments.document(text: s, date: nil), mentions: SeedDocuments.mentions(in: s, table), dates: [])
    }

    @Test("sentences: lines, 다. + space, paragraphs, notes and listing rows")
    func sentences() {
        let t = text("첫 문장이다. 둘째 문장이다.\n셋째\n\n※ 참고 사항\n614 다른 기사 제목 기관 2023-07-28 536")
        #expect(t.sentences.map { t.string($0.range) } == ["첫 문장이다.", "둘째 문장이다.", "셋째", "※ 참고 사항", "614 다른 기사 제목 기관 2023-07-28 536"])
        #expect(t.sentences.map(\.paragraph) == [0, 0, 0, 1, 1])
        #expect(t.sentences.map(\.isNote) == [false, false, false, true, false])
        #expect(t.readable == [0, 1, 2, 3])
    }

    @Test("a line wrapped inside a sentence is joined to the next; bullets and finished lines are not")
    func wrappedLines() {
        let t = text("과기정통부는 2월 4일\n서울에서 공동위원회를\n개최하였다고 밝혔다.\n□ 다음 항목\n- 목록 항목")
        #expect(t.sentences.map { t.string($0.range) } == ["과기정통부는 2월 4일\n서울에서 공동위원회를\n개최하였다고 밝혔다.", "□ 다음 항목", "- 목록 항목"])
    }

    @Test("a name phrase stops at particles, verbs, dates and demonstratives")
    func phrase() {
        let s = "지난 5월 도쿄에서 재개된 한-일 민관 철강협의회에서 이번 라운드테이블은"
        let t = text(s)
        let sr = SourceRange(0, s.utf8.count)
        let b = Array(s.utf8)
        func at(_ w: String) -> Int { t.find(Array(w.utf8), in: sr) ?? -1 }
        let p = t.phrase(triggerStart: at("협의회"), end: at("협의회") + "협의회".utf8.count, in: sr)
        #expect(String(decoding: b[p.range.range], as: UTF8.self) == "한-일 민관 철강협의회")
        #expect(!p.isBare)
        let q = t.phrase(triggerStart: at("라운드테이블"), end: at("라운드테이블") + "라운드테이블".utf8.count, in: sr)
        #expect(q.isBare)
        #expect(q.hasDemonstrative)
    }

    @Test("a name phrase stops at a clock time (14:20-15:10간) and flags a word of the future (향후)")
    func phraseTimeAndFuture() {
        let s = "5.20(토) 14:20-15:10간 한일 외교장관회담을 가졌고 향후 협상을 준비했다"
        let t = text(s)
        let sr = SourceRange(0, s.utf8.count)
        let b = Array(s.utf8)
        func at(_ w: String) -> Int { t.find(Array(w.utf8), in: sr) ?? -1 }
        let p = t.phrase(triggerStart: at("외교장관회담"), end: at("외교장관회담") + "외교장관회담".utf8.count, in: sr)
        #expect(String(decoding: b[p.range.range], as: UTF8.self) == "한일 외교장관회담")
        let q = t.phrase(triggerStart: at("협상"), end: at("협상") + "협상".utf8.count, in: sr)
        #expect(q.isFuture)
        #expect(!p.isFuture)
        let s2 = "정상회의에 이어 회담을 가졌다"
        let t2 = text(s2)
        let r = t2.phrase(triggerStart: t2.find(Array("회담".utf8), in: SourceRange(0, s2.utf8.count)) ?? -1,
                          end: (t2.find(Array("회담".utf8), in: SourceRange(0, s2.utf8.count)) ?? -1) + "회담".utf8.count, in: SourceRange(0, s2.utf8.count))
        #expect(r.isBare)
    }

    @Test("titles: glosses dropped or kept as aliases, ordinals split off")
    func titles() {
        let t = EventText.cleanTitle("제1회 한-일 그린 철강 공동토론회(세미나)(1st Korea-Japan Green Steel Joint Seminar)")
        #expect(t.name == "제1회 한-일 그린 철강 공동토론회")
        #expect(t.aliases == ["1st Korea-Japan Green Steel Joint Seminar"])
        #expect(EventText.ordinal(of: "제2차 경제안보외교 민관합동 라운드테이블")?.ordinal == 2)
        #expect(EventText.ordinal(of: "제2차 경제안보외교 민관합동 라운드테이블")?.series == "경제안보외교 민관합동 라운드테이블")
        #expect(EventText.ordinal(of: "제주 포럼") == nil)
        #expect(EventText.cleanName("제3차 이니셔티브* 라운드테이블") == "제3차 이니셔티브 라운드테이블")
        #expect(EventText.cleanName(" *제3차※ 포럼＊ ") == "제3차 포럼")
        #expect(EventText.collapse("  한-일\t 포럼\n\n2024  ") == "한-일 포럼 2024")
        // Other text keeps the Character rules: U+00A0 separates, CR LF is one Character and does not.
        #expect(EventText.collapse("한국\u{A0}\u{A0}포럼") == "한국 포럼")
        #expect(EventText.collapse("한국\r\n포럼 ") == "한국\r\n포럼")
        for name in ["", " ", "한-일  포럼 2024", " 화상 회의", "한국\u{A0}포럼 x", "e\u{301} 포럼"] {
            #expect(EventText.wordCount(name) == name.split(separator: " ").count, "\(name)")
            #expect(EventText.firstWord(name) == name.split(separator: " ").first, "\(name)")
        }
    }

    @Test("quotes: a year apostrophe is not a quotation mark")
    func quotes() {
        let s = "우즈벡과 업무협약(MOU) 체결(‘19년), 동합금 업무협약 체결(’21년) 및 「국가희소금속센터」"
        let t = text(s)
        let sr = SourceRange(0, s.utf8.count)
        let k = t.find(Array("동합금".utf8), in: sr) ?? 0
        #expect(t.enclosingQuote(around: k, in: sr) == nil)
        let title = t.cornerTitle(before: s.utf8.count, in: sr)
        #expect(title.map { t.string($0) } == "국가희소금속센터")
    }

    @Test("places: venue before 에서, address in parentheses, country dropped before a city")
    func places() {
        let s = "9월 21일 오전 9시 30분 서울 코엑스 인터컨티넨탈호텔에서 센터(인천 남동구)에서 미국 워싱턴 DC를 방문"
        let t = text(s, [("미국", .country, "미국")])
        let sr = SourceRange(0, s.utf8.count)
        let first = t.find(Array("에서".utf8), in: sr) ?? 0
        #expect(t.placePhrase(endingAt: first, in: sr) == "서울 코엑스 인터컨티넨탈호텔")
        let second = t.find(Array(")에서".utf8), in: sr).map { $0 + 1 } ?? 0
        #expect(t.placePhrase(endingAt: second, in: sr) == "인천 남동구")
        let visit = t.find(Array("를 방문".utf8), in: sr) ?? 0
        #expect(t.placePhrase(endingAt: visit, in: sr) == "워싱턴 DC")
    }
}
