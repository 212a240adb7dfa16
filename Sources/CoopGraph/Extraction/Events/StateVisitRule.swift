/// A person's visit to a country named by a one-word visit noun and dated in parentheses:
/// `팜 민 찡 베트남 총리 방한(6.30~7.3) 계기`, `윤 대통령 방미(4.24~4.30)`.
///
/// The noun (`방한` to Korea, `방미`, `방일`, `방중`, `방러`) must follow a person mention of the
/// same clause (only a country and title words between) and be followed by a date in
/// parentheses: the visit is an event of its own even when the sentence is about something
/// held during it. It is named by the text from the person to the noun, dated by the first
/// day, placed in the country visited, and the person and their country take part. It does
/// not become the event later quotes are attached to.
struct StateVisitRule: EventRule {
    let name = "event.state-visit"

    /// Visit nouns and the country visited.
    static let nouns: [(word: [UInt8], country: String)] = [
        ("방한", "한국"), ("방미", "미국"), ("방일", "일본"), ("방중", "중국"), ("방러", "러시아"),
    ].map { (Array($0.0.utf8), $0.1) }
    /// The nouns as one-word lists of ``EventCues``: finding one is a look-up in the document's
    /// cue hits, not a byte search of every sentence.
    static let nounCues = nouns.map { CueList([String(decoding: $0.word, as: UTF8.self)]) }
    /// At most this many bytes between the person and the noun (country and title words).
    static let maxGap = 40

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        // Most releases hold no visit noun at all: one look-up per noun rules the document out.
        let whole = SourceRange(0, t.b.count)
        guard Self.nounCues.contains(where: { t.find($0, in: whole) != nil }) else { return }
        for si in t.readable {
            let sr = t.sentences[si].range
            for (noun, cue) in zip(Self.nouns, Self.nounCues) {
                var from = sr.lowerBound
                while let k = t.find(cue, in: SourceRange(from, sr.upperBound)) {
                    from = k + noun.word.count
                    _ = visit(at: k, end: from, country: noun.country, word: String(decoding: noun.word, as: UTF8.self), sentence: si, &w)
                }
            }
        }
    }

    private func visit(at k: Int, end: Int, country: String, word: String, sentence si: Int, _ w: inout EventWorkspace) -> Int? {
        let t = w.text
        let sr = t.sentences[si].range
        guard let paren = t.parenthesis(at: end), paren.content.lowerBound == end + 1,
              let date = t.dates(in: paren.content).first, date.value.value != nil else { return nil }
        let window = SourceRange(max(sr.lowerBound, k - Self.maxGap - 60), k)
        let before = t.mentions(in: window)
        var found = before.last(where: { $0.kind == .person }).map { (mention: $0, start: $0.range.lowerBound, end: $0.range.upperBound) }
        if found == nil {
            // A name found elsewhere in the document (with its spelling) but not here: `팜 민 찡 베트남 총리 방한`.
            let text = t.string(window)
            let known = t.mentions(in: SourceRange(0, t.b.count)).filter { $0.kind == .person && $0.canonical.contains(" ") }
            if let p = known.first(where: { text.contains($0.canonical) }), let at = t.find(Array(p.canonical.utf8), in: window) {
                found = (p, at, at + p.canonical.utf8.count)
            }
        }
        guard let (person, start, personEnd) = found, k - personEnd <= Self.maxGap else { return nil }
        // Between the person and the noun: only countries, bodies and title words, no clause end.
        let between = t.string(SourceRange(personEnd, k))
        guard !between.contains(","), !between.contains("은 "), !between.contains("는 ") else { return nil }
        let name = EventText.collapse(t.string(SourceRange(start, end)))
        var modality = EventModality.happened
        if let v = date.value.value, let doc = t.documentDate?.value, v > doc { modality = .planned }
        var d = EventDraft(name: name, type: .visit, trigger: word, date: date, modality: modality)
        d.aliases = [word]
        guard !w.events.contains(where: { $0.id == d.id || ($0.type == .visit && $0.date?.value.value == date.value.value) }) else { return nil }
        d.location = country
        d.evidence = [t.evidence(SourceRange(start, paren.end), sentence: si, rule: self.name)]
        w.events.append(d)
        let e = w.events.count - 1
        w.addParticipant(person, to: e)
        if let home = person.properties["country"] ?? (person.properties["affiliation_kind"] == NodeKind.country.rawValue ? person.properties["affiliation"] : nil),
           let c = t.mentions(in: sr).first(where: { $0.kind == .country && $0.canonical == home }) {
            w.addParticipant(c, to: e)
        }
        return e
    }
}
