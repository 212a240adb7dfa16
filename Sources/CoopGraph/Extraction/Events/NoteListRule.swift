/// `* 한국, 미국(의장국), 캐나다, … 등 21개 회원`: a note listing countries right after a sentence
/// about an event names who took part in it.
///
/// Only a note that names no event or agreement itself, lists at least three countries and says they are the
/// members or participants (회원, 개국, 참가국 …) counts, right after a sentence that is not a note;
/// the countries and organisations listed join the event the text is talking about.
struct NoteListRule: EventRule {
    let name = "event.note-list"
    static let minimumCountries = 3
    static let memberWords = EventWords.memberWords

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        // A note that names an event or an agreement (`MSP : … 14개국(…) 참여 중`) lists its own members.
        let named = Set(w.references.map(\.sentence) + w.agreements.flatMap(\.sentences))
        var previous: Int?
        for si in t.readable {
            defer { previous = si }
            let s = t.sentences[si]
            guard s.isNote, !named.contains(si), let p = previous, !t.sentences[p].isNote,
                  t.containsAny(EventCues.memberWords, in: s.range), let e = w.currentEvent(at: p) else { continue }
            let listed = t.mentions(in: s.range).filter { $0.kind == .country || $0.kind == .organization }
            guard Set(listed.filter { $0.kind == .country }.map(\.canonical)).count >= Self.minimumCountries else { continue }
            for m in listed { w.addParticipant(m, to: e) }
            w.events[e].evidence.append(t.evidence(s.range, sentence: si, rule: name))
        }
    }
}
