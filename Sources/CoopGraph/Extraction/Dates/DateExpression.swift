/// A date as parsed from the text, before it is resolved against the document date.
///
/// Calendar parts that the text does not give stay nil; relative words (지난해, 다음 달, 전날)
/// carry an offset from the document date at their unit.
struct DateExpression: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case calendar
        case relativeYear(Int)
        case relativeMonth(Int)
        case relativeDay(Int)
    }

    var kind: Kind = .calendar
    var year: Int?
    var month: Int?
    var day: Int?
    /// 0 = Sunday … 6 = Saturday, from `(금)` after the date.
    var weekday: Int?
    /// The end of a range inside the expression (`4월 6-7일`): day only.
    var endDay: Int?

    var precision: DateValue.Precision? {
        switch kind {
        case .relativeYear: return .year
        case .relativeMonth: return .month
        case .relativeDay: return .day
        case .calendar:
            if day != nil { return .day }
            if month != nil { return .month }
            return year != nil ? .year : nil
        }
    }
}
