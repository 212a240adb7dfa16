/// A foreign parliament or one of its chambers, named by its country: `영국 의회`, `이란 국회`,
/// `미국 하원`, `독일 연방하원`, `일본 중의원`, and their heads and delegations
/// (`베트남 국회의장`, `미국 하원의원단`).
///
/// The mention covers the chamber word only (the country keeps its own mention); its canonical
/// name is `<country> <chamber>`, with `국회` and `의회` one name (`<country> 의회`, the other as
/// an alias): a foreign parliament must not fall to Korea's `국회` of the gazetteer, which
/// `이란 국회의장` otherwise gives its speaker. The chamber word must be followed by particles
/// only, or by a head or delegation word (`의장`, `의원단`), never by a member's title
/// (`상원의원` stays a title) or another word (`의회조사국` is a body of its own).
public struct ForeignParliamentRule: EntityRule {
    public let name = "organization.parliament"

    /// Longest first is the matcher's order (`연방의회` before `의회`); `국회` and `의회` are one name.
    static let matcher = CountryHeadWord(
        heads: [
            ("연방의회", "연방의회", nil), ("연방하원", "연방하원", nil), ("연방상원", "연방상원", nil),
            ("중의원", "중의원", nil), ("참의원", "참의원", nil),
            ("의회", "의회", "국회"), ("국회", "의회", "국회"), ("하원", "하원", nil), ("상원", "상원", nil),
        ].map { CountryHeadWord.Head(bytes: Array($0.0.utf8), canonical: $0.1, alias: $0.2) },
        // Words that may follow the chamber word in the same word: its head, its delegation.
        followers: [("부의장", true), ("의장단", false), ("의원단", false), ("대표단", false), ("의장", true)],
        unspacedAlias: false)

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        Self.matcher.apply(&context, rule: name)
    }
}
