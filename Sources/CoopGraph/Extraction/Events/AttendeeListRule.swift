/// `※ 참석자 : (정부) 외교부 강인선 2차관, …` lists: everyone named takes part in the current event.
struct AttendeeListRule: EventRule {
    let name = "event.attendee-list"

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        for si in t.readable {
            let s = t.sentences[si]
            let head = SourceRange(s.range.lowerBound, min(s.range.upperBound, s.range.lowerBound + 40))
            guard t.containsAny(EventCues.attendeeLabels, in: head),
                  let colon = t.find([0x3A], in: s.range) ?? t.find(Array("：".utf8), in: s.range),
                  let e = w.currentEvent(at: si) else { continue }
            for m in t.mentions(in: SourceRange(colon, s.range.upperBound)) where !(m.kind == .person && t.isAppositive(m)) { w.addParticipant(m, to: e) }
            w.events[e].evidence.append(t.evidence(s.range, sentence: si, rule: name))
        }
    }
}
