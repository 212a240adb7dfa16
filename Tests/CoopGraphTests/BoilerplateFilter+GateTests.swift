import Testing
@testable import CoopGraph

/// The byte gate must pass every line some line class matches (else output would change),
/// and should stop ordinary body text.
@Suite("BoilerplateFilter gate")
struct BoilerplateFilterGateTests {
    static func gate(_ line: String) -> Bool {
        Array(line.utf8).withUnsafeBufferPointer { BoilerplateFilter.mayBeBoilerplate($0, 0..<$0.count) }
    }

    @Test("every kind of removable line passes", arguments: [
        "브리핑룸", "목록", "< 끝 >", "Print", "다음기사 보기", "상태: 노출", "ⓒ 정책브리핑", "붙임: 설명자료",
        "이 자료는 외교부의 보도자료를 전재하여 제공함을 알려드립니다.", "무단전재 및 재배포 금지",
        "https://www.korea.kr", "www.korea.kr", "본문 바로가기", "하단 배너 영역", "히단 배너 영역",
        "- 배포일: 2023-09-21", "□ 담당부서 : 통상정책과", "배포일시 2021. 11. 24.(수)", "담당과장 홍길동",
        "2021년 11월 25일(목) 조간부터 보도하여 주시기 바랍니다.", "2024.09.20 외교부", "(산업통상자원부, 2023.09.21)",
        "번호 제목 글쓴이 날짜 조회수", "정책브리핑 게시물 운영원칙", "• 307", "· 인쇄", "\u{0387} 인쇄",
        "URL 복사", "보도시점 : 즉시",
    ])
    func removable(_ line: String) {
        #expect(Self.gate(line))
    }

    @Test("lines that are not plain always pass (canonical equivalence is for the String tests to judge)")
    func notPlain() {
        #expect(Self.gate(String("목록".decomposedStringWithCanonicalMapping)))
        #expect(Self.gate("e\u{0301}tude de cas"))
    }

    @Test("ordinary body lines do not", arguments: [
        "외교부는 9월 20일 서울에서 미국 국무부와 공급망 협력 회의를 개최했다.",
        "□ 이번 회의에서 양측은 핵심광물 협력 방안을 논의하였다.",
        "ㅇ 참석자들은 배터리 산업의 전망을 공유했다.",
        "- 양국 간 경제안보 협력 강화",
        "한국과미국이", "한국과미국이서울", "(참고) 회의 개요", "(단위 : 건)", "2023", "14", "1,234", "2023.5월말 기준 금융권의 추진상황을 보면",
        "· (일시·장소) ‘23.6.1(목) 10:00, 정부서울청사 19층 대회의실",
    ])
    func body(_ line: String) {
        // Openings common in body text (a digit, `(`, `·`) pass only when their line class could match.
        #expect(!Self.gate(line))
    }

    @Test("digit, `(` and `·` openings pass when a line class could match", arguments: [
        "2024.09.20 외교부", "2021년 11월 25일 산업부", "2023-01-02 국무조정실", "(외교부, 2024.01.02)", "(끝)",
        "· 인쇄", "·  URL 복사", "· 무단전재 및 재배포 금지", "· 본문 바로가기", "2023 하단 배너 영역",
        "2024.09.20 외교\u{0301}부",
    ])
    func refinedOpenings(_ line: String) {
        #expect(Self.gate(line))
    }

    @Test("filtering with the gate keeps the same lines as judging every line by its String")
    func sameAsStringPath() {
        let text = """
        브리핑룸
        ## 본문
        외교부는 9월 20일 서울에서 미국 국무부와 공급망 협력 회의를 개최했다.
        목록
        \(String("공유하기".decomposedStringWithCanonicalMapping))
        2024.09.20 외교부
        • 0
        • 307
        참석자들은 배터리 산업의 전망을 공유했다.
        (외교부, 2024.09.20)
        뒤에 오는 줄
        """
        let clean = BoilerplateFilter().filter(CleanText(identity: text))
        #expect(clean.text == "외교부는 9월 20일 서울에서 미국 국무부와 공급망 협력 회의를 개최했다.\n참석자들은 배터리 산업의 전망을 공유했다.")
    }

    @Test("a 16-byte block is plain Hangul only without fragment syllables and other scripts", arguments: [
        ("가나다라마바사아자차카", false),  // 바 opens 바로가기
        ("한국과 미국이 서울에서 회의", true), ("보고 한국과 미국이 서울에서", false), ("한국과·미국이 서울에서 회의", false),
        ("한국과 ꀀ국이 서울에서 회의", false), ("흐흐흐흐흐흐 서울에서 회의", true), ("힝힝힝힝힝힝 서울에서 회의", false), ("힣힣힣힣힣힣 서울에서 회의", false),
        ("abc 한국과 미국이 서울 회의", true), ("번역된 한국과 미국이 서울", false),
    ] as [(String, Bool)])
    func plainHangulBlock(_ text: String, _ plain: Bool) {
        let bytes = Array(text.utf8)
        #expect(bytes.count >= 18)
        #expect(bytes.withUnsafeBufferPointer { BoilerplateFilter.isPlainHangulBlock($0, at: 0) } == plain)
    }
}
