extension Gazetteer {
    /// Names of Korea's presidents and prime ministers (`#! list=korean-heads`,
    /// `korean-heads.tsv`), for ``KoreanHeadAffiliationRule``.
    public var koreanHeads: Set<String> { wordLists["korean-heads"] ?? [] }
}
