/// `A는 9.30.(화) 영국 외교부 B 국장 및 C 정무총국장 대리를 각각 면담하고`: one meeting with each
/// person, not one meeting of them all.
///
/// The people met are the persons between the clause's date (or the subject's topic particle)
/// and `각각 면담/접견/예방/만나`; each gets a meeting of their own, dated by that date, in which
/// the subject (the sentence's topic person, when found), the subject's body written beside
/// them and the person met with the bodies written before them take part. A meeting the trigger
/// rule already made of them all keeps the first person; the others leave it for their own.
struct SeparateMeetingsRule: EventRule {
    let name = "event.separate-meetings"

    static let each = Array("각각 ".utf8)
    static let verbs: [(word: [UInt8], noun: String)] = [("면담", "면담"), ("접견", "접견"), ("예방", "예방"), ("만나", "면담")]
        .map { (Array($0.0.utf8), $0.1) }

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        t.forEachOccurrence(of: Self.each) { k, si in
            guard let verb = Self.verbs.first(where: { t.matches($0.word, at: k + Self.each.count) }) else { return }
            meetings(before: k, noun: verb.noun, sentence: si, &w)
        }
    }

    private func meetings(before k: Int, noun: String, sentence si: Int, _ w: inout EventWorkspace) {
        let t = w.text
        let sr = t.sentences[si].range
        guard let date = t.dates(in: SourceRange(sr.lowerBound, k)).last(where: { $0.value.precision == .day }),
              let iso = date.value.value else { return }
        let before = t.mentions(in: SourceRange(sr.lowerBound, k)).filter { !($0.kind == .person && t.isAppositive($0)) }
        let subject = before.first { $0.kind == .person && $0.range.upperBound <= date.range.lowerBound }
        let met = before.filter { $0.kind == .person && $0.range.lowerBound >= date.range.upperBound }
            .reduce(into: [Mention]()) { acc, m in if !acc.contains(where: { $0.canonical == m.canonical }) { acc.append(m) } }
        guard met.count >= 2 else { return }
        // Bodies written with the people met (`영국 외교부 B 국장 및 C …`) belong to each of them.
        let theirBodies = before.filter { $0.kind.isBody && $0.range.lowerBound >= date.range.upperBound && $0.range.upperBound <= met[met.count - 1].range.lowerBound }
        let ownBodies = subject.map { s in before.filter { $0.kind.isBody && $0.range.lowerBound >= s.range.upperBound && $0.range.upperBound <= date.range.lowerBound } } ?? []
        // A meeting of them all made by the trigger rule keeps the first person met.
        let combined = w.references.first { r in
            r.sentence == si && w.events[r.event].date?.value.value == iso && met.allSatisfy { w.events[r.event].participants[$0.nodeID] != nil }
        }?.event
        for (n, person) in met.enumerated() {
            var e: Int
            if n == 0, let c = combined {
                e = c
            } else {
                let name = (subject.map { $0.canonical + "-" } ?? "") + person.canonical + " " + noun
                var d = EventDraft(name: name, type: .meeting, trigger: noun, date: date, modality: .happened)
                if let v = date.value.value, let doc = t.documentDate?.value, v > doc { d.modality = .planned }
                guard !w.events.contains(where: { $0.id == d.id }) else { continue }
                d.evidence = [t.evidence(SourceRange(date.range.lowerBound, k), sentence: si, rule: self.name)]
                w.events.append(d)
                e = w.events.count - 1
                if let c = combined { w.events[c].participants[person.nodeID] = nil }
            }
            if let s = subject { w.addParticipant(s, to: e) }
            for m in ownBodies + theirBodies { w.addParticipant(m, to: e) }
            w.addParticipant(person, to: e)
        }
    }
}
