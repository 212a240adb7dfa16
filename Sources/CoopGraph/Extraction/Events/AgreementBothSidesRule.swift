/// `양국은 … 협정 … 활용 확대에 합의했다`, `양 기관은 … 협약을 체결했다`: an agreement with no party
/// of its own, in a sentence whose subject is "both sides", takes the two sides of the event the
/// text is about (its two countries, else its two bodies) as parties.
///
/// Releases on a bilateral meeting name the sides once (the title, the lead) and then say
/// 양국/양측/양 기관; without this such an agreement has no side and is not kept at all. Only
/// exactly two sides count: 양 means two, and a larger meeting says nothing of who signs.
struct AgreementBothSidesRule: EventRule {
    let name = "agreement.both-sides"

    /// `양국`, `양측`, or `양 ` + a noun, as the first bytes of a word.
    private static let both = Array("양".utf8)
    private static let sides = ["국", "측", " "].map { Array($0.utf8) }

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        for a in w.agreements.indices where w.agreements[a].parties.isEmpty && w.agreements[a].countries.isEmpty {
            guard let si = w.agreements[a].sentences.first, !t.sentences[si].isNote else { continue }
            let sr = t.sentences[si].range
            let start = w.agreements[a].start
            guard start > sr.lowerBound, start <= sr.upperBound, startsWithBothSides(SourceRange(sr.lowerBound, start), t),
                  t.containsAny(EventCues.agreementSigned, in: sr), let e = w.currentEvent(at: si) else { continue }
            let event = w.events[e]
            let countries = event.participants.values.filter { $0.kind == .country }
            let countryNames = Set(countries.map(\.canonical)).union(event.countries)
            if countryNames.count == 2 {
                for m in countries { w.agreements[a].parties[m.nodeID] = m }
                w.agreements[a].countries = event.countries.subtracting(countries.map(\.canonical))
            } else if countryNames.isEmpty {
                let bodies = (Array(event.participants.values) + Array(event.organisers.values)).filter { $0.kind.isBody }
                let ids = Set(bodies.map(\.nodeID))
                guard ids.count == 2 else { continue }
                for m in bodies { w.agreements[a].parties[m.nodeID] = m }
            }
        }
    }

    /// A word in `r` starting with 양국, 양측 or `양 ` (after a space, a bracket or the start).
    private func startsWithBothSides(_ r: SourceRange, _ t: EventText) -> Bool {
        var k = r.lowerBound
        let b0 = Self.both[0]
        while k + 6 <= r.upperBound {
            if t.b[k] == b0, t.matches(Self.both, at: k), k == r.lowerBound || t.b[k - 1] == 0x20 || t.b[k - 1] == 0x29 {
                let n = k + Self.both.count
                if Self.sides.contains(where: { t.matches($0, at: n) }) { return true }
            }
            k += 1
        }
        return false
    }
}
