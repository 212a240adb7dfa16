/// A foreign country's cultural or information centre, named by its country: `일본 공보문화원`,
/// `중국 문화원`, `독일 문화원`, `인도 문화센터` (the country a word of its own: no mention of
/// it is made inside `중국문화원`).
///
/// Embassies' cultural centres host exhibitions and festivals with Korean ministries; releases name
/// them by the country and a generic word (matching in ``CountryHeadWord``). The head is written
/// `<centre>장` (`공보문화원장`): the rule runs after the person rules, so that the head keeps the
/// title word they read (`추조 카즈오 일본 공보문화원장`) and the centre is still found. Korea's own
/// centres abroad (`주영한국문화원`, `한국문화원`) are not taken: their country mention is Korea.
public struct ForeignCulturalCentreRule: EntityRule {
    public let name = "organization.cultural-centre"

    static let matcher = CountryHeadWord(
        heads: ["공보문화원", "문화원", "문화센터", "문화홍보원"],
        followers: [("장", true), ("대표단", false)])

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        Self.matcher.apply(&context, rule: name)
    }
}
