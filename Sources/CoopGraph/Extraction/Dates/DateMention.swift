/// One date expression found in a text, with its normalised value.
///
/// `range` is a half-open UTF-8 byte range of the scanned text and covers the whole expression,
/// range and weekday included (`4월 6일부터 4월 10일까지`, `'21.11.24.(수)`). `value.value` is nil
/// when the expression cannot be resolved (then `value.unresolvedReason` says why); a year is
/// never guessed.
public struct DateMention: Sendable, Hashable {
    public var range: SourceRange
    public var value: DateValue
    /// Past or future as the expression itself says (지난 5월, 오는 11월 1일), nil when it says neither.
    public var tense: DateTense?
    /// The weekday in parentheses does not fall on the resolved day. The date is kept as written
    /// (the numbers are more reliable than the weekday), and the flag lets callers lower trust.
    public var weekdayMismatch: Bool
    /// A clock-time span written right after the date (`15:00~16:10`), as written.
    public var timeSpan: String?
    /// True when the value was computed from the document date (no year in the text).
    public var isRelative: Bool

    public init(range: SourceRange, value: DateValue, tense: DateTense? = nil, weekdayMismatch: Bool = false,
                timeSpan: String? = nil, isRelative: Bool = false) {
        self.range = range
        self.value = value
        self.tense = tense
        self.weekdayMismatch = weekdayMismatch
        self.timeSpan = timeSpan
        self.isRelative = isRelative
    }
}
