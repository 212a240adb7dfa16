/// `11월 24일(수),「산업․에너지 ODA 네트워킹 데이」행사를 개최`: a title in corner brackets held
/// (개최) is an event under that title, even when no event word ends it (네트워킹 데이, 주간,
/// 박람회, 다이얼로그 …).
///
/// The title must be followed right away by `개최`, or by `행사` (+ 를/가) and `개최`, and the sentence
/// must hold a date (the last one before the title, else the first after it). Nothing is added when
/// an event of that name exists already or when the sentence names or refers to an event of the
/// trigger rule (a title ending in an event word is that rule's). The same title written again on
/// the same day (a heading and the body, `·` and `․`) is one event, the later form an alias. The
/// sentence's bodies and persons take part (not a person named in passing in a parenthesis) and its
/// subjects organise it.
struct QuotedTitleEventRule: EventRule {
    let name = "event.quoted-title"

    static let close = Array("」".utf8)
    static let held = Array("개최".utf8)
    static let occasion = Array("행사".utf8)

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        var found: [(offset: Int, sentence: Int)] = []
        t.forEachOccurrence(of: Self.close) { found.append(($0, $1)) }
        var made: [Int] = []
        for (k, si) in found {
            guard let title = heldTitle(closingAt: k, sentence: si, t) else { continue }
            add(title: title, sentence: si, made: &made, &w)
        }
    }

    /// The title's content when the mark at `k` closes a 「…」 followed by (행사(를/가)) 개최.
    private func heldTitle(closingAt k: Int, sentence si: Int, _ t: EventText) -> SourceRange? {
        let sr = t.sentences[si].range
        var j = k + Self.close.count
        while j < sr.upperBound, t.b[j] == 0x20 { j += 1 }
        if t.matches(Self.occasion, at: j) {
            j += Self.occasion.count
            if let s = t.scalar(at: j), s.value == 0xB97C || s.value == 0xAC00 { j = s.end }   // 를 가
            while j < sr.upperBound, t.b[j] == 0x20 { j += 1 }
        }
        guard j + Self.held.count <= sr.upperBound, t.matches(Self.held, at: j) else { return nil }
        guard let q = t.quoteEnding(before: k + Self.close.count, in: sr), q.count >= 6 else { return nil }
        return q
    }

    private func add(title q: SourceRange, sentence si: Int, made: inout [Int], _ w: inout EventWorkspace) {
        let t = w.text
        let sr = t.sentences[si].range
        guard !w.references.contains(where: { $0.sentence == si }) else { return }
        let cleaned = EventText.cleanTitle(t.string(q))
        let name = EventText.cleanName(cleaned.name)
        guard EventText.wordCount(name) >= 2, w.eventIndex(named: name) == nil else { return }
        let dates = t.dates(in: sr).filter { !q.contains($0.range) }
        guard let date = dates.last(where: { $0.range.upperBound <= q.lowerBound }) ?? dates.first(where: { $0.range.lowerBound >= q.upperBound }),
              let precision = date.value.precision, precision == .day || precision == .month else { return }
        let e: Int
        if let same = made.first(where: { w.events[$0].date?.value.value == date.value.value }) {
            e = same
            if !w.events[e].name.isSameText(name) { w.events[e].aliases.insert(name) }
        } else {
            var modality = EventModality.happened
            if t.containsAny(EventCues.negatedCues, in: sr) { modality = .negated }
            else if date.tense == .future || (date.tense != .past && t.containsAny(EventCues.plannedCues, in: sr)) { modality = .planned }
            var d = EventDraft(name: name, type: .seminar, trigger: "행사", date: date, modality: modality)
            d.aliases = Set(cleaned.aliases)
            if let o = EventText.ordinal(of: name) { d.ordinal = o.ordinal; d.series = o.series; d.aliases.insert(o.series) }
            if t.containsAny(EventCues.onlineWords, in: sr) { d.location = "online" }
            else { d.location = t.place(before: q.lowerBound, in: sr, excluding: q) }
            d.evidence = [t.evidence(q, sentence: si, rule: self.name)]
            guard !w.events.contains(where: { $0.id == d.id }) else { return }
            w.events.append(d)
            e = w.events.count - 1
            made.append(e)
        }
        // Kept in sentence order: the current event is the last reference at or before a sentence.
        let at = w.references.firstIndex { $0.sentence > si } ?? w.references.count
        w.references.insert((si, e), at: at)
        for m in t.subjects(in: sr, before: q.lowerBound) { w.addOrganiser(m, to: e) }
        for m in t.mentions(in: sr) where !q.contains(m.range) {
            if m.kind == .person, t.isAppositive(m) { continue }
            w.addParticipant(m, to: e)
        }
    }
}
