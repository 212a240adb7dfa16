/// People quoted in the current event's wake (축사를 통해 … 밝혔다, 강조했다, 인사말) took part in it.
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
            for m in t.mentions(in: s.range) where m.kind == .person && !t.isAppositive(m) { w.addParticipant(m, to: e) }
        }
    }
}
