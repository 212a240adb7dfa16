/// `A는 2일 B와 … 2건의 양해각서를 각각 체결했다`: a signing of several agreements counted rather
/// than named is a signing event of that day (`양해각서 체결`), with the subject and the
/// counterparts (`B와`) taking part.
///
/// The agreements themselves are named later one by one (`‘…에 관한 양해각서’`), so the trigger
/// rule finds no name here and makes no event; yet the lead sentence is the one that dates the
/// ceremony. Only a day written before the word, a sentence that signs (체결, 서명) and no event
/// named in the sentence already.
struct CountedSigningRule: EventRule {
    let name = "event.counted-signing"

    /// `건의 ` right before the agreement word: `2건의 양해각서`, `두 건의 MOU`.
    private static let counted = Array("건의 ".utf8)

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        for si in t.readable where !t.sentences[si].isNote {
            let sr = t.sentences[si].range
            var next = sr.lowerBound
            // The triggers there are listed only after `건의 ` before them (rare).
            while let i = t.cues.agreementTriggerStart(from: next), i < sr.upperBound {
                next = i + 1
                guard i - Self.counted.count >= sr.lowerBound, t.matches(Self.counted, at: i - Self.counted.count) else { continue }
                guard let trig = t.cues.agreementTriggers(from: i)?.triggers.first, t.containsAny(EventCues.signingVerbs, in: sr),
                      !t.containsAny(EventCues.agreementPlanned, in: sr),
                      !w.references.contains(where: { $0.sentence == si }),
                      let date = t.dates(in: SourceRange(sr.lowerBound, i)).last(where: { $0.value.precision == .day }),
                      let iso = date.value.value else { break }
                var d = EventDraft(name: trig.word + " 체결", type: .signing, trigger: "체결", date: date)
                if let doc = t.documentDate?.value, iso > doc { d.modality = .planned }
                guard !w.events.contains(where: { $0.id == d.id }) else { break }
                d.evidence = [t.evidence(SourceRange(sr.lowerBound, i + trig.bytes.count), sentence: si, rule: name)]
                let before = t.mentions(in: SourceRange(sr.lowerBound, i)).filter { $0.kind != .person }
                for m in t.subjects(in: sr, before: i) { d.participants[m.nodeID] = m }
                for m in before where t.particle(after: m).map({ EventText.andParticles.contains($0.value) }) == true {
                    d.participants[m.nodeID] = m
                }
                w.events.append(d)
                w.refer(sentence: si, event: w.events.count - 1)
                break
            }
        }
    }
}
