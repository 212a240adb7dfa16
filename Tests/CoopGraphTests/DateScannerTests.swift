import Testing
@testable import CoopGraph

@Suite("DateScanner")
struct DateScannerTests {
    @Test("written forms of a full date", arguments: [
        ("2023.09.21", 2023, 9, 21, "2023.09.21"),
        ("배포일시 2021. 11. 24.(수) 담당", 2021, 11, 24, "2021. 11. 24.(수)"),
        ("2024-09-20 외교부", 2024, 9, 20, "2024-09-20"),
        ("2024/1/2", 2024, 1, 2, "2024/1/2"),
        ("2021년 11월 25일(목) 조간", 2021, 11, 25, "2021년 11월 25일(목)"),
    ])
    func dates(text: String, y: Int, m: Int, d: Int, surface: String) throws {
        let found = try #require(DateScanner.firstDate(in: text))
        #expect(found.year == y && found.month == m && found.day == d)
        #expect(String(text[found.range]) == surface)
    }

    @Test("not dates", arguments: ["2023.02.30", "12023.01.01", "2023.1", "11.24.(수)", "2024.7월부터", "1,234.56.78", ""])
    func notDates(text: String) {
        #expect(DateScanner.firstDate(in: text) == nil)
    }

    @Test("MM/DD/YYYY with a time")
    func monthDayYear() {
        #expect(DateScanner.monthDayYear("09/20/2024 02:09:24")! == (2024, 9, 20))
        #expect(DateScanner.monthDayYear("13/20/2024") == nil)
        #expect(DateScanner.monthDayYear("2024-09-20") == nil)
    }

    @Test("the byte path for MM/DD/YYYY agrees with the String path, or leaves the case to it", arguments: [
        "09/20/2024 02:09:24", "  06/01/2023 00:00:00", "13/20/2024", "02/30/2023", "9/2/2024", "09//20/2024", "09/20/24",
        "09/20/2024/1", "+9/20/2024", "", "   ", "09/20/2024\t00:00", "０9/20/2024",
    ])
    func monthDayYearOnBytes(_ s: String) {
        let full = DateScanner.monthDayYear(s)
        if let decided = DateScanner.monthDayYearOnBytes(s) {
            #expect(decided?.year == full?.year && decided?.month == full?.month && decided?.day == full?.day)
        } else {
            #expect(s.contains("+") || s.contains("\t") || !s.utf8.allSatisfy { $0 < 0x80 } || s.allSatisfy { $0 == " " })
        }
    }
}
