/// When a country name that is also an ordinary word (`ambiguous=1`: 수단 "means", 인도
/// "delivery", 이란 "called", 오만 "arrogance") counts as the country.
///
/// Only in a clear country context: the document already named the country (a compound
/// `한-인도`, an earlier clear mention); the word goes on with `측`/`국` (`인도측`); the next
/// word is a title or a government word (`인도 총리`, `인도 상무부`, `이란 정부`); or the name
/// sits in a list of countries (`인도, 인도네시아`, `파키스탄과 인도`).
enum AmbiguousCountryContext {
    /// Words after the name that make it a state: its government, embassy, people, leaders.
    static let nextWords: Set<String> = [
        "정부", "측", "대사관", "대사", "국민", "정상", "대표단", "당국", "총리", "대통령", "외교부", "외교장관",
        "정부와", "정부는", "정부의", "대사관은", "대사관과", "국민들", "정부가",
    ]
    /// Separators allowed between list items.
    static let separators: Set<String> = [",", "·", "ㆍ", "、", "및", "와", "과", "/", "∙", "‧"]
    /// Last syllables of a one-word government body after a country (`상무부`, `외교청`).
    static let bodyEnds: Set<Character> = ["부", "청", "처", "성"]

    static func accepts(_ m: ByteAutomaton.Match, among chosen: [ByteAutomaton.Match], at k: Int, context: ExtractionContext) -> Bool {
        let g = context.gazetteer
        guard let entry = g.entryForPattern(m.pattern) else { return false }
        let canonical = entry.canonical
        if context.document.hasSeen(canonical: canonical) || context.mentions.contains(where: { $0.canonical == canonical }) {
            return true
        }
        let b = context.bytes
        // The same word goes on with 측 or 국 (인도측, 이란국).
        let runEnd = HangulBytes.hangulRunEnd(from: m.end, upper: context.upper, in: b)
        if runEnd > m.end {
            let tail = context.text(m.end, min(runEnd, m.end + 3))
            if tail == "측" || tail == "국" { return true }
        }
        // The next word, when the name stands alone in its word.
        let next = HangulBytes.skipBlanks(from: m.end, upper: context.upper, in: b)
        if runEnd == m.end, next > m.end, next < context.upper {
            // An ordinal title is one word: `이란 제1부통령`.
            let wordEnd = HangulBytes.titleRunEnd(from: next, upper: context.upper, in: b)
            if wordEnd > next {
                let word = context.text(next, wordEnd)
                if nextWords.contains(word) || g.personTitles.title(next, wordEnd, in: b) != nil { return true }
                if k + 1 < chosen.count, chosen[k + 1].start == next,
                   let e = g.entryForPattern(chosen[k + 1].pattern), e.kind.isBody {
                    return true
                }
                let stem = KoreanParticles.stripTail(next, wordEnd, minSyllables: 3, in: b) ?? wordEnd
                if stem - next >= 9, let last = context.text(stem - 3, stem).last, bodyEnds.contains(last) { return true }
            }
        }
        // A list of countries on either side.
        if k > 0, isCountry(chosen[k - 1], context: context), isListGap(chosen[k - 1].end, m.start, context: context) { return true }
        if k + 1 < chosen.count, isCountry(chosen[k + 1], context: context), isListGap(m.end, chosen[k + 1].start, context: context) { return true }
        return false
    }

    static func isCountry(_ m: ByteAutomaton.Match, context: ExtractionContext) -> Bool {
        guard let e = context.gazetteer.entryForPattern(m.pattern) else { return false }
        // An ambiguous name already accepted as a country (`인도, 피지`) counts as one too.
        return e.kind == .country && (!e.isAmbiguous || context.mentions.contains { $0.range.lowerBound == m.start && $0.canonical == e.canonical })
    }

    /// True when only blanks and one list separator lie between two names.
    static func isListGap(_ lo: Int, _ hi: Int, context: ExtractionContext) -> Bool {
        guard hi > lo, hi - lo <= 12 else { return false }
        let gap = context.text(lo, hi).filter { $0 != " " }
        return separators.contains(gap)
    }
}
