/// `14개국(한국, 미국, …) 및 EU 참여`: countries and bodies named after an agreement in a
/// sentence about joining it are its members (and parties).
struct MembershipRule: EventRule {
    let name = "agreement.membership"

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        for si in t.readable {
            let sr = t.sentences[si].range
            guard t.containsAny(EventCues.membershipCues, in: sr), let first = AgreementReferences.named(in: si, w).first else { continue }
            var after = first.end
            if let gloss = t.parenthesis(at: after), gloss.content.lowerBound == after + 1 { after = gloss.end }
            for m in t.mentions(in: SourceRange(after, sr.upperBound)) where m.kind == .country || m.kind == .organization {
                w.agreements[first.index].members[m.nodeID] = m
            }
            if w.agreements[first.index].status == nil, t.containsAny(EventCues.ongoingMembership, in: sr) {
                w.agreements[first.index].status = .inForce
            }
        }
    }
}
