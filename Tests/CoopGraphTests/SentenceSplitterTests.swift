import Testing
@testable import CoopGraph

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    private func texts(_ body: String) -> [String] {
        SentenceSplitter().split(body).map(\.text)
    }

    @Test("다. endings split inside a line; quotes are not split inside")
    func endingsAndQuotes() {
        #expect(texts("외교부는 9월 20일(금) 라운드테이블을 개최했다. 핵심광물 공급망을 주제로 진행됐다.") ==
                ["외교부는 9월 20일(금) 라운드테이블을 개최했다.", "핵심광물 공급망을 주제로 진행됐다."])
        #expect(texts("과장은 “함께 나아가기 바란다. 협력하자.”라고 밝혔다. 다음 문장이다.") ==
                ["과장은 “함께 나아가기 바란다. 협력하자.”라고 밝혔다.", "다음 문장이다."])
        #expect(texts("그는 “최선을 다하겠습니다.” 이어서 말했다.") == ["그는 “최선을 다하겠습니다.”", "이어서 말했다."])
        #expect(texts("협력할 것을 합의하였다.□ 류근관 청장은 “기대”하고, ○ “지원할 것”이라고 밝혔다.※ 참고") ==
                ["협력할 것을 합의하였다.", "류근관 청장은 “기대”하고, ○ “지원할 것”이라고 밝혔다.", "참고"])
        #expect(texts("2023. 9. 21. 개최된 U.S. 회의는 3.5% 성장을 보였다.") == ["2023. 9. 21. 개최된 U.S. 회의는 3.5% 성장을 보였다."])
    }

    @Test("bullets start sentences and are not part of them")
    func bullets() {
        let body = "□ 한덕수 국무총리는 회의를 주재했다.\nㅇ 이날 회의에서 정부는 방안을 논의했다.\nㅇ신원식 장관은 격려했다.\n-5%는 감소 폭이다.\n - 세부 과제를 점검\n※ 참석자 : 관계부처 장관\n① 첫째 안건\n• 둘째 항목\n◆ 일시/장소 : '21.11.24.(수)\n1. 번호 항목\n가. 가나다 항목"
        #expect(texts(body) == ["한덕수 국무총리는 회의를 주재했다.", "이날 회의에서 정부는 방안을 논의했다.", "신원식 장관은 격려했다.", "-5%는 감소 폭이다.", "세부 과제를 점검",
                                "참석자 : 관계부처 장관", "첫째 안건", "둘째 항목", "일시/장소 : '21.11.24.(수)", "번호 항목", "가나다 항목"])
    }

    @Test("a line ending with a comma continues into the next (sub-bullet) line, not across a blank line or □")
    func continuation() {
        let body = "- 이번 협의체는 개방형 혁신을 지원하기 위한 것으로,\n - 글로벌 협력이 중요해진 시점에서 그 의미가 있다.\n이승렬 실장은 언급하면서,\n\n특히, 지원을 아끼지 않겠다고 밝혔다.\n추진하며,\n□ 새 항목이다."
        #expect(texts(body) == [
            "이번 협의체는 개방형 혁신을 지원하기 위한 것으로,\n - 글로벌 협력이 중요해진 시점에서 그 의미가 있다.",
            "이승렬 실장은 언급하면서,",
            "특히, 지원을 아끼지 않겠다고 밝혔다.",
            "추진하며,",
            "새 항목이다.",
        ])
    }

    @Test("a line without an ending (a title) is a sentence; a subtitle's dashes go")
    func titles() {
        #expect(texts("한·일 산학연, 그린 철강에 힘 모은다\n\n- 탄소중립 협의체 출범식 및 업무협약 체결 -\n") ==
                ["한·일 산학연, 그린 철강에 힘 모은다", "탄소중립 협의체 출범식 및 업무협약 체결"])
    }

    @Test("ranges are byte ranges of the body and text is exactly those bytes")
    func ranges() throws {
        let doc = try DocumentsFixtures.seed(2)
        let bytes = Array(doc.body.text.utf8)
        #expect(doc.sentences.count == 13)
        for s in doc.sentences {
            #expect(String(decoding: bytes[s.range.range], as: UTF8.self) == s.text)
        }
        #expect(doc.sentences.first?.text == "경제안보외교 민관합동 라운드테이블 개최")
        #expect(doc.sentences[1].text == "외교부는 9월 20일(금) 「제2차 경제안보외교 민관합동 라운드테이블」을 개최했다.")
        #expect(doc.sentences.last?.text.hasSuffix("경제안보외교를 적극 추진해나갈 예정이다.") == true)
    }

    @Test("seed 000 splits into its title and seven one-sentence paragraphs")
    func seed000() throws {
        let doc = try DocumentsFixtures.seed(0)
        #expect(doc.sentences.count == 8)
        #expect(doc.sentences[4].text.hasPrefix("산업통상자원부(장관 방문규) 오충종 철강세라믹과장은 축사를 통해 “맞닿은"))
        #expect(doc.sentences[4].text.hasSuffix("바란다.”라고 밝혔다."))
    }
}
