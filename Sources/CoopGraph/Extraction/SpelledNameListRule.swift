/// Foreign names with their spellings in a comma list that ends in one person with a title:
/// `영 킴(Young Kim), 아미 베라(Ami Bera), 조 윌슨(Joe Wilson) 하원의원` — the last one is found by
/// `SpelledForeignNameRule`; the ones before it share its title, body and country.
///
/// Read leftwards from a person whose spelling ended right before their title: `, ` then a
/// spelling `(…)` that gives the number of Hangul words (as `SpelledForeignNameRule` reads it),
/// then those words, each of which may be a word of a transcribed name.
public struct SpelledNameListRule: EntityRule {
    public let name = "person.spelled-name-list"
    static let source = "person.spelled-foreign-name"
    /// Long lists of delegates stop somewhere: ten names before the titled one.
    static let maxItems = 10

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        var i = 0
        while i < context.mentions.count {
            if context.mentions[i].kind == .person, context.mentions[i].rule == Self.source {
                var last = context.mentions[i]
                var items = 0
                while items < Self.maxItems, let p = previous(before: last, context: context), context.add(p) {
                    last = p
                    items += 1
                }
                // Added mentions sort before this one: move past it.
                i += items
            }
            i += 1
        }
    }

    /// The person listed right before `next` (`…(spelling), next`), with its title and body.
    func previous(before next: Mention, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        var k = HangulBytes.skipBlanksBackward(from: next.range.lowerBound, lower: context.lower, in: b)
        guard k > context.lower, b[k - 1] == 0x2C else { return nil }
        k = HangulBytes.skipBlanksBackward(from: k - 1, lower: context.lower, in: b)
        guard k > context.lower, b[k - 1] == 0x29 else { return nil }
        var open = k - 1
        while open > context.lower, b[open] != 0x28, k - open <= SpelledForeignNameRule.maxSpellingBytes { open -= 1 }
        guard b[open] == 0x28, let spelled = SpelledForeignNameRule().spelling(open: open, context: context),
              spelled.after == k, spelled.hanja == 0 else { return nil }
        let titles = context.gazetteer.personTitles
        var words: [(lo: Int, hi: Int)] = []
        var end = HangulBytes.skipBlanksBackward(from: open, lower: context.lower, in: b)
        while words.count < spelled.words {
            let start = HangulBytes.hangulRunStart(endingAt: end, lower: context.lower, in: b)
            guard start < end, !context.isCovered(start) else { return nil }
            let w = context.text(start, end)
            guard !titles.stopwordSet.contains(w), !PersonTitles.functionWordSet.contains(w), PersonTitles.mayBeForeignNameWord(w, maxSyllables: 8),
                  titles.title(start, end, in: b) == nil, !PersonTitles.particleEnds.contains(w.last ?? " ") else { return nil }
            words.insert((start, end), at: 0)
            guard words.count < spelled.words else { break }
            let prev = HangulBytes.skipBlanksBackward(from: start, lower: context.lower, in: b)
            guard prev < start else { return nil }
            end = prev
        }
        // `린(Lin), 치웨이(Chi-Wei) 전문위원`: one syllable is a surname written apart, not a person.
        guard let first = words.first, let lastWord = words.last, lastWord.hi - first.lo >= 6 else { return nil }
        if let p = HangulBytes.scalarStart(before: first.lo, lower: context.lower, in: b),
           HangulBytes.isHangulSyllable(HangulBytes.scalar(at: p, in: b).value) { return nil }
        let name = words.map { context.text($0.lo, $0.hi) }.joined(separator: " ")
        return Mention(range: SourceRange(first.lo, lastWord.hi), kind: .person, canonical: name, surface: context.text(first.lo, lastWord.hi),
                       properties: next.properties, rule: self.name)
    }
}
