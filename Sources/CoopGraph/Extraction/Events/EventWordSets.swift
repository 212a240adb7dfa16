/// The ``EventWords`` lists that hot paths test words against, as ``WordSet``s built once.
enum EventWordSets {
    static let demonstratives = WordSet(EventWords.demonstratives)
    static let futureWords = WordSet(EventWords.futureWords)
    /// Stop words and list bullets: both end a name to their left.
    static let stopOrBullet = WordSet(EventWords.stopWords.union(EventWords.bulletWords))
    static let stopWords = WordSet(EventWords.stopWords)
    static let cities = WordSet(EventWords.cities)
    static let modeWords = WordSet(EventWords.modeWords)
    static let personMeetingWords = WordSet(EventWords.personMeetingWords)
    /// Event triggers and generic event nouns: a name of these alone names nothing in particular.
    static let eventNouns = WordSet(EventTrigger.all.map(\.word) + EventWords.genericEventNouns)
}
