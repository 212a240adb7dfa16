/// `A, B, C는 제18차 포럼 계기 … 업무협약(MOU)을 체결하고`: an agreement signed at a meeting or
/// forum the sentence names is signed in an act of its own, the signing, on the meeting's day.
///
/// The agreement trigger rule links such an agreement to the event of its sentence and makes no
/// signing event; this rule adds `<agreement> 체결` (type signing) when the agreement's status is
/// signed, the sentence has a signing verb (체결, 서명) and no plan cue, and no signing event of that
/// agreement exists, and the sentence says 계기 (on the occasion of). Only a host of the release's own
/// news counts: a happened event dated to the day, at most a week before the release. Its date, place and modality are the hosting event's; its participants are
/// the agreement's parties and the sentence's subjects. A host that is itself a signing, launch or
/// visit event is left alone (a signing ceremony is the signing; a visit's signings are its own).
struct OccasionSigningRule: EventRule {
    let name = "event.occasion-signing"

    func apply(to w: inout EventWorkspace) {
        guard !w.agreements.isEmpty, !w.references.isEmpty else { return }
        let t = w.text
        for a in w.agreements.indices where w.agreements[a].status == .signed {
            let id = w.agreements[a].id
            // `·계약`, `제28차 유엔기후변화협약`: a name cut from a list or a meeting's, not one agreement.
            guard let first = w.agreements[a].name.unicodeScalars.first, EventText.isWordChar(first.value),
                  EventText.ordinal(of: w.agreements[a].name) == nil else { continue }
            guard !w.events.contains(where: { $0.type == .signing && $0.agreements.contains(id) }) else { continue }
            for si in w.agreements[a].sentences {
                let sr = t.sentences[si].range
                guard !t.sentences[si].isNote, t.contains(bytes: Self.occasionWord, in: sr), t.containsAny(EventCues.signingVerbs, in: sr),
                      !t.containsAny(EventCues.agreementPlanned, in: sr),
                      let host = w.references.first(where: { r in
                          r.sentence == si && w.events[r.event].agreements.contains(id) && w.events[r.event].date != nil
                              && w.events[r.event].type != .signing && w.events[r.event].type != .launch && w.events[r.event].type != .visit
                      })?.event else { continue }
                let occasion = w.events[host]
                guard occasion.modality == .happened, let day = occasion.date, isReported(day, t) else { continue }
                var d = EventDraft(name: w.agreements[a].name + " 체결", type: .signing, trigger: "체결", date: occasion.date, modality: occasion.modality)
                guard !w.events.contains(where: { $0.id == d.id }) else { break }
                d.agreements = [id]
                d.location = occasion.location
                d.evidence = [t.evidence(sr, sentence: si, rule: self.name)]
                for (pid, m) in w.agreements[a].parties { d.addParticipant(m, id: pid) }
                for m in t.subjects(in: sr, before: sr.upperBound) { d.addParticipant(m, id: m.nodeID) }
                w.events.append(d)
                break
            }
        }
    }

    static let occasionWord = Array("계기".utf8)

    /// A day of the release's own news: at most a week before the release (an occasion recalled
    /// from earlier, `’22.11월 … 회담을 계기로 체결한`, is background, not this release's signing).
    private func isReported(_ d: DateMention, _ t: EventText) -> Bool {
        guard d.value.precision == .day, let v = d.value.value, let doc = t.documentDate?.value,
              let p = ISODate.parse(v), let q = ISODate.parse(doc), let pm = p.month, let pd = p.day, let qm = q.month, let qd = q.day else { return false }
        return CalendarMath.dayNumber(p.year, pm, pd) + 7 >= CalendarMath.dayNumber(q.year, qm, qd)
    }
}
