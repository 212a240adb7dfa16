/// Country compounds: `한·일`, `한-일`, `한미`, `한·미·일`, `한-칠레`, `韓美`, `한-아세안`.
///
/// Each part becomes a mention of its country (or body, for `아세안`) at the part's span.
/// One-syllable forms (`한`, `일`, `미`, compound-only in the gazetteer) count only here.
/// Parts joined with a separator (`·`, `ㆍ`, `-`) may be any known form; unseparated Hangul
/// compounds must start with Korea's form (or pair North Korea with a neighbour: `북러`) and use one-syllable forms (`한미일`), because
/// words such as `중한`, `일한` are ordinary Korean. After the last part the word may go on
/// only with particles or a relation noun (`한미동맹`, `한일관계`).
public struct CountryCompoundRule: EntityRule {
    public let name = "country.compound"

    /// Nouns that commonly follow a compound inside one word.
    static let relationHeads: [String] = [
        "관계", "동맹", "정상", "회담", "협력", "교류", "공동", "외교", "경제", "통상", "산업", "에너지",
        "장관", "수교", "전략", "무역", "자유무역", "기업", "투자", "협정", "양국", "간", "우호", "포럼", "위원회",
    ]
    static let relationHeadBytes: [[UInt8]] = relationHeads.map { Array($0.utf8) }
    static let maxFormSyllables = 6
    /// Unseparated pairs that are ordinary words: `한인` (ethnic Koreans), not Korea–India.
    static let ordinaryWords: Set<String> = ["한인"]
    /// Unseparated pairs without Korea that releases use for North Korea and a neighbour.
    /// Other pairs are left out: `중인` (in progress), `북미` (North America), `중미` (Central America).
    static let northKoreaPairs: Set<String> = ["북러", "러북", "북중", "중북", "북일", "일북"]
    /// `ordinaryWords` and `northKoreaPairs` answered on bytes (a `Set<String>` lookup hashes
    /// the Korean pair with normalisation, for every unseparated compound).
    static let ordinaryWordSet = PlainStringSet(ordinaryWords)
    static let northKoreaPairSet = PlainStringSet(northKoreaPairs)

    public init() {}

    struct Part { var start: Int; var end: Int; var entry: Int }

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        let initials = context.gazetteer.compoundInitials
        let syllables = context.gazetteer.compoundSyllables
        // A compound opens a word of letters (Hangul or Hanja): only the starts of the
        // sentence's letter runs are candidates, the rest of each run is skipped unread.
        let scan = context.runs
        let runs = scan.runs
        var resume = context.lower
        for k in runs.indices {
            let r = runs[k]
            guard r.kind.isLetter, r.lo >= resume, k == 0 || !runs[k - 1].kind.isLetter else { continue }
            let i = r.lo
            let value = HangulBytes.scalar(at: i, in: b).value
            guard initials.contains(value), scan.isWordStart(k) else { continue }
            // `mayStartCompound` on the runs: a maximal `.hangul` run is the Hangul run it
            // measures, and the next run's class tells what follows it.
            if r.kind == .hangul {
                var next = false
                if k + 1 < runs.count {
                    switch runs[k + 1].kind {
                    case .hanja, .digit, .latin: next = true
                    case .hangul: next = false
                    case .other: next = HangulBytes.isCompoundSeparator(HangulBytes.scalar(at: r.hi, in: b).value)
                    }
                }
                guard next || (r.hi - i >= 6 && syllables.contains(value) && syllables.contains(HangulBytes.scalar(at: i + 3, in: b).value))
                else { continue }
            }
            guard let (parts, end) = parse(at: i, context: context) else { continue }
            // A compound the stopwords hold is a region, not countries (`인·태`: the Indo-Pacific).
            if parts.count == 2, let last = parts.last, context.gazetteer.stopwords.contains(context.text(i, last.end)) {
                resume = end
                continue
            }
            var names: [String] = []
            for p in parts {
                let e = context.gazetteer.entries[p.entry]
                context.add(Mention(range: SourceRange(p.start, p.end), kind: e.kind, canonical: e.canonical,
                                    surface: context.text(p.start, p.end), aliases: context.gazetteer.aliasSets[p.entry], rule: name))
                if e.kind == .country, !names.contains(e.canonical) { names.append(e.canonical) }
            }
            if names.count >= 2 { context.document.compounds.append(names) }
            resume = end
        }
    }

    /// False when ``parse(at:context:)`` must fail at the Hangul word at `start`, decided
    /// without looking forms up: a second part follows either the whole Hangul run (after a
    /// separator, or as Hanja or ASCII right after it) or a one-syllable first part as a
    /// one-syllable form (`한미`). Most words are neither, and form lookups miss the cache.
    func mayStartCompound(at start: Int, context: ExtractionContext) -> Bool {
        var runEnd = start
        return mayStartCompound(at: start, value: HangulBytes.scalar(at: start, in: context.bytes).value, runEnd: &runEnd, context: context)
    }

    /// ``mayStartCompound(at:context:)`` for the scalar `value` at `start`; sets `runEnd` to the
    /// end of the Hangul run from `start` when it measures it (a syllable at `start`), else
    /// leaves it.
    @inline(__always)
    func mayStartCompound(at start: Int, value: UInt32, runEnd measured: inout Int, context: ExtractionContext) -> Bool {
        guard HangulBytes.isHangulSyllable(value) else { return true }
        measured = HangulBytes.hangulRunEnd(from: start, upper: context.upper, in: context.bytes)
        return mayStartCompound(at: start, value: value, knownRunEnd: measured, context: context)
    }

    /// ``mayStartCompound(at:context:)`` for the scalar `value` at `start`, given the end of the
    /// Hangul run from `start` when the caller knows it (nil: measured here if needed).
    @inline(__always)
    func mayStartCompound(at start: Int, value: UInt32, knownRunEnd: Int?, context: ExtractionContext) -> Bool {
        let b = context.bytes
        guard HangulBytes.isHangulSyllable(value) else { return true }
        let runEnd = knownRunEnd ?? HangulBytes.hangulRunEnd(from: start, upper: context.upper, in: b)
        if runEnd < context.upper {
            let next = HangulBytes.scalar(at: runEnd, in: b).value
            if HangulBytes.isCompoundSeparator(next) || HangulBytes.isHanja(next) || HangulBytes.isASCIIAlnum(next) { return true }
        }
        guard runEnd - start >= 6 else { return false }
        let syllables = context.gazetteer.compoundSyllables
        return syllables.contains(HangulBytes.scalar(at: start, in: b).value)
            && syllables.contains(HangulBytes.scalar(at: start + 3, in: b).value)
    }

    /// Parses a compound starting at `start`; returns its parts and end, or nil.
    func parse(at start: Int, context: ExtractionContext) -> ([Part], Int)? {
        let b = context.bytes
        var parts: [Part] = []
        var pos = start
        var separated = false
        while pos < context.upper {
            let allowLong = parts.isEmpty || separated
            guard let part = form(at: pos, context: context, onlyOneSyllable: !allowLong) else { break }
            if !parts.isEmpty && !separated {
                // Unseparated continuation: Korea first, one-syllable forms only (tested first:
                // it needs no strings).
                guard parts.allSatisfy({ $0.end - $0.start == 3 }) else { break }
                let first = context.gazetteer.entries[parts[0].entry]
                let firstIsKorea = first.canonical.isKorea || first.properties["en"] == "Korea"
                let hanja = HangulBytes.isHanja(HangulBytes.scalar(at: parts[0].start, in: b).value)
                let pair = context.text(parts[0].start, parts[0].end) + context.text(part.start, part.end)
                let neighbours = parts.count == 1 && part.end - part.start == 3 && Self.northKoreaPairSet.contains(pair)
                guard (firstIsKorea || hanja || neighbours), parts.allSatisfy({ $0.end - $0.start == 3 }),
                      !Self.ordinaryWordSet.contains(pair) else { break }
            }
            parts.append(part)
            pos = part.end
            separated = false
            if pos < context.upper {
                let s = HangulBytes.scalar(at: pos, in: b)
                if HangulBytes.isCompoundSeparator(s.value), pos + s.length < context.upper {
                    let n = HangulBytes.scalar(at: pos + s.length, in: b).value
                    if HangulBytes.isHangulSyllable(n) || HangulBytes.isHanja(n) || HangulBytes.isASCIIAlnum(n) {
                        separated = true
                        pos += s.length
                    }
                }
            }
        }
        guard parts.count >= 2 else { return nil }
        guard Self.distinctCanonicals(parts, context.gazetteer),
              parts.contains(where: { context.gazetteer.entries[$0.entry].kind == .country }) else { return nil }
        let end = parts[parts.count - 1].end
        guard acceptsTail(after: end, context: context) else { return nil }
        return (parts, end)
    }

    /// True when no two parts name the same entity: pairwise, as parts are few (a `Set` of the
    /// names hashed every one of them).
    static func distinctCanonicals(_ parts: [Part], _ g: Gazetteer) -> Bool {
        for i in parts.indices {
            for j in 0..<i where parts[i].entry == parts[j].entry || g.entries[parts[i].entry].canonical.isSameText(g.entries[parts[j].entry].canonical) {
                return false
            }
        }
        return true
    }

    /// The longest compound form at `pos` (Hangul run prefix, a Hanja, or an ASCII name such as `EU`).
    func form(at pos: Int, context: ExtractionContext, onlyOneSyllable: Bool) -> Part? {
        let b = context.bytes
        let s = HangulBytes.scalar(at: pos, in: b)
        let forms = context.gazetteer.compoundFormTable
        if HangulBytes.isHanja(s.value) {
            return forms.value(b, pos, pos + s.length).map { Part(start: pos, end: pos + s.length, entry: $0) }
        }
        if HangulBytes.isASCIIAlnum(s.value) {
            var j = pos
            while j < context.upper, HangulBytes.isASCIIAlnum(UInt32(b[j])) { j += 1 }
            return forms.value(b, pos, j).map { Part(start: pos, end: j, entry: $0) }
        }
        let runEnd = HangulBytes.hangulRunEnd(from: pos, upper: context.upper, in: b)
        // Inside a run of syllables every form ends on a syllable boundary: the trie's longest
        // match up to `n` syllables is the longest form.
        let n = min((runEnd - pos) / 3, onlyOneSyllable ? 1 : Self.maxFormSyllables)
        guard n >= 1 else { return nil }
        let g = context.gazetteer
        return g.compoundFormTrie.longestMatch(in: b, startingAt: pos, upper: pos + 3 * n).map {
            Part(start: pos, end: $0.end, entry: g.compoundFormEntries[$0.pattern])
        }
    }

    func acceptsTail(after end: Int, context: ExtractionContext) -> Bool {
        let b = context.bytes
        let runEnd = HangulBytes.hangulRunEnd(from: end, upper: context.upper, in: b)
        if runEnd == end {
            // A Hanja compound may run straight into a Hangul-free context only.
            return end >= context.upper || !HangulBytes.isHanja(HangulBytes.scalar(at: end, in: b).value)
        }
        if KoreanParticles.isParticleTail(end, runEnd, in: b) { return true }
        return Self.relationHeadBytes.contains { h in
            h.count <= runEnd - end && h.indices.allSatisfy { b[end + $0] == h[$0] }
        }
    }
}
