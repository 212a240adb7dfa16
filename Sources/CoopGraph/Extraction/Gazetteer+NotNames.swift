extension Gazetteer {
    /// Words a person's name never is (`#! list=not-names`, `not-names.tsv`): common nouns and
    /// function words that a name-before-title pattern may take for a two-syllable name.
    ///
    /// Asked once per document by the extractor's last filter, for person mentions only: unlike
    /// stopwords, they are not automaton patterns, so they never block a longer body name that
    /// starts with them (`보건부`, `경제연구소`).
    public var notNames: Set<String> { wordLists["not-names"] ?? [] }
}
