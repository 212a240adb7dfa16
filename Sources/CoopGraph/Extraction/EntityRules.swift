/// The registry of entity rules, in the order they run on each sentence.
///
/// Order matters: earlier rules claim spans first (a later mention is kept only when it
/// strictly contains what it overlaps). Adding a rule = one file + one line here.
public enum EntityRules {
    public static let all: [any EntityRule] = [
        CountryCompoundRule(),
        HanjaCountryRule(),
        GazetteerRule(),
        LocalAliasRule(),
        ResearchAbbreviationRule(),
        ForeignBodyRule(),
        ForeignParliamentRule(),
        ForeignFinancialAuthorityRule(),
        ForeignLocalGovernmentRule(),
        BodyPatternRule(),
        UniversityNameRule(),
        CompanyMarkRule(),
        GroupCompanyRule(),
        LatinCompanyRule(),
        BracketedBodyRule(),
        AliasDefinitionRule(),
        SpelledForeignNameRule(),
        SpelledNameListRule(),
        QuotedForeignNameRule(),
        QuotedNameTitleRule(),
        LatinPersonNameRule(),
        PersonRule(),
        ParentheticalHeadRule(),
        ParenthesizedHeadNameRule(),
        ConcurrentTitleRule(),
        PrecedingBodyRule(),
        AmbassadorCountryRule(),
        KoreanHeadAffiliationRule(),
        CountryNameTitleRule(),
        ForeignAmbassadorRule(),
        InternalUnitHeadRule(),
        BodyUnitTitleRule(),
        UnitNameTitleRule(),
        BilateralReferenceRule(),
        ForeignShortNameRule(),
        ForeignCulturalCentreRule(),
    ]
}
