/// Resolves parsed date expressions against a document's own date.
///
/// The rules (Docs/DATES.md): a year in the text wins; a month-day without a year takes the
/// year that fits the tense (past: on or before the document date; future: on or after it;
/// neither: the nearest, ties to the past), a weekday in the text picking among candidate
/// years; a day without a month takes the document's month. Without a document date a
/// year-less expression stays nil with a reason: a guessed year is wrong.
struct DateResolver: Sendable {
    static let noAnchorReason = "no year in the text and no document date"
    static let noAnchorRelativeReason = "relative to the document date, which is unknown"
    static let impreciseAnchorReason = "the document date is not precise enough to resolve it"
    static let invalidReason = "no such day in the calendar"

    struct Resolved {
        var year: Int?
        var month: Int?
        var day: Int?
        var precision: DateValue.Precision?
        var reason: String?
        var weekdayMismatch = false
        var relative = false

        var iso: String? {
            guard let year else { return nil }
            switch precision {
            case .year?: return ISODate.formatDigits(year)
            case .month?: return month.map { ISODate.formatDigits(year, $0) }
            case .day?: return month.flatMap { m in day.map { ISODate.formatDigits(year, m, $0) } }
            case nil: return nil
            }
        }
    }

    /// The document date's parts (month and day may be missing).
    let anchor: (year: Int, month: Int?, day: Int?)?

    init(documentDate: DateValue?) {
        if let v = documentDate?.value, let p = ISODate.parseDigits(v) { anchor = (p.year, p.month, p.day) } else { anchor = nil }
    }

    /// `pastGrace`: days after the document date still taken as past, for a tense read from the
    /// sentence's verb (a release dated the day before the event it reports in the past tense).
    func resolve(_ e: DateExpression, tense: DateTense?, pastGrace: Int = 0) -> Resolved {
        var r = Resolved(precision: e.precision)
        switch e.kind {
        case .relativeYear(let off):
            guard let a = anchor else { r.reason = Self.noAnchorRelativeReason; return r }
            r.year = a.year + off; r.relative = true
        case .relativeMonth(let off):
            guard let a = anchor, let am = a.month else { r.reason = anchor == nil ? Self.noAnchorRelativeReason : Self.impreciseAnchorReason; return r }
            (r.year, r.month) = CalendarMath.addMonths(a.year, am, off); r.relative = true
        case .relativeDay(let off):
            guard let a = anchor, let am = a.month, let ad = a.day else { r.reason = anchor == nil ? Self.noAnchorRelativeReason : Self.impreciseAnchorReason; return r }
            let d = CalendarMath.addDays(a.year, am, ad, off)
            (r.year, r.month, r.day) = (d.year, d.month, d.day); r.relative = true
        case .calendar:
            resolveCalendar(e, tense: tense, pastGrace: pastGrace, into: &r)
        }
        return r
    }

    private func resolveCalendar(_ e: DateExpression, tense: DateTense?, pastGrace: Int, into r: inout Resolved) {
        if let y = e.year {
            (r.year, r.month, r.day) = (y, e.month, e.day)
            if let m = e.month, let d = e.day {
                if !ISODate.isValid(y, m, d) { r = Resolved(precision: nil, reason: Self.invalidReason); return }
                if let w = e.weekday, ISODate.weekday(y, m, d) != w { r.weekdayMismatch = true }
            }
            return
        }
        guard let a = anchor else { r.reason = Self.noAnchorReason; return }
        guard let am = a.month, let ad = a.day else { r.reason = Self.impreciseAnchorReason; return }
        r.relative = true
        let anchorDay = CalendarMath.dayNumber(a.year, am, ad)
        if let m = e.month {
            // Month (and day) without a year: choose among the neighbouring years.
            let years = [a.year - 1, a.year, a.year + 1]
            func key(_ y: Int) -> Int {
                if let d = e.day { return CalendarMath.dayNumber(y, m, min(d, ISODate.daysInMonth(y, m))) }
                return y * 12 + m
            }
            let anchorKey = e.day != nil ? anchorDay : a.year * 12 + am
            let ordered: [Int]
            switch tense {
            case .past?: ordered = years.filter { key($0) <= anchorKey + (e.day != nil ? pastGrace : 0) }.sorted { key($0) > key($1) }
            case .future?: ordered = years.filter { key($0) >= anchorKey }.sorted { key($0) < key($1) }
            case nil: ordered = years.sorted { (abs(key($0) - anchorKey), key($0)) < (abs(key($1) - anchorKey), key($1)) }
            }
            let others = years.filter { !ordered.contains($0) }.sorted { abs(key($0) - anchorKey) < abs(key($1) - anchorKey) }
            pick(candidates: (ordered + others).map { ($0, m) }, day: e.day, weekday: e.weekday, into: &r)
        } else if let d = e.day {
            // A day alone: the document's month, or the neighbouring month the tense asks for.
            let prev = CalendarMath.addMonths(a.year, am, -1), next = CalendarMath.addMonths(a.year, am, 1)
            let here = (a.year, am)
            var first = here
            if tense == .past, d > ad + pastGrace { first = prev }
            if tense == .future, d < ad { first = next }
            let rest = [here, prev, next].filter { $0 != first }
            pick(candidates: [first] + rest, day: d, weekday: e.weekday, into: &r)
        }
    }

    /// Takes the first candidate (year, month) where the day exists and the weekday (if any) matches;
    /// when the weekday matches none, the first valid candidate with the mismatch flagged.
    private func pick(candidates: [(Int, Int)], day: Int?, weekday: Int?, into r: inout Resolved) {
        let valid = candidates.filter { c in day.map { ISODate.isValid(c.0, c.1, $0) } ?? true }
        guard let first = valid.first else { r = Resolved(precision: nil, reason: Self.invalidReason); return }
        var chosen = first
        if let w = weekday, let d = day {
            if let match = valid.first(where: { ISODate.weekday($0.0, $0.1, d) == w }) { chosen = match } else { r.weekdayMismatch = true }
        }
        (r.year, r.month, r.day) = (chosen.0, chosen.1, day)
    }

    /// The end of a range whose start resolved to `start`: missing parts come from the start,
    /// and an end before the start moves to the next month or year.
    func resolveEnd(_ e: DateExpression, after start: Resolved) -> String? {
        guard let sy = start.year else { return nil }
        var y = e.year ?? sy
        var m = e.month ?? start.month
        let d = e.day
        if e.year == nil, let m0 = m, let sm = start.month {
            if e.month != nil, (m0, d ?? 0) < (sm, start.day ?? 0) { y += 1 }
            if e.month == nil, let d, let sd = start.day, d < sd { (y, m) = CalendarMath.addMonths(y, m0, 1) }
        }
        guard let mm = m else { return ISODate.formatDigits(y) }
        guard let dd = d else { return ISODate.formatDigits(y, mm) }
        return ISODate.isValid(y, mm, dd) ? ISODate.formatDigits(y, mm, dd) : nil
    }
}
