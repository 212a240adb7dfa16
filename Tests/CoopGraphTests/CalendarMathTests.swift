@testable import CoopGraph
import Testing

@Suite("CalendarMath")
struct CalendarMathTests {
    @Test("day numbers round-trip and count from 1970-01-01")
    func dayNumbers() {
        #expect(CalendarMath.dayNumber(1970, 1, 1) == 0)
        #expect(CalendarMath.dayNumber(2000, 3, 1) - CalendarMath.dayNumber(2000, 2, 28) == 2)
        #expect(CalendarMath.dayNumber(1900, 3, 1) - CalendarMath.dayNumber(1900, 2, 28) == 1)
        for n in stride(from: -40_000, to: 60_000, by: 997) {
            let d = CalendarMath.date(dayNumber: n)
            #expect(CalendarMath.dayNumber(d.year, d.month, d.day) == n)
        }
    }

    @Test("adding days and months crosses month and year ends")
    func arithmetic() {
        #expect(CalendarMath.addDays(2024, 3, 1, -1) == (2024, 2, 29))
        #expect(CalendarMath.addDays(2023, 12, 31, 1) == (2024, 1, 1))
        #expect(CalendarMath.addMonths(2024, 12, 1) == (2025, 1))
        #expect(CalendarMath.addMonths(2024, 1, -1) == (2023, 12))
        #expect(CalendarMath.addMonths(2024, 7, 12) == (2025, 7))
        #expect(CalendarMath.addMonths(2024, 3, -27) == (2021, 12))
    }
}
