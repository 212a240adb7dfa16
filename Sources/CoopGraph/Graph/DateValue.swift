/// A date as the text gives it: normalised value, precision and surface form.
///
/// `value` is ISO 8601 at `precision` (`2023`, `2023-05`, `2023-09-21`); it is `nil` when the
/// text gives no way to resolve it, and `unresolvedReason` then says why. A range keeps its
/// end in `end`. Never guessed: a month-day with no year and no document date stays `nil`.
public struct DateValue: Sendable, Hashable, Codable {
    public enum Precision: String, Sendable, Hashable, Codable, Comparable {
        case year, month, day

        public static func < (a: Precision, b: Precision) -> Bool {
            let order: [Precision] = [.year, .month, .day]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    public var value: String?
    public var precision: Precision?
    /// End of a range or duration, ISO 8601, inclusive.
    public var end: String?
    /// The text as written (`'21.11.24.(수)`, `지난 5월`).
    public var surface: String
    /// Why `value` is nil (for example "no year in the text and no document date").
    public var unresolvedReason: String?

    public init(value: String?, precision: Precision?, end: String? = nil, surface: String, unresolvedReason: String? = nil) {
        self.value = value
        self.precision = precision
        self.end = end
        self.surface = surface
        self.unresolvedReason = unresolvedReason
    }

    /// A resolved day.
    public static func day(_ year: Int, _ month: Int, _ day: Int, surface: String) -> DateValue {
        DateValue(value: ISODate.format(year, month, day), precision: .day, surface: surface)
    }

    public static func unresolved(surface: String, reason: String) -> DateValue {
        DateValue(value: nil, precision: nil, surface: surface, unresolvedReason: reason)
    }
}
