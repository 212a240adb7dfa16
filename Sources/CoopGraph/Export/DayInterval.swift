/// An inclusive interval of days in ISO form, from a date at any precision.
///
/// `2023-05-21` is that day, `2023-05` runs from the 1st to the last day of May, `2019`
/// from 1 January to 31 December. Used where consumers need day precision (GEXF times).
public struct DayInterval: Sendable, Hashable {
    public var start: String
    public var end: String

    /// An interval from two ISO days, taken as given.
    public init(start: String, end: String) {
        self.start = start
        self.end = end
    }

    /// The days `start` covers, through the last day `end` covers (when given and not
    /// before `start`); nil when `start` is not an ISO date.
    public init?(_ start: String, through end: String? = nil) {
        guard let s = Self.expand(start) else { return nil }
        self.start = s.first
        self.end = s.last
        if let end, let e = Self.expand(end), e.last >= s.first { self.end = e.last }
    }

    /// First and last day of an ISO date of any precision; nil when malformed.
    public static func expand(_ iso: String) -> (first: String, last: String)? {
        guard let p = ISODate.parse(iso) else { return nil }
        switch (p.month, p.day) {
        case let (m?, d?):
            let s = ISODate.format(p.year, m, d)
            return (s, s)
        case let (m?, nil):
            return (ISODate.format(p.year, m, 1), ISODate.format(p.year, m, ISODate.daysInMonth(p.year, m)))
        default:
            return (ISODate.format(p.year, 1, 1), ISODate.format(p.year, 12, 31))
        }
    }
}
