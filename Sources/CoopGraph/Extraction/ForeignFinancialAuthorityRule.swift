/// A foreign central bank or financial regulator, named by its country: `베트남 중앙은행`,
/// `베트남 증권위원회`, `태국 증권거래위원회` (a `…청` after a country is ``ForeignBodyRule``'s).
///
/// Releases on financial cooperation name these bodies by the country and a generic head word, so
/// no list of names can hold them all (matching in ``CountryHeadWord``). The head's titles
/// (`부총재`, `위원장`) or a delegation may follow in the same word; the bare words stay stopwords
/// (`양국 중앙은행` is no body), and Korea's `금융위원회` stays the gazetteer's.
public struct ForeignFinancialAuthorityRule: EntityRule {
    public let name = "organization.financial-authority"

    static let matcher = CountryHeadWord(
        heads: ["중앙은행", "국립은행", "증권거래위원회", "증권위원회", "금융감독위원회", "금융감독청", "금융감독원",
                "금융서비스위원회", "금융위원회", "통화청"],
        followers: [("부총재", true), ("총재", true), ("부위원장", true), ("위원장", true), ("부청장", true), ("청장", true),
                    ("부원장", true), ("원장", true), ("대표단", false)])

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        Self.matcher.apply(&context, rule: name)
    }
}
