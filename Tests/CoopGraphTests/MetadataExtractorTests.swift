import Testing
@testable import CoopGraph

@Suite("MetadataExtractor")
struct MetadataExtractorTests {
    @Test("every seed's metadata, exactly")
    func seeds() throws {
        let expected: [DocumentMetadata] = [
            DocumentMetadata(title: "한·일 산학연, 그린 철강에 힘 모은다", date: .day(2023, 9, 21, surface: "2023.09.21"), department: "산업통상부",
                             url: "https://www.korea.kr/briefing/pressReleaseView.do?newsId=156591465&pageIndex=3&repCodeType=%EC%A0%95%EB%B6%80%EB%B6%80%EC%B2%98&repCode=A00033,A00031,A00015,A00013,A00032&startDate=2023-09-14&endDate=2023-09-24&srchWord=&period=direct"),
            DocumentMetadata(title: "친환경 정·제련 기술개발로 희소금속 공급망 강화한다", date: .day(2023, 12, 15, surface: "2023.12.15"), department: "산업통상부",
                             url: "https://www.korea.kr/briefing/pressReleaseView.do?newsId=156605571&pageIndex=4&repCodeType=%EC%A0%95%EB%B6%80%EB%B6%80%EC%B2%98&repCode=A00002,A00008,A00015,A00001,A00013,A00023,A00032&startDate=2022-12-20&endDate=2023-12-20&srchWord=&period=year"),
            DocumentMetadata(title: "경제안보외교 민관합동 라운드테이블 개최", date: .day(2024, 9, 20, surface: "2024.09.20"), department: "외교부", url: nil),
            DocumentMetadata(title: "산업부, 공공^研과 탄소중립 국제 기술협력 적극 추진", date: .day(2021, 11, 24, surface: "2021. 11. 24.(수)"), department: "산업기술개발과", url: nil),
            DocumentMetadata(title: "한미, 에너지 민간 협력채널 구축 합의...장관급 정례화", date: nil, department: nil, url: nil),
        ]
        for (i, meta) in expected.enumerated() {
            #expect(try DocumentsFixtures.seed(i).metadata == meta, "seed \(i)")
        }
    }

    @Test("front matter wins: approve_date is MM/DD/YYYY")
    func frontMatter() throws {
        let fm = try #require(FrontMatterParser.parse("---\ntitle: \"[보도자료] 회담\"\nministry: \"외교부\"\napprove_date: \"09/20/2024 02:09:24\"\noriginal_url: \"https://www.korea.kr/x\"\n---\n"))
        let meta = MetadataExtractor().extract(frontMatter: fm, headerText: "2023.01.01 국방부\n", body: "다른 제목")
        #expect(meta == DocumentMetadata(title: "[보도자료] 회담", date: .day(2024, 9, 20, surface: "09/20/2024 02:09:24"), department: "외교부", url: "https://www.korea.kr/x"))
    }

    @Test("a corpus sample: front matter metadata")
    func corpusSample() throws {
        let doc = try DocumentsFixtures.corpusSample("065_")
        #expect(doc.metadata == DocumentMetadata(title: "한-불 외교장관 통화 결과", date: .day(2021, 3, 26, surface: "03/26/2021 18:59:28"), department: "외교부",
                                                 url: "https://www.korea.kr/briefing/pressReleaseView.do?newsId=156443200&call_from=openData"))
    }

    @Test("header fields: - 배포일:, - 부처:, 게시 시각, and 배포일시 over an embargo line")
    func headers() {
        let m = MetadataExtractor().extract(frontMatter: nil, headerText: "2021년 11월 25일(목) 조간부터 보도하여 주시기 바랍니다.\n- 부처: 환경부\n- 게시 시각: 2022-03-04 10:00\n", body: "제목 줄\n본문.")
        #expect(m == DocumentMetadata(title: "제목 줄", date: .day(2022, 3, 4, surface: "2022-03-04"), department: "환경부", url: nil))
    }

    @Test("no date anywhere stays nil; body text with dates is not a header")
    func noDate() {
        let m = MetadataExtractor().extract(frontMatter: nil, headerText: "정부는 2024년 5월 1일 회의를 열었다.\n부처 간 협력을 강화했다.\n", body: "정부는 2024년 5월 1일 회의를 열었다.")
        #expect(m.date == nil)
        #expect(m.department == nil)
    }

    @Test("the repost notice names the department when nothing else does")
    func notice() {
        let m = MetadataExtractor().extract(frontMatter: nil, headerText: "본문.\n“이 자료는 국방부의 보도자료를 전재하여 제공함을 알려드립니다.”\n", body: "본문.")
        #expect(m.department == "국방부")
    }
}
