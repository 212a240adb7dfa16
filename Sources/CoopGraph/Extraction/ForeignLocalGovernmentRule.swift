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
        // Every form ends in `정부`, which releases use all the time (the national government): only
        // the blanks a form ending at one of its occurrences would follow are tried, each once, in
        // text order (a later occurrence's blanks lie after an earlier one's).
        var lastBlank = context.lower - 1
        ByteSearch.forEachOccurrence(of: Self.government, in: b, range: context.lower..<context.upper) { found in
            let end = found + Self.government.count
            for length in Self.lengths {
                let blank = end - length - 1
                guard blank > lastBlank, blank >= context.lower, b[blank] == 0x20 else { continue }
                lastBlank = blank
                if let m = government(after: blank, context: context) { context.add(m) }
            }
        }
    }

    /// The byte lengths of ``words``, longest first: the blanks before them in text order.
    static let lengths: [Int] = Array(Set(words.map(\.bytes.count))).sorted(by: >)

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
        guard let last = place.last, !Self.nonPlaceEnds.contains(last), !context.gazetteer.stopwordSet.contains(place),
              !PersonTitles.functionWordSet.contains(place), context.gazetteer.entryByName[place] == nil else { return nil }
        let canonical = place + " " + word.canonical
        let surface = context.text(placeStart, end)
        return Mention(range: SourceRange(placeStart, end), kind: .ministry, canonical: canonical, surface: surface,
                       aliases: [place + word.canonical], rule: name)
    }
}
