/// Day and month arithmetic on proleptic Gregorian dates, without Foundation's calendars.
///
/// Foundation's `Calendar` depends on the host time zone and locale; date resolution must be
/// the same bytes on every machine, so the few operations needed are written out here.
enum CalendarMath {
    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    static func dayNumber(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day number (inverse of ``dayNumber(_:_:_:)``).
    static func date(dayNumber z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func addDays(_ y: Int, _ m: Int, _ d: Int, _ delta: Int) -> (year: Int, month: Int, day: Int) {
        date(dayNumber: dayNumber(y, m, d) + delta)
    }

    static func addMonths(_ y: Int, _ m: Int, _ delta: Int) -> (year: Int, month: Int) {
        let index = y * 12 + (m - 1) + delta
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return (year, index - year * 12 + 1)
    }
}
