/// An agreement signed at an event with no parties named takes the bodies that took part in
/// the event as parties, and the event's date when it has none.
struct SigningPartiesRule: EventRule {
    let name = "agreement.signing-parties"

    func apply(to w: inout EventWorkspace) {
        for a in w.agreements.indices {
            let id = w.agreements[a].id
            for e in w.events where e.agreements.contains(id) {
                if w.agreements[a].date == nil { w.agreements[a].date = e.date }
                if w.agreements[a].parties.isEmpty {
                    for (pid, m) in e.participants where m.kind.isBody { w.agreements[a].parties[pid] = m }
                }
            }
        }
    }
}
