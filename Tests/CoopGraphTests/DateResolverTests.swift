@testable import CoopGraph
import Testing

@Suite("DateResolver")
struct DateResolverTests {
    let resolver = DateResolver(documentDate: DateValue(value: "2024-09-20", precision: .day, surface: ""))

    @Test("a month-day takes the year its tense asks for")
    func tense() {
        let e = DateExpression(month: 11, day: 1)
        #expect(resolver.resolve(e, tense: .past).iso == "2023-11-01")
        #expect(resolver.resolve(e, tense: .future).iso == "2024-11-01")
        #expect(resolver.resolve(e, tense: nil).iso == "2024-11-01")
        #expect(resolver.resolve(DateExpression(month: 3, day: 1), tense: nil).iso == "2025-03-01")
        #expect(resolver.resolve(DateExpression(month: 4, day: 1), tense: nil).iso == "2024-04-01")
        #expect(resolver.resolve(DateExpression(month: 2, day: 1), tense: nil).iso == "2025-02-01")
    }

    @Test("past grace: a reported event up to a week after the document date stays in its year")
    func grace() {
        let e = DateExpression(month: 9, day: 25)
        #expect(resolver.resolve(e, tense: .past, pastGrace: 7).iso == "2024-09-25")
        #expect(resolver.resolve(e, tense: .past).iso == "2023-09-25")
    }

    @Test("a weekday chooses among the candidate years and flags when none fits")
    func weekday() {
        var e = DateExpression(month: 6, day: 21)
        e.weekday = 5   // Friday: 2024-06-21
        #expect(resolver.resolve(e, tense: .future).iso == "2024-06-21")
        e.weekday = 3   // Wednesday: 2023-06-21
        let r = resolver.resolve(e, tense: nil)
        #expect(r.iso == "2023-06-21")
        #expect(!r.weekdayMismatch)
        e.day = 31      // June 31 does not exist in any year
        #expect(resolver.resolve(e, tense: nil).reason == DateResolver.invalidReason)
    }

    @Test("no document date: year-less and relative forms stay unresolved with their reasons")
    func noAnchor() {
        let none = DateResolver(documentDate: nil)
        #expect(none.resolve(DateExpression(day: 9), tense: nil).reason == "no year in the text and no document date")
        #expect(none.resolve(DateExpression(kind: .relativeYear(-1)), tense: .past).reason == "relative to the document date, which is unknown")
        #expect(none.resolve(DateExpression(year: 2019), tense: nil).iso == "2019")
    }

    @Test("range ends take the missing parts from the start and roll over")
    func ends() {
        let start = resolver.resolve(DateExpression(month: 12, day: 28), tense: .future)
        #expect(resolver.resolveEnd(DateExpression(month: 1, day: 3), after: start) == "2025-01-03")
        #expect(resolver.resolveEnd(DateExpression(day: 30), after: start) == "2024-12-30")
        #expect(resolver.resolveEnd(DateExpression(day: 2), after: start) == "2025-01-02")
    }
}
