/// Names and aliases from the gazetteers, found with the shared ``ByteAutomaton``.
///
/// A match must start a word (not inside a longer Hangul word) and end one: what follows in
/// the same Hangul run must be particles (`산업부는`) or a title (`한국산업기술진흥원장`).
/// Among valid matches the leftmost-longest win, so `인도네시아` beats `인도`.
public struct GazetteerRule: EntityRule {
    public let name = "gazetteer"

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        // The matches go to one buffer per document, taken from the document's state and given
        // back emptied: a sentence's candidates, valid ones and choice were three arrays
        // allocated and freed per sentence.
        var all: [ByteAutomaton.Match] = []
        swap(&all, &context.document.matchScratch)
        all.removeAll(keepingCapacity: true)
        apply(&context, matches: &all)
        swap(&all, &context.document.matchScratch)
    }

    /// ``apply(_:)`` with `all` an empty buffer to collect the sentence's matches in.
    func apply(_ context: inout ExtractionContext, matches all: inout [ByteAutomaton.Match]) {
        let g = context.gazetteer
        let b = context.bytes
        // Every match that may be valid starts where a word may start (see `mayStart`): walk the
        // trie from those positions only, rather than running the automaton over every byte.
        let automaton = g.automaton
        let upper = context.upper
        // Over the sentence's scalar runs: a letter run (Hangul, Hanja) or an ASCII letter-or-digit
        // run is a candidate at its start only, unless it continues a run of the same family;
        // every scalar of the other runs is one. The same test as `mayStart`, without decoding.
        // (Continuation bytes start no pattern, and the body is valid UTF-8, so scalar starts
        // are the only candidates.)
        let runs = context.runs.runs
        for k in runs.indices {
            let r = runs[k]
            switch r.kind {
            case .hangul, .hanja:
                if k > 0, runs[k - 1].kind.isLetter { continue }
            case .digit, .latin:
                if k > 0, runs[k - 1].kind.isAlnum { continue }
            case .other:
                var i = r.lo
                while i < r.hi {
                    if automaton.canStart(with: b[i]) { automaton.matches(in: b, startingAt: i, upper: upper, into: &all) }
                    i += HangulBytes.scalar(at: i, in: b).length
                }
                continue
            }
            if automaton.canStart(with: b[r.lo]) { automaton.matches(in: b, startingAt: r.lo, upper: upper, into: &all) }
        }
        guard !all.isEmpty else { return }
        // The valid matches, kept in place at the front of `all` (in their order).
        var validCount = 0
        var chosenShort: [Int: Int] = [:]
        for k in all.indices {
            let m = all[k]
            switch g.patternRoles[m.pattern] {
            case .shadow:
                // A stopword blocks only as a whole word start; its end may run on (인도태평양전략).
                guard context.isWordStart(m.start) else { continue }
            case .short:
                guard Self.isValid(start: m.start, end: m.end, context: context),
                      let e = introducedEntry(g.patternSurfaces[m.pattern], context: context) else { continue }
                chosenShort[m.pattern] = e
            case .name:
                guard Self.isValid(start: m.start, end: m.end, context: context) else { continue }
            }
            all[validCount] = m
            validCount += 1
        }
        all.removeLast(all.count - validCount)
        let chosen = ByteAutomaton.leftmostLongest(inPlace: &all)
        for (k, m) in chosen.enumerated() where g.patternRoles[m.pattern] != .shadow {
            let index = chosenShort[m.pattern] ?? g.patternEntries[m.pattern]
            let ambiguous = g.entryIsAmbiguous[index]
            if ambiguous, !AmbiguousCountryContext.accepts(m, among: chosen, at: k, context: context) { continue }
            // Per-entry facts computed once by the gazetteer; the surface is the pattern's own
            // string (the matched bytes are exactly its bytes), so no string is built here.
            let kind = g.entries[index].kind
            if index == g.patternEntries[m.pattern], let payload = g.patternPayloads[m.pattern] {
                context.add(Mention(range: SourceRange(m.start, m.end), kind: kind, payload: payload))
                continue
            }
            context.add(Mention(range: SourceRange(m.start, m.end), kind: kind, canonical: g.entries[index].canonical,
                                surface: g.patternSurfaces[m.pattern], aliases: g.aliasSets[index],
                                properties: g.entryMentionProperties[index], rule: Self.ruleName(kind)))
        }
    }

    /// Provenance per kind, as constants: interpolating it for every mention showed in profiles.
    static func ruleName(_ kind: NodeKind) -> String {
        switch kind {
        case .country: return "gazetteer.country"
        case .ministry: return "gazetteer.ministry"
        case .institute: return "gazetteer.institute"
        case .organization: return "gazetteer.organization"
        default: return "gazetteer.\(kind.rawValue)"
        }
    }

    /// The entry a `short=` form stands for: the one whose full name appeared last before it
    /// in the document, or nil when none did (a bare `에너지부` could be anyone's).
    func introducedEntry(_ form: String, context: ExtractionContext) -> Int? {
        let g = context.gazetteer
        guard let candidates = g.shortEntries[form] else { return nil }
        let seen = candidates.filter { context.document.hasSeen(canonical: g.entries[$0].canonical) }
        guard !seen.isEmpty else {
            // Named earlier in this sentence only.
            return candidates.first { c in context.mentions.contains { $0.canonical == g.entries[c].canonical } }
        }
        if seen.count == 1 { return seen[0] }
        // Several bodies share the form: the one named last.
        let names = Set(seen.map { g.entries[$0].canonical })
        guard let found = context.document.mentions.last(where: { names.contains($0.canonical) }) else { return seen[0] }
        return seen.first { g.entries[$0].canonical == found.canonical }
    }

    /// The start half of ``isValid(start:end:context:)``: a name does not begin inside a word
    /// of its own script (Hangul or Hanja after Hangul or Hanja, ASCII after ASCII). Also
    /// true wherever a stopword may block (``ExtractionContext/isWordStart(_:)`` implies it).
    @inline(__always)
    static func mayStart(at start: Int, context: ExtractionContext) -> Bool {
        let b = context.bytes
        guard let p = HangulBytes.scalarStart(before: start, lower: context.lower, in: b) else { return true }
        let first = HangulBytes.scalar(at: start, in: b).value
        let prev = HangulBytes.scalar(at: p, in: b).value
        let prevLetter = HangulBytes.isHangulSyllable(prev) || HangulBytes.isHanja(prev)
        let firstLetter = HangulBytes.isHangulSyllable(first) || HangulBytes.isHanja(first)
        if prevLetter && firstLetter { return false }
        if HangulBytes.isASCIIAlnum(prev) && HangulBytes.isASCIIAlnum(first) { return false }
        return true
    }

    /// Word-boundary test shared by rules that match known names.
    static func isValid(start: Int, end: Int, context: ExtractionContext) -> Bool {
        let b = context.bytes
        guard mayStart(at: start, context: context) else { return false }
        guard let lp = HangulBytes.scalarStart(before: end, lower: start, in: b) else { return false }
        let last = HangulBytes.scalar(at: lp, in: b).value
        guard end < context.upper else { return true }
        let next = HangulBytes.scalar(at: end, in: b).value
        if HangulBytes.isASCIIAlnum(last) { return !HangulBytes.isASCIIAlnum(next) }
        if HangulBytes.isHanja(last) { return !HangulBytes.isHanja(next) }
        guard HangulBytes.isHangulSyllable(next) else { return true }
        let runEnd = HangulBytes.hangulRunEnd(from: end, upper: context.upper, in: b)
        if KoreanParticles.isParticleTail(end, runEnd, in: b) { return true }
        // A body name followed by a title in the same word: 한국산업기술진흥원장, 외교부장관.
        for core in KoreanParticles.splits(end, runEnd, in: b)
        where context.gazetteer.personTitles.isTitleRemainder(b, end, core) {
            return true
        }
        return false
    }
}
