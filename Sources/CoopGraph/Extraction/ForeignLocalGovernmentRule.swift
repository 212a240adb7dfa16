/// A foreign state, province or city government named by its place: `베를린 주정부`,
/// `서호주 주(州)정부`, `매사추세츠 주 정부`, `산둥 성정부`, `하노이 시정부`.
///
/// One place word (two to eight syllables) opens its word, then one blank and the government
/// word (`주정부`, `주 정부`, `주(州)정부`, `성정부`, `성(省)정부`, `시정부`) with particles only
/// after it. The place word must not be a country (`호주 주정부`, `미국 주정부`: a country's
/// states in general), a body or any other mention, a stop or grammar word, nor end like a
/// verb form or particle (`있도록 주정부`, `위해 주정부`). Canonical `<place> 주정부` (the
/// parenthesised Hanja and the inner blank dropped), kind ministry: a government body.
public struct ForeignLocalGovernmentRule: EntityRule {
    public let name = "ministry.local-government"

    /// The government words, written as the releases do, and their canonical form.
    static let words: [(bytes: [UInt8], canonical: String)] = [
        ("주(州)정부", "주정부"), ("성(省)정부", "성정부"), ("주 정부", "주정부"), ("주정부", "주정부"), ("성정부", "성정부"), ("시정부", "시정부"),
    ].map { (Array($0.0.utf8), $0.1) }

    static let government: [UInt8] = Array("정부".utf8)

    /// Last syllables of a word that is a verb form, adverbial or particle, never a place (`위해`, `있도록`, `대한`).
    static let nonPlaceEnds: Set<Character> = PersonRule.koreanWordEnds.union(["해", "의", "에", "를", "을", "로", "는", "가", "와", "도", "이"])

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        // Every form holds `정부`: one search rules out most sentences.
        guard ByteSearch.contains(UnsafeBufferPointer(rebasing: b[context.lower..<context.upper]), Self.government) else { return }
        ExtractionContext.forEachOffset(of: 0x20, in: &context) { blank, context in
            if let m = government(after: blank, context: context) { context.add(m) }
        }
    }

    func government(after blank: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        let start = blank + 1
        guard let word = Self.words.first(where: { w in
            start + w.bytes.count <= context.upper && w.bytes.indices.allSatisfy { b[start + $0] == w.bytes[$0] }
        }) else { return nil }
        let end = start + word.bytes.count
        guard KoreanParticles.acceptsEnd(end, upper: context.upper, in: b) else { return nil }
        let placeStart = HangulBytes.hangulRunStart(endingAt: blank, lower: context.lower, in: b)
        let syllables = (blank - placeStart) / 3
        guard syllables >= 2, syllables <= 8, context.isWordStart(placeStart),
              !context.mentions.contains(where: { $0.range.overlaps(SourceRange(placeStart, end)) }) else { return nil }
        let place = context.text(placeStart, blank)
        guard let last = place.last, !Self.nonPlaceEnds.contains(last), !context.gazetteer.stopwords.contains(place),
              !PersonTitles.functionWords.contains(place), context.gazetteer.entryByName[place] == nil else { return nil }
        let canonical = place + " " + word.canonical
        let surface = context.text(placeStart, end)
        return Mention(range: SourceRange(placeStart, end), kind: .ministry, canonical: canonical, surface: surface,
                       aliases: [place + word.canonical], rule: name)
    }
}
