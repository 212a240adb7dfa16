/// `서명식에는 양 기관을 대표하여 A 국장과 B 사무차장이 참석하였다`: a bare ceremony word after an
/// agreement was signed refers to that signing; the people and bodies of the sentence take part.
///
/// Signing events are made by ``AgreementTriggerRule`` after the event words were read, so a
/// bare 서명식/체결식/협약식 found no event then; this rule joins it to the last signing event
/// named at or before its sentence.
struct SigningCeremonyRule: EventRule {
    let name = "event.signing-ceremony"
    static let words = ["서명식", "체결식", "협약식"]

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        // Most releases hold no ceremony word at all: one look-up per word rules them out.
        let whole = SourceRange(0, t.b.count)
        guard EventCues.ceremonies.contains(where: { t.find($0, in: whole) != nil }) else { return }
        let named = Set(w.references.map(\.sentence))
        for si in t.readable where !named.contains(si) {
            let sr = t.sentences[si].range
            guard EventCues.ceremonies.contains(where: { word in
                      guard let k = t.find(word, in: sr) else { return false }
                      let end = k + (word.words.first?.utf8.count ?? 0)
                      return !(t.scalar(at: end).map { EventText.isHangul($0.value) && !EventWords.followers.contains($0.value) } ?? false)
                  }),
                  let e = w.references.last(where: { $0.sentence <= si && w.events[$0.event].type == .signing })?.event else { continue }
            for m in t.mentions(in: sr) where !(m.kind == .person && t.isAppositive(m)) { w.addParticipant(m, to: e) }
            w.events[e].evidence.append(t.evidence(sr, sentence: si, rule: name))
        }
    }
}
