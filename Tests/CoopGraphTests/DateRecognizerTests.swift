import CoopGraph
import Testing

@Suite("DateRecognizer")
struct DateRecognizerTests {
    /// One sentence, the document date, and the first date expected in it.
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var doc: String?
        var surface: String
        var value: String?
        var precision: DateValue.Precision?
        var end: String? = nil
        var reason: String? = nil
        var testDescription: String { "\(text) @ \(doc ?? "no date")" }
    }

    static let noAnchor = "no year in the text and no document date"
    static let noAnchorRelative = "relative to the document date, which is unknown"

    static let absolute: [Case] = [
        Case(text: "2023.09.21 개최", doc: nil, surface: "2023.09.21", value: "2023-09-21", precision: .day),
        Case(text: "배포일시 2023. 9. 21. 담당", doc: nil, surface: "2023. 9. 21.", value: "2023-09-21", precision: .day),
        Case(text: "2023년 9월 21일 서울에서", doc: nil, surface: "2023년 9월 21일", value: "2023-09-21", precision: .day),
        Case(text: "일시 : '21.11.24.(수) 15:00", doc: nil, surface: "'21.11.24.(수)", value: "2021-11-24", precision: .day),
        Case(text: "일시 : ‘21.11.24.(수)", doc: nil, surface: "‘21.11.24.(수)", value: "2021-11-24", precision: .day),
        Case(text: "일시 : `21.11.24.(수)", doc: nil, surface: "`21.11.24.(수)", value: "2021-11-24", precision: .day),
        Case(text: "일시 : ´21.11.24.(수)", doc: nil, surface: "´21.11.24.(수)", value: "2021-11-24", precision: .day),
        Case(text: "기간: ’ 26.4.7(화) 개막", doc: nil, surface: "’ 26.4.7(화)", value: "2026-04-07", precision: .day),
        Case(text: "(2024.7월부터 운영)", doc: nil, surface: "2024.7월", value: "2024-07", precision: .month),
        Case(text: "2022년 6월 출범", doc: nil, surface: "2022년 6월", value: "2022-06", precision: .month),
        Case(text: "MOU 체결('19년)", doc: nil, surface: "'19년", value: "2019", precision: .year),
        Case(text: "MOU 체결(‘19년)", doc: nil, surface: "‘19년", value: "2019", precision: .year),
        Case(text: "MOU 체결(’21년)", doc: nil, surface: "’21년", value: "2021", precision: .year),
        Case(text: "2019년 이후", doc: nil, surface: "2019년", value: "2019", precision: .year),
        Case(text: "2026년 에너지대전환의 성과 원년", doc: nil, surface: "2026년", value: "2026", precision: .year),
        Case(text: "2021년 11월 25일(목) 조간부터", doc: nil, surface: "2021년 11월 25일(목)", value: "2021-11-25", precision: .day),
        Case(text: "배포일시\t2021. 11. 24.(수)\t담당", doc: nil, surface: "2021. 11. 24.(수)", value: "2021-11-24", precision: .day),
        Case(text: "게시일 2023-07-28 조회", doc: nil, surface: "2023-07-28", value: "2023-07-28", precision: .day),
    ]

    static let relative: [Case] = [
        Case(text: "9월 21일 개최하였다", doc: "2023-09-21", surface: "9월 21일", value: "2023-09-21", precision: .day),
        Case(text: "장관은 9일 밝혔습니다", doc: nil, surface: "9일", value: nil, precision: nil, reason: noAnchor),
        Case(text: "장관은 9일 밝혔다", doc: "2024-05-10", surface: "9일", value: "2024-05-09", precision: .day),
        Case(text: "20일(금) 개최했다", doc: "2024-09-20", surface: "20일(금)", value: "2024-09-20", precision: .day),
        Case(text: "지난 5월 도쿄에서", doc: "2023-09-21", surface: "지난 5월", value: "2023-05", precision: .month),
        Case(text: "지난 11월 17일, 발표하고", doc: "2021-11-24", surface: "지난 11월 17일", value: "2021-11-17", precision: .day),
        Case(text: "제1차는 6.21(금) 개최", doc: "2024-09-20", surface: "6.21(금)", value: "2024-06-21", precision: .day),
        Case(text: "12월 15일(금) 현판식", doc: "2023-12-15", surface: "12월 15일(금)", value: "2023-12-15", precision: .day),
        Case(text: "지난해 수출은", doc: "2023-09-21", surface: "지난해", value: "2022", precision: .year),
        Case(text: "작년 대비", doc: "2023-09-21", surface: "작년", value: "2022", precision: .year),
        Case(text: "올해 처음", doc: "2023-09-21", surface: "올해", value: "2023", precision: .year),
        Case(text: "금년 중", doc: "2023-09-21", surface: "금년", value: "2023", precision: .year),
        Case(text: "한국이 내년 의장국으로", doc: "2024-09-20", surface: "내년", value: "2025", precision: .year),
        Case(text: "오는 11월 1일 열린다", doc: "2024-09-20", surface: "오는 11월 1일", value: "2024-11-01", precision: .day),
        Case(text: "오는 11월 1일 열린다", doc: "2024-12-10", surface: "오는 11월 1일", value: "2025-11-01", precision: .day),
        Case(text: "다음 달 출범", doc: "2024-12-10", surface: "다음 달", value: "2025-01", precision: .month),
        Case(text: "이번 달 안에", doc: "2024-12-10", surface: "이번 달", value: "2024-12", precision: .month),
        Case(text: "행사 전날 도착", doc: "2024-03-01", surface: "전날", value: "2024-02-29", precision: .day),
        Case(text: "이날 행사에는", doc: "2023-09-21", surface: "이날", value: "2023-09-21", precision: .day),
        Case(text: "오늘 회의에는", doc: "2024-09-20", surface: "오늘", value: "2024-09-20", precision: .day),
        Case(text: "이날 행사에는", doc: nil, surface: "이날", value: nil, precision: nil, reason: noAnchorRelative),
        Case(text: "2월 3일 개최할 예정이다", doc: "2024-12-20", surface: "2월 3일", value: "2025-02-03", precision: .day),
        Case(text: "2월 3일 개최했다", doc: "2024-12-20", surface: "2월 3일", value: "2024-02-03", precision: .day),
        Case(text: "1월 5일 개최", doc: "2024-12-20", surface: "1월 5일", value: "2025-01-05", precision: .day),
        Case(text: "(인터넷은 11.24.(수) 오전 11시 이후)", doc: "2021-11-24", surface: "11.24.(수)", value: "2021-11-24", precision: .day),
        Case(text: "9월 21일 개최했다", doc: "2023-09-20", surface: "9월 21일", value: "2023-09-21", precision: .day),
        Case(text: "21일 개최했다", doc: "2023-09-20", surface: "21일", value: "2023-09-21", precision: .day),
        Case(text: "지난 21일 개최", doc: "2023-09-20", surface: "지난 21일", value: "2023-08-21", precision: .day),
        Case(text: "오는 2일 개최", doc: "2023-09-20", surface: "오는 2일", value: "2023-10-02", precision: .day),
        Case(text: "들어오는 5월에", doc: "2023-09-20", surface: "5월", value: "2023-05", precision: .month),
        Case(text: "지난해 12월부터 준비", doc: "2020-05-12", surface: "지난해 12월", value: "2019-12", precision: .month),
        Case(text: "올해 11월 개최될 회의", doc: "2025-02-12", surface: "올해 11월", value: "2025-11", precision: .month),
        Case(text: "내년 3월 1일(토) 시행", doc: "2024-10-12", surface: "내년 3월 1일(토)", value: "2025-03-01", precision: .day),
        Case(text: "6월 11일부터 출범한다고 밝혔다", doc: "2020-05-12", surface: "6월 11일", value: "2020-06-11", precision: .day),
        Case(text: "6월 29(화), 여의도에서", doc: "2021-06-29", surface: "6월 29(화)", value: "2021-06-29", precision: .day),
        Case(text: "차관회의(5.7), 국무회의", doc: "2020-05-12", surface: "5.7", value: "2020-05-07", precision: .day),
        Case(text: "신 차관은 5. 8.(월) 협의회를 주관하여", doc: "2023-05-09", surface: "5. 8.(월)", value: "2023-05-08", precision: .day),
        Case(text: "이어 9. 3(화) 오후에는", doc: "2024-09-04", surface: "9. 3(화)", value: "2024-09-03", precision: .day),
        Case(text: "5월 도쿄에서", doc: nil, surface: "5월", value: nil, precision: nil, reason: noAnchor),
    ]

    static let ranges: [Case] = [
        Case(text: "4월 6일부터 4월 10일까지 열린다", doc: "2024-03-02", surface: "4월 6일부터 4월 10일까지",
             value: "2024-04-06", precision: .day, end: "2024-04-10"),
        Case(text: "4월 6-7일 서울", doc: "2024-03-02", surface: "4월 6-7일", value: "2024-04-06", precision: .day, end: "2024-04-07"),
        Case(text: "기간: 4.6.~4.10. 접수", doc: "2024-03-02", surface: "4.6.~4.10.", value: "2024-04-06", precision: .day, end: "2024-04-10"),
        Case(text: "'26.4.7(화) ~ 12(일) 개최", doc: nil, surface: "'26.4.7(화) ~ 12(일)", value: "2026-04-07", precision: .day, end: "2026-04-12"),
        Case(text: "의장국 수임(2024.7월부터 1년)", doc: nil, surface: "2024.7월부터 1년", value: "2024-07", precision: .month, end: "2025-07"),
        Case(text: "10. 15.(일)~10. 24.(화) 열흘간", doc: "2023-10-16", surface: "10. 15.(일)~10. 24.(화)", value: "2023-10-15",
             precision: .day, end: "2023-10-24"),
        Case(text: "12월 28일~1월 3일 휴무", doc: "2024-12-01", surface: "12월 28일~1월 3일", value: "2024-12-28", precision: .day, end: "2025-01-03"),
        Case(text: "2023년 3월 2일부터 5일간 개최", doc: nil, surface: "2023년 3월 2일부터 5일간", value: "2023-03-02", precision: .day, end: "2023-03-06"),
    ]

    @Test("absolute forms", arguments: absolute)
    func absoluteForms(_ c: Case) { check(c) }

    @Test("forms relative to the document date", arguments: relative)
    func relativeForms(_ c: Case) { check(c) }

    @Test("ranges and durations", arguments: ranges)
    func rangeForms(_ c: Case) { check(c) }

    func check(_ c: Case) {
        let doc = c.doc.map { DateValue(value: $0, precision: .day, surface: $0) }
        let found = DateRecognizer().recognize(in: c.text, documentDate: doc)
        guard let m = found.first else { Issue.record("no date found in \(c.text)"); return }
        #expect(m.value.surface == c.surface)
        #expect(m.value.value == c.value)
        #expect(m.value.precision == c.precision)
        #expect(m.value.end == c.end)
        #expect(m.value.unresolvedReason == c.reason)
        let bytes = Array(c.text.utf8)
        #expect(String(decoding: bytes[m.range.range], as: UTF8.self) == c.surface)
    }

    @Test("numbers that are not dates", arguments: [
        "문의 044-203-4533 노형철", "130여 명이 참석", "14개국 및 EU", "버전 2.1.3 배포", "총 7.6억불 지원",
        "성장률 2.5% 기록", "제3조 제2항", "1,494억 원 규모", "3일간 진행", "6.21 비율", "v2023.09 배포", "오늘날 세계",
        "15:00~16:10", "(‘21.1~3Q) 67,241", "’21.3분기 GDP", "1. 2. 3. 순서", "3. 4 조항",
    ])
    func notDates(_ text: String) {
        let doc = DateValue(value: "2024-09-20", precision: .day, surface: "2024.09.20")
        #expect(DateRecognizer().recognize(in: text, documentDate: doc).map(\.value.surface) == [])
    }

    @Test("a date glossing a name in parentheses takes its tense there, else from the words before the name (올해 is a date itself)", arguments: [
        ("금년에는 청년 포럼(부산, 9.14.), 도시 세미나(대구, 10.2.), 문화 포럼(광주, 12월 예정) 등 지원", "2022-11-03",
         ["2022", "2022-09-14", "2022-10-02", "2022-12"]),
        ("서울에서 개최되는 APEC 통상장관회의(7월, 제주)와 정상회의(11월, 부산)에 참여를 요청했다", "2024-02-10", ["2024-07", "2024-11"]),
        ("올해 정상회의(11월)에서 성과를 내기 위해 예정된 고위관리회의(4월, 9월) 등에서 협의했다", "2023-02-20",
         ["2023", "2023-11", "2023-04", "2023-09"]),
        ("올해 총회(1월)의 결과를 보고했다", "2023-02-20", ["2023", "2023-01"]),
        ("차관회의(11.7.)에 참석했다", "2023-01-05", ["2022-11-07"]),
        ("제네바에서 열리는 국제회의(이하 “본회의”, 16~20일)에 참석하였다", "2023-01-19", ["2023-01-16"]),
        ("올해 교류를 축하하고, 7월 NATO 정상회의(7.11) 계기 조우에 주목하였다", "2023-07-14", ["2023", "2023-07", "2023-07-11"]),
    ])
    func glosses(_ text: String, _ doc: String, _ values: [String]) {
        let d = DateValue(value: doc, precision: .day, surface: doc)
        #expect(DateRecognizer().recognize(in: text, documentDate: d).compactMap(\.value.value) == values)
    }

    @Test("a time span right after a date is attached to it, not a date of its own")
    func timeSpan() {
        let found = DateRecognizer().recognize(in: "일시/장소 : '21.11.24.(수) 15:00~16:10 / 서울", documentDate: nil)
        #expect(found.count == 1)
        #expect(found.first?.timeSpan == "15:00~16:10")
        #expect(found.first?.value.value == "2021-11-24")
    }

    @Test("the expression's own tense is reported")
    func tense() {
        let doc = DateValue(value: "2023-09-21", precision: .day, surface: "")
        let found = DateRecognizer().recognize(in: "지난 5월 도쿄, 오는 11월 1일 서울, 9월 21일", documentDate: doc)
        #expect(found.map(\.tense) == [.past, .future, nil])
        #expect(found.map(\.value.value) == ["2023-05", "2023-11-01", "2023-09-21"])
    }

    @Test("a weekday picks the year of a year-less date")
    func weekdayPicksYear() {
        // 2023-06-21 is a Wednesday, 2024-06-21 a Friday: (금) points to 2024 although 2023 is nearer.
        let doc = DateValue(value: "2024-01-10", precision: .day, surface: "")
        let found = DateRecognizer().recognize(in: "6.21(금) 개최", documentDate: doc)
        #expect(found.first?.value.value == "2024-06-21")
        #expect(found.first?.weekdayMismatch == false)
    }

    @Test("a weekday that does not fit keeps the written date and flags it")
    func weekdayMismatch() {
        let found = DateRecognizer().recognize(in: "2023년 9월 21일(금) 개최", documentDate: nil)
        #expect(found.first?.value.value == "2023-09-21")
        #expect(found.first?.weekdayMismatch == true)
        #expect(found.first?.value.unresolvedReason == nil)
    }

    @Test("mentions come in text order and never overlap")
    func order() {
        let text = "2023년 9월 21일 개최. 지난 5월 도쿄. 이날 행사. ('19년)"
        let doc = DateValue(value: "2023-09-21", precision: .day, surface: "")
        let found = DateRecognizer().recognize(in: text, documentDate: doc)
        #expect(found.map(\.value.value) == ["2023-09-21", "2023-05", "2023-09-21", "2019"])
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound })
    }
}
