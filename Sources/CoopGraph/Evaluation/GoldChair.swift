/// Who chairs an agreement or partnership, and from when to when (ISO dates, open ends allowed).
///
/// Recorded in gold answers for completeness; the scorer does not score it.
public struct GoldChair: Sendable, Hashable, Codable {
    public var party: String
    public var from: String?
    public var to: String?

    public init(party: String, from: String? = nil, to: String? = nil) {
        self.party = party
        self.from = from
        self.to = to
    }
}
