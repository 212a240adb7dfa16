/// A half-open range of UTF-8 byte offsets, `lowerBound ..< upperBound`.
///
/// Units are bytes of UTF-8, never `Character`s or UTF-16 code units. A range on a
/// ``Document``'s `source` points into the file as it was read (decoded to UTF-8, after
/// any byte-order mark); a range on a ``CleanText`` points into the cleaned body and is
/// mapped back with ``CleanText/sourceRange(for:)``.
public struct SourceRange: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var lowerBound: Int
    public var upperBound: Int

    public init(_ lowerBound: Int, _ upperBound: Int) {
        self.lowerBound = lowerBound
        self.upperBound = max(lowerBound, upperBound)
    }

    public init(_ range: Range<Int>) {
        self.init(range.lowerBound, range.upperBound)
    }

    public var count: Int { upperBound - lowerBound }
    public var isEmpty: Bool { upperBound == lowerBound }
    public var range: Range<Int> { lowerBound..<upperBound }

    public func contains(_ other: SourceRange) -> Bool {
        other.lowerBound >= lowerBound && other.upperBound <= upperBound
    }

    public func overlaps(_ other: SourceRange) -> Bool {
        lowerBound < other.upperBound && other.lowerBound < upperBound
    }

    public static func < (a: SourceRange, b: SourceRange) -> Bool {
        a.lowerBound != b.lowerBound ? a.lowerBound < b.lowerBound : a.upperBound < b.upperBound
    }

    /// `start..<end`, the form used in exports and messages.
    public var description: String { "\(lowerBound)..<\(upperBound)" }
}
