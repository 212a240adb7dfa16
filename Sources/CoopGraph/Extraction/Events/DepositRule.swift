/// `정부는 ‘20.5.13(수) 경제협력개발기구(OECD)에 “… 다자협약” 비준서를 기탁하였습니다`,
/// `우리나라는 3월 4일(월) 가입서를 기탁했다`: depositing an instrument of ratification, accession or
/// acceptance is an act of its own, dated by the day before it.
///
/// The instrument word (비준서, 가입서, 수락서, 승인서; footnote marks and 을/를 may follow) must be
/// followed by 기탁 in the past (기탁하였, 기탁했, 기탁 했) and preceded in its sentence by a day.
/// The event is `<agreement> <instrument> 기탁` when the sentence names an agreement, else
/// `<instrument> 기탁` (type signing, about the agreement). The subjects take part, so does the body
/// written right before 에 (the depositary), and Korea when the subject is `정부는`.
struct DepositRule: EventRule {
    let name = "event.deposit"

    static let verb = Array("기탁".utf8)
    static let instruments: [[UInt8]] = ["비준서", "가입서", "수락서", "승인서"].map { Array($0.utf8) }
    static let past: [[UInt8]] = ["하였", "했", " 했"].map { Array($0.utf8) }
    static let government = Array("정부는".utf8)
    static let at = Array("에 ".utf8)

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        var found: [(offset: Int, sentence: Int)] = []
        t.forEachOccurrence(of: Self.verb) { found.append(($0, $1)) }
        for (k, si) in found {
            let after = k + Self.verb.count
            guard Self.past.contains(where: { t.matches($0, at: after) }), let (instrument, start) = instrument(before: k, si, t) else { continue }
            add(instrument: instrument, start: start, verb: k, sentence: si, &w)
        }
    }

    /// The instrument word ending right before `k` (with 을/를, footnote marks and one space
    /// between), and where it starts.
    private func instrument(before k: Int, _ si: Int, _ t: EventText) -> (String, Int)? {
        let lo = t.sentences[si].range.lowerBound
        var j = k
        if j > lo, t.b[j - 1] == 0x20 { j -= 1 }
        if let p = t.scalar(before: j), p.start >= lo, p.value == 0xB97C || p.value == 0xC744 { j = p.start }   // 를 을
        while j > lo, t.b[j - 1] == 0x2A { j -= 1 }   // *
        for word in Self.instruments where j - word.count >= lo && t.matches(word, at: j - word.count) {
            return (String(decoding: word, as: UTF8.self), j - word.count)
        }
        return nil
    }

    private func add(instrument: String, start: Int, verb k: Int, sentence si: Int, _ w: inout EventWorkspace) {
        let t = w.text
        let sr = t.sentences[si].range
        guard let day = t.dates(in: SourceRange(sr.lowerBound, start)).last(where: { $0.value.precision == .day }) else { return }
        let agreement = w.agreements.indices.last { a in
            w.agreements[a].sentences.contains(si) && (w.agreements[a].sentences.first != si || w.agreements[a].start < start)
        }
        let name = (agreement.map { w.agreements[$0].name + " " } ?? "") + instrument + " 기탁"
        var d = EventDraft(name: name, type: .signing, trigger: "기탁", date: day)
        guard !w.events.contains(where: { $0.id == d.id }) else { return }
        if let a = agreement { d.agreements = [w.agreements[a].id] }
        d.evidence = [t.evidence(SourceRange(start, k + Self.verb.count), sentence: si, rule: self.name)]
        let head = SourceRange(sr.lowerBound, start)
        for m in t.subjects(in: sr, before: start) { d.addParticipant(m, id: m.nodeID) }
        // The depositary: the body written right before 에 (after its gloss: `경제협력개발기구(OECD)에`).
        for m in t.mentions(in: head) where m.kind.isBody && t.matches(Self.at, at: t.afterMention(m)) {
            d.addParticipant(m, id: m.nodeID)
        }
        if let g = t.find(Self.government, in: head), g == sr.lowerBound || !t.mentionIndex.anyOverlaps(SourceRange(sr.lowerBound, g)) {
            d.countries.insert("한국")
        }
        w.events.append(d)
        let at = w.references.firstIndex { $0.sentence > si } ?? w.references.count
        w.references.insert((si, w.events.count - 1), at: at)
    }
}
