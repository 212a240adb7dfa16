/// A visit whose own date stands right before the place visited, one for each such clause of a
/// sentence: `9.26.(화)-28.(목) 영국을 공식 방문 중인 박진 장관은 9.28(목) 영국 의회 의사당을
/// 방문하여 …`, `구 실장은 3.30(수)~4.3(일) 동안 스리랑카를 방문합니다`.
///
/// ``EventTriggerRule`` makes one visit of a sentence, and only when it names no other event;
/// this rule reads every `X을/를 (공식) 방문` whose place is a country, a body or a venue
/// phrase and whose date comes right before the place (only fillers such as 오후에는, 기간중,
/// 동안 between). A visit is not made when an event of the same sentence has its date (the
/// visit is then the occasion of that meeting, not a happening of its own) or a visit of that
/// date exists. The sentence's subject takes part, and so does the place when it is a mention.
struct DatedVisitRule: EventRule {
    let name = "event.dated-visit"

    static let visitWord = CueList(["방문"])
    static let official = Array("공식 ".utf8)
    static let at = Array("에서".utf8)
    /// Words that may stand between a date and the place without closing its clause.
    static let fillers: Set<String> = ["오전", "오후", "오전에", "오후에", "오전에는", "오후에는", "에는", "에", "기간중", "기간", "중",
                                       "동안", "기간중에", "기간에", "이틀간", "사흘간", "나흘간", "닷새간", "일정으로", "간"]
    /// Syllables after 방문 that keep it the verb or the noun of the act (방문하여, 방문합니다, 방문 중).
    static let followers: Set<UInt32> = Set("하해했한할함합중차을은이".unicodeScalars.map(\.value))
    /// Last syllables of a word that give it another role (a particle or a connective verb form);
    /// narrower than ``EventWords/endings``, which would cut foreign names (웨스트민스터, 샌디에이고).
    static let clauseEndings: Set<UInt32> = Set("은는을를와과며여해했한된던".unicodeScalars.map(\.value))
    /// At most this many bytes between the date and the particle before 방문.
    static let maxGap = 90

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        let whole = SourceRange(0, t.b.count)
        guard t.find(Self.visitWord, in: whole) != nil else { return }
        for si in t.readable where !t.sentences[si].isNote {
            let sr = t.sentences[si].range
            guard t.find(Self.visitWord, in: sr) != nil, !t.dates(in: sr).isEmpty else { continue }
            for k in t.occurrences(Self.visitWord, in: sr) { visit(at: k, sentence: si, &w) }
        }
    }

    private func visit(at k: Int, sentence si: Int, _ w: inout EventWorkspace) {
        let t = w.text
        let sr = t.sentences[si].range
        let end = k + 6
        if let next = t.scalar(at: end), EventText.isHangul(next.value), !Self.followers.contains(next.value) { return }
        // `X를 방문`, `X을 공식 방문`: the particle closes the place.
        var p = k
        while p > sr.lowerBound, t.b[p - 1] == 0x20 { p -= 1 }
        if p - Self.official.count + 1 >= sr.lowerBound, t.matches(Array(Self.official.dropLast()), at: p - Self.official.count + 1) {
            p -= Self.official.count - 1
            while p > sr.lowerBound, t.b[p - 1] == 0x20 { p -= 1 }
        }
        guard let particle = t.scalar(before: p), particle.value == 0xC744 /* 을 */ || particle.value == 0xB97C /* 를 */ else { return }
        let placeEnd = particle.start
        let ms = t.mentions(in: SourceRange(sr.lowerBound, placeEnd))
        let placeMention = ms.last { ($0.kind == .country || $0.kind.isBody) && t.afterMention($0) == placeEnd }
        guard var placeName = placeMention.map({ $0.canonical }) ?? t.placePhrase(endingAt: placeEnd, in: sr)
                ?? glossedName(endingAt: placeEnd, sr, t) ?? namedPlace(endingAt: placeEnd, sr, t) else { return }
        guard let date = ownDate(before: placeEnd, placeMention: placeMention, sr, t) else { return }
        // `UAE와 폴란드를 공식 방문`: every country of the place's clause is visited.
        var countries = t.mentions(in: SourceRange(date.range.upperBound, placeEnd)).filter { $0.kind == .country }
        if placeMention?.kind == .country, countries.count > 1 {
            countries = countries.reduce(into: []) { acc, m in if !acc.contains(where: { $0.canonical == m.canonical }) { acc.append(m) } }
            placeName = countries.map(\.canonical).joined(separator: "·")
        } else {
            countries = []
        }
        let v = date.value.value
        // The occasion of an event of the same sentence and day, or a visit already made.
        if w.references.contains(where: { $0.sentence == si && w.events[$0.event].date?.value.value == v }) { return }
        // (A visit of that day to another place is a visit of its own: 의사당 in the morning, a college later.)
        if w.events.contains(where: { $0.type == .visit && $0.date?.value.value == v && ($0.location == placeName || $0.name.contains(placeName)) }) {
            return
        }
        var modality = EventModality.happened
        if let v, let doc = t.documentDate?.value, v > doc { modality = .planned }
        if t.containsAny(EventCues.negatedCues, in: sr) { modality = .negated }
        var d = EventDraft(name: placeName + " 방문", type: .visit, trigger: "방문", date: date, modality: modality)
        guard !w.events.contains(where: { $0.id == d.id }) else { return }
        d.location = placeName
        d.evidence = [t.evidence(SourceRange(date.range.lowerBound, end), sentence: si, rule: name)]
        let hadReference = w.references.contains { $0.sentence == si }
        w.events.append(d)
        let e = w.events.count - 1
        if !hadReference { w.refer(sentence: si, event: e) }
        for m in subjects(in: sr, t) { w.addParticipant(m, to: e) }
        if let m = placeMention { w.addParticipant(m, to: e) }
        for m in countries { w.addParticipant(m, to: e) }
    }

    /// The date that opens the place's clause: the last date before the place with only its
    /// country or body mentions, fillers and plain words (no particle of another role) between.
    private func ownDate(before placeEnd: Int, placeMention: Mention?, _ sr: SourceRange, _ t: EventText) -> DateMention? {
        guard let d = t.dates(in: SourceRange(sr.lowerBound, placeEnd)).last,
              let v = d.value.value, !v.isEmpty, d.value.precision == .day || d.value.precision == .month,
              placeEnd - d.range.upperBound <= Self.maxGap else { return nil }
        var k = d.range.upperBound
        let limit = placeMention.map { $0.range.lowerBound } ?? placeEnd
        var words = 0
        while k < limit {
            while k < limit, t.b[k] == 0x20 { k += 1 }
            guard k < limit else { break }
            var j = k
            while j < limit, t.b[j] != 0x20 { j += 1 }
            let r = SourceRange(k, j)
            words += 1
            if words > 6 || t.personIndex.anyOverlaps(r) { return nil }
            // `신라호텔에서 한국을 방문 중인`: a place of another clause (its event's, not the visit's).
            if j - r.lowerBound >= 6, t.matches(Self.at, at: j - 6) { return nil }
            if !t.mentionIndex.anyOverlaps(r), !Self.fillers.contains(t.string(r)) {
                // A word ending like a particle or a verb closes the date's clause (`회의에 참석하고`).
                if t.b[j - 1] == 0x2C { return nil }
                if let last = t.scalar(before: j), Self.clauseEndings.contains(last.value) { return nil }
            }
            k = j
        }
        return d
    }

    /// `킹스칼리지런던(King’s College London)을 방문`: one Hangul word glossed in Latin letters
    /// names a place or body the entity stage did not know.
    private func glossedName(endingAt end: Int, _ sr: SourceRange, _ t: EventText) -> String? {
        guard end > sr.lowerBound, t.b[end - 1] == 0x29 else { return nil }
        var k = end - 1
        while k > sr.lowerBound, t.b[k] != 0x28 { k -= 1 }
        guard t.b[k] == 0x28, k + 1 < end - 1 else { return nil }
        let gloss = t.b[(k + 1)..<(end - 1)]
        guard let first = gloss.first, (first >= 0x41 && first <= 0x5A) else { return nil }
        var ws = k
        while let s = t.scalar(before: ws), s.start >= sr.lowerBound, EventText.isHangul(s.value) { ws = s.start }
        guard k - ws >= 9, ws == sr.lowerBound || t.b[ws - 1] == 0x20 else { return nil }
        return t.string(SourceRange(ws, k))
    }

    /// `영국 웨스트민스터 의회 의사당을 방문`: up to four plain words before the particle, one of them
    /// a country or body mention (a foreign name such as 웨스트민스터 may end like a particle).
    private func namedPlace(endingAt end: Int, _ sr: SourceRange, _ t: EventText) -> String? {
        var start = end
        var words = 0
        var named = false
        while words < 4, start > sr.lowerBound {
            var ws = start
            while ws > sr.lowerBound, t.b[ws - 1] != 0x20 { ws -= 1 }
            let r = SourceRange(ws, start)
            guard r.count > 0, !t.dateIndex.anyOverlaps(r), !t.personIndex.anyOverlaps(r) else { break }
            let isMention = t.mentionIndex.anyOverlaps(r)
            if words > 0, !isMention, let last = t.scalar(before: start), Self.clauseEndings.contains(last.value) { break }
            if t.b[start - 1] == 0x2C { break }
            named = named || t.mentionIndices(in: r).contains { t.mentions[$0].kind == .country || t.mentions[$0].kind.isBody }
            words += 1
            start = ws
            guard start > sr.lowerBound else { break }
            start -= 1
        }
        if start < end, t.b[start] == 0x20 { start += 1 }
        guard named, words >= 2 else { return nil }
        return EventText.collapse(t.string(SourceRange(start, end)))
    }

    /// Persons who are the sentence's topic (`박진 외교부 장관은`, `구 실장은`): a person followed,
    /// within three words, by a word ending in 은/는/이/가.
    private func subjects(in sr: SourceRange, _ t: EventText) -> [Mention] {
        var out: [Mention] = []
        for m in t.mentions(in: sr) where m.kind == .person && !t.isAppositive(m) {
            var k = m.range.upperBound
            for _ in 0..<3 {
                var j = k
                while j < sr.upperBound, t.b[j] != 0x20, t.b[j] != 0x2C { j += 1 }
                if j > k, let last = t.scalar(before: j), EventText.topicParticles.contains(last.value) {
                    if !out.contains(where: { $0.canonical == m.canonical }) { out.append(m) }
                    break
                }
                guard j < sr.upperBound, t.b[j] == 0x20 else { break }
                k = j + 1
            }
        }
        return out
    }
}
