import Testing
@testable import CoopGraph

@Suite("DayInterval")
struct DayIntervalTests {
    @Test("dates of any precision expand to their first and last day")
    func expand() throws {
        #expect(DayInterval("2023-05") == DayInterval(start: "2023-05-01", end: "2023-05-31"))
        #expect(DayInterval("2019") == DayInterval(start: "2019-01-01", end: "2019-12-31"))
        #expect(DayInterval("2024-02") == DayInterval(start: "2024-02-01", end: "2024-02-29"))
        #expect(DayInterval("2023-02") == DayInterval(start: "2023-02-01", end: "2023-02-28"))
        #expect(DayInterval("2023-09-21") == DayInterval(start: "2023-09-21", end: "2023-09-21"))
    }

    @Test("an end date extends the interval unless it lies before the start")
    func through() {
        #expect(DayInterval("2019", through: "2020-06") == DayInterval(start: "2019-01-01", end: "2020-06-30"))
        #expect(DayInterval("2020", through: "2019") == DayInterval(start: "2020-01-01", end: "2020-12-31"))
        #expect(DayInterval("2020-03-01", through: "garbage") == DayInterval(start: "2020-03-01", end: "2020-03-01"))
    }

    @Test("malformed dates give nil")
    func malformed() {
        #expect(DayInterval("2023-02-30") == nil)
        #expect(DayInterval("May 2023") == nil)
        #expect(DayInterval("") == nil)
    }
}
