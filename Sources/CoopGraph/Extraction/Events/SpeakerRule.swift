/// People quoted in the current event's wake (축사를 통해 … 밝혔다, 강조했다, 인사말) took part in it,
/// and so did the body named with a speaker as theirs (`OECD 개발원조위원회(DAC) 의장은`).
///
/// The current event is the last one a sentence that is not a note named or referred to;
/// a sentence that names an event itself is left to ``EventTriggerRule``.
struct SpeakerRule: EventRule {
    let name = "event.speaker"

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        let named = Set(w.references.map(\.sentence))
        for si in t.readable where !named.contains(si) && !t.sentences[si].isNote {
            let s = t.sentences[si]
            guard t.containsAny(EventCues.speechCues, in: s.range), let e = w.currentEvent(at: si) else { continue }
            let ms = t.mentions(in: s.range)
            for m in ms where m.kind == .person && !t.isAppositive(m) {
                w.addParticipant(m, to: e)
                // `카르스텐 스타우어 OECD 개발원조위원회(DAC) 의장은 기조연설을 통해`: the speaker's body,
                // written with them, takes part too.
                if let aff = m.properties["affiliation"],
                   let body = ms.first(where: { $0.kind != .person && $0.canonical == aff && abs($0.range.lowerBound - m.range.upperBound) <= 60 }) {
                    w.addParticipant(body, to: e)
                }
            }
        }
    }
}
