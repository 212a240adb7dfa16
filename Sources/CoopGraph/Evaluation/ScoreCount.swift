/// A recall-style count: how many of the expected items were found.
///
/// `ratio` is `hit / all`, and 1 when nothing was expected (as the Python scorer's `ratio`).
public struct ScoreCount: Sendable, Hashable, Codable {
    public var hit: Int
    public var all: Int

    public init(_ hit: Int = 0, of all: Int = 0) {
        self.hit = hit
        self.all = all
    }

    public var ratio: Double { all == 0 ? 1.0 : Double(hit) / Double(all) }

    public static func + (a: ScoreCount, b: ScoreCount) -> ScoreCount {
        ScoreCount(a.hit + b.hit, of: a.all + b.all)
    }

    /// Encoded as `[hit, all]`, the scorer's JSON form.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(hit)
        try c.encode(all)
    }

    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        hit = try c.decode(Int.self)
        all = try c.decode(Int.self)
    }
}
