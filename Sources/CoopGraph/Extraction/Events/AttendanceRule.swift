/// `우리측에서는 외교부, …, LG CNS 등이 참석합니다`: a sentence that says who attends, without
/// naming an event, is about the current event; everyone it names takes part.
struct AttendanceRule: EventRule {
    let name = "event.attendance"

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        let named = Set(w.references.map(\.sentence))
        for si in t.readable where !named.contains(si) && !t.sentences[si].isNote {
            let s = t.sentences[si].range
            guard t.containsAny(EventCues.attendedVerbs, in: s), let e = w.currentEvent(at: si) else { continue }
            for m in t.mentions(in: s) where !(m.kind == .person && t.isAppositive(m)) { w.addParticipant(m, to: e) }
        }
    }
}
