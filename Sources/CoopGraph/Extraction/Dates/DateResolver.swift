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
            case .year?: return ISODate.format(year)
            case .month?: return month.map { ISODate.format(year, $0) }
            case .day?: return month.flatMap { m in day.map { ISODate.format(year, m, $0) } }
            case nil: return nil
            }
        }
    }

    /// The document date's parts (month and day may be missing).
    let anchor: (year: Int, month: Int?, day: Int?)?

    init(documentDate: DateValue?) {
        if let v = documentDate?.value, let p = ISODate.parse(v) { anchor = (p.year, p.month, p.day) } else { anchor = nil }
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
            // Month (and day) without a year: choose among the neighbouring years. The three
            // years are put in order on the stack (no arrays per date): the tense's years first,
            // nearest first, then the others by distance. Keys grow with the year, so no two
            // years tie and the order is the one sorting would give.
            func key(_ y: Int) -> Int {
                if let d = e.day { return CalendarMath.dayNumber(y, m, min(d, ISODate.daysInMonth(y, m))) }
                return y * 12 + m
            }
            let anchorKey = e.day != nil ? anchorDay : a.year * 12 + am
            let limit = anchorKey + (e.day != nil ? pastGrace : 0)
            func rank(_ y: Int) -> (Int, Int, Int) {
                let k = key(y), distance = abs(k - anchorKey)
                switch tense {
                case .past?: return k <= limit ? (0, -k, 0) : (1, distance, 0)
                case .future?: return k >= anchorKey ? (0, k, 0) : (1, distance, 0)
                case nil: return (0, distance, k)
                }
            }
            var c0 = a.year - 1, c1 = a.year, c2 = a.year + 1
            var r0 = rank(c0), r1 = rank(c1), r2 = rank(c2)
            if r1 < r0 { swap(&c0, &c1); swap(&r0, &r1) }
            if r2 < r1 { swap(&c1, &c2); swap(&r1, &r2) }
            if r1 < r0 { swap(&c0, &c1); swap(&r0, &r1) }
            pick((c0, m), (c1, m), (c2, m), day: e.day, weekday: e.weekday, into: &r)
        } else if let d = e.day {
            // A day alone: the document's month, or the neighbouring month the tense asks for.
            let prev = CalendarMath.addMonths(a.year, am, -1), next = CalendarMath.addMonths(a.year, am, 1)
            let here = (a.year, am)
            if tense == .past, d > ad + pastGrace {
                pick(prev, here, next, day: d, weekday: e.weekday, into: &r)
            } else if tense == .future, d < ad {
                pick(next, here, prev, day: d, weekday: e.weekday, into: &r)
            } else {
                pick(here, prev, next, day: d, weekday: e.weekday, into: &r)
            }
        }
    }

    /// Takes the first candidate (year, month) where the day exists and the weekday (if any) matches;
    /// when the weekday matches none, the first valid candidate with the mismatch flagged.
    /// Three candidates as arguments, not an array: this runs for every year-less date.
    private func pick(_ c0: (Int, Int), _ c1: (Int, Int), _ c2: (Int, Int), day: Int?, weekday: Int?, into r: inout Resolved) {
        func valid(_ c: (Int, Int)) -> Bool { day.map { ISODate.isValid(c.0, c.1, $0) } ?? true }
        let v0 = valid(c0), v1 = valid(c1), v2 = valid(c2)
        guard v0 || v1 || v2 else { r = Resolved(precision: nil, reason: Self.invalidReason); return }
        var chosen = v0 ? c0 : v1 ? c1 : c2
        if let w = weekday, let d = day {
            if v0, ISODate.weekday(c0.0, c0.1, d) == w { chosen = c0 }
            else if v1, ISODate.weekday(c1.0, c1.1, d) == w { chosen = c1 }
            else if v2, ISODate.weekday(c2.0, c2.1, d) == w { chosen = c2 }
            else { r.weekdayMismatch = true }
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
        guard let mm = m else { return ISODate.format(y) }
        guard let dd = d else { return ISODate.format(y, mm) }
        return ISODate.isValid(y, mm, dd) ? ISODate.format(y, mm, dd) : nil
    }
}
