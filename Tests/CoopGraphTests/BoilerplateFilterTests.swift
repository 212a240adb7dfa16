import Testing
@testable import CoopGraph

@Suite("BoilerplateFilter")
struct BoilerplateFilterTests {
    private func filtered(_ text: String) -> String {
        BoilerplateFilter().filter(CleanText(identity: text)).text
    }

    @Test("seed 000: counters, poster, citation, URL and related-news table go; the body stays")
    func seed000() throws {
        let body = try DocumentsFixtures.seed(0).body.text
        for chrome in ["• 0", "• 307", "• Print", "상태: 노출", "09-25", "한국생산성본부", "(산업통상자원부, 2023.09.21)",
                       "https://www.korea.kr", "ESG 정책뉴스", "번호 제목 글쓴이 날짜 조회수", "이정식 장관, 키르기스스탄"] {
            #expect(!body.contains(chrome), "still there: \(chrome)")
        }
        for sentence in [
            "한·일 산학연, 그린 철강에 힘 모은다",
            "한국철강협회와 일본철강연맹은 9월 21일 오전 9시 30분 서울 코엑스 인터컨티넨탈호텔에서 양국 정부, 업계, 전문가 등 130여 명이 참석한 가운데 “제1회 한-일 그린 철강 공동토론회(세미나)(1st Korea-Japan Green Steel Joint Seminar)”를 공동으로 개최하였다.",
            "이날 행사에는 포스코, 일본 제철 등 양국의 주요 철강사와 서울과기대 이상준 교수, 한국금속재료연구조합 등 산학연 관계자들이",
            "일본 경제산업성 마츠노 다이스케 금속과장과 일본철강연맹 이즈미야마 지구환경정책위원장 또한",
            "탈 탄소화 요구와 양국 철강산업 간 협력 필요성이 높아지는 만큼 양국 철강업계는 이와 같은 토론회(세미나)를 연 1회 정례 개최할 방침이다.",
        ] {
            #expect(body.contains(sentence), "lost: \(sentence)")
        }
        #expect(body.hasSuffix("정례 개최할 방침이다."))
    }

    @Test("seed 001: the body from 한국생산기술연구원 to 논의하였다 stays, footnotes too")
    func seed001() throws {
        let body = try DocumentsFixtures.seed(1).body.text
        for chrome in ["• 337", "Print", "12-20", "(산업통상자원부, 2023.12.15)", "pressReleaseView", "관리자 2026-02-02"] {
            #expect(!body.contains(chrome), "still there: \(chrome)")
        }
        for sentence in [
            "한국생산기술연구원(이하 생기원)은 희소금속산업을 종합 지원하는「국가희소금속센터」(이하 희소금속센터)를 12월 15일(금)",
            "* 우즈벡과 몰리브덴 우선공급 업무협약(MOU) 체결(‘19년), 동합금 생산기술 협력 업무협약(MOU) 체결(’21년)",
            "인니와 양자협력 업무협약(MOU) 체결(‘22년), 저품위 니켈원료 공급계약 및 공동연구(’23년)",
            "생산기술연구원 이상목 원장은 “국가희소금속센터는",
            "최근 글로벌 공급망 이슈에 대한 공동 대응 방안 등을 논의하였다.",
        ] {
            #expect(body.contains(sentence), "lost: \(sentence)")
        }
    }

    @Test("seed 002: site navigation, notices, comment policy and dateline go; the body stays")
    func seed002() throws {
        let body = try DocumentsFixtures.seed(2).body.text
        for chrome in ["본문 바로가기", "메인메뉴 바로가기", "전자정부이 누리집은", "브리핑룸", "콘텐츠 영역", "글자크기 설정", "\n목록\n",
                       "2024.09.20 외교부", "붙임: 라운드테이블 사진", "전재하여 제공함", "이전다음기사", "다음기사가축질병", "히단 배너 영역",
                       "추천 뉴스", "국민과 함께하는 민생토론회", "정부정책 사실은 이렇습니다", "많이 본", "게시물 운영원칙",
                       "타인의 메일주소", "13. 수사기관 등의 공식적인 요청이 있는 경우"] {
            #expect(!body.contains(chrome), "still there: \(chrome)")
        }
        #expect(body.hasPrefix("경제안보외교 민관합동 라운드테이블 개최\n"))
        for sentence in [
            "외교부는 9월 20일(금) 「제2차 경제안보외교 민관합동 라운드테이블」을 개최했다.",
            "※ 참석자 : (정부) 외교부 강인선 2차관, 김희상 경제외교조정관 등",
            "※ 제1차 라운드테이블은 「미중 전략경쟁 시대의 AI 및 반도체 전략」 주제로 6.21(금) 개최",
            "- 2022년 6월 출범, 우리나라는 미국에 이어 2대 의장국 수임(2024.7월부터 1년)",
            "아울러, 글로벌 핵심광물 공급망 현황, 전기차 캐즘에 대한 평가, 배터리 산업의 전망, 주요국의 관련 정책 및 전망 등에 대하여 허심탄회한 논의를 가졌다.",
            "우리 민생경제를 위한 경제안보외교를 적극 추진해나갈 예정이다.",
        ] {
            #expect(body.contains(sentence), "lost: \(sentence)")
        }
    }

    @Test("seed 003: embargo and header table go, the title and body stay")
    func seed003() throws {
        let body = try DocumentsFixtures.seed(3).body.text
        #expect(body.hasPrefix("산업부, 공공^研과 탄소중립 국제 기술협력 적극 추진\n"))
        #expect(!body.contains("조간부터 보도하여"))
        #expect(!body.contains("배포일시"))
        #expect(body.contains("박진규 산업부 1차관은 “탄소중립 기술개발은 글로벌 차원에서"))
        #expect(body.hasSuffix("노형철 사무관(☎ 044-203-4533)에게 연락주시기 바랍니다."))
    }

    @Test("the corpus layout: header before ## 본문 and everything from ## 출처 / ## 첨부/링크 go")
    func corpusLayout() {
        let text = "# 제목\n\n- 부처: 외교부\n- 배포일: 01/05/2023 13:16:00\n\n## 본문\n\n□ 본문 첫 문장이다.\n\n영문보도자료 바로가기(Eng. Version)\n\n## 첨부/링크\n\n- [영문](https://x)\n\n## 출처\n\n- 정책브리핑 보도자료 API"
        #expect(filtered(text) == "□ 본문 첫 문장이다.")
    }

    @Test("a bullet block that is not chrome stays; a counter block with a poster goes")
    func bulletBlocks() {
        #expect(filtered("본문\n• 첫째 과제 추진\n• 둘째 과제 추진\n") == "본문\n• 첫째 과제 추진\n• 둘째 과제 추진")
        #expect(filtered("본문\n  • 홍길동\n  • 12\n  • 0\n  • Print\n다음") == "본문\n다음")
        #expect(filtered("구분\n2023\n1,234\n12.5") == "구분\n2023\n1,234\n12.5")  // table cells, not counters
    }

    @Test("blank runs shrink to one line and the byte map survives")
    func blanksAndMap() {
        let source = "목록\n\n\n첫 줄\n\n\n\n둘째 줄\n\n"
        let clean = BoilerplateFilter().filter(CleanText(identity: source))
        #expect(clean.text == "첫 줄\n\n둘째 줄")
        let second = clean.text.utf8.count - "둘째 줄".utf8.count
        let r = clean.sourceRange(for: SourceRange(second, clean.text.utf8.count))
        #expect(String(decoding: Array(source.utf8)[r.range], as: UTF8.self) == "둘째 줄")
    }

    @Test("embargo notes go; press contacts and reporting clarifications stay")
    func embargo() {
        let text = """
        배포 즉시 보도해 주시기 바랍니다.
        2022. 2. 23.(수) 15:00 이후 보도
        본문이다.
        ⇒ 따라서 지정 여부는 결정된 바 없으니, 보도에 유의해주시기 바랍니다.
        이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 국제협력과 홍길동 사무관에게 연락주시기 바랍니다.
        부처 : 김용범 기획재정부 제1차관, 이승렬 산업정책실장
        """
        #expect(filtered(text) == """
        본문이다.
        ⇒ 따라서 지정 여부는 결정된 바 없으니, 보도에 유의해주시기 바랍니다.
        이 보도자료와 관련하여 보다 자세한 내용이나 취재를 원하시면 국제협력과 홍길동 사무관에게 연락주시기 바랍니다.
        부처 : 김용범 기획재정부 제1차관, 이승렬 산업정책실장
        """)
    }

    @Test("a citation line ends the body only after some content")
    func citationAtTop() {
        #expect(filtered("(외교부, 2024.01.02)\n본문이다.") == "(외교부, 2024.01.02)\n본문이다.")
        #expect(filtered("본문이다.\n(외교부, 2024.01.02)\n관련 기사 목록") == "본문이다.")
    }
}
