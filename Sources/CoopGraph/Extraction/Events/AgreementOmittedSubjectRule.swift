/// `(중기부는 …) 기획투자부와 체결한 '… 양해각서'`: an agreement signed with a foreign side only,
/// in a sentence without a subject of its own, takes the Korean body that is the subject of the
/// nearest sentence before it as its other party (a ministry or institute: the release's voice).
///
/// Korean releases drop the subject once it is said (the issuing body, named in the lead), so
/// the signing sentence names just the counterpart; without this the agreement has one side.
/// The nearest subject is taken only when it is a Korean body: a foreign subject in between
/// (`베트남 측은 …`) stops the search, and so does a distance of more than four sentences. A name
/// with a hyphen (`산업부-서호주 MOU`) names its sides itself, and a treaty, FTA or 협정 binds
/// states: those are left alone.
struct AgreementOmittedSubjectRule: EventRule {
    let name = "agreement.omitted-subject"
    static let lookBack = 4
    /// Treaties and trade agreements bind states, not the ministry that writes about them.
    static let stateKinds: Set<AgreementKind> = [.fta, .treaty]

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        for a in w.agreements.indices {
            guard let si = w.agreements[a].sentences.first, !w.agreements[a].parties.values.contains(where: Self.isKorean),
                  w.agreements[a].countries.isEmpty, !w.agreements[a].name.utf8.contains(0x2D),
                  !Self.stateKinds.contains(w.agreements[a].kind), !w.agreements[a].name.hasSuffixOnBytes("협정") else { continue }
            // A `*`/`※` note lists past agreements in shorthand: who signed is not for this rule to say.
            guard !t.sentences[si].isNote else { continue }
            let sr = t.sentences[si].range
            // Only a sentence that signs it, and one with no subject of its own before the name.
            guard t.containsAny(EventCues.signingVerbs, in: sr), t.subjects(in: sr, before: w.agreements[a].start).isEmpty,
                  let subject = nearestSubject(before: si, t) else { continue }
            w.agreements[a].parties[subject.nodeID] = subject
        }
    }

    /// The subject of the nearest earlier sentence that has one, if it is a Korean body.
    private func nearestSubject(before si: Int, _ t: EventText) -> Mention? {
        var k = si - 1
        while k >= 0, si - k <= Self.lookBack {
            let s = t.sentences[k]
            // Past a note (`*`, `※`) the text is a footnote's shorthand, whose signer is unsaid.
            if s.isNote { return nil }
            if !s.isListing, let first = t.subjects(in: s.range, before: s.range.upperBound).first {
                return Self.isKorean(first) && (first.kind == .ministry || first.kind == .institute) ? first : nil
            }
            k -= 1
        }
        return nil
    }

    /// A Korean body or Korea itself: no foreign `country` property. (International bodies count
    /// too: an agreement with one has a side that is no foreign state's, so it is left alone.)
    static func isKorean(_ m: Mention) -> Bool {
        if m.kind == .country { return m.canonical == "한국" }
        guard m.kind.isBody else { return false }
        let c = m.properties["country"]
        return c == nil || c == "한국"
    }
}
