/// `… 베트남 공안부 차관과 면담을 갖고, … 업무 협약을 체결했다`: a body written right before the
/// title of the official the agreement was signed with (`[body] [title]과`) is a party.
///
/// The counterpart particle then follows the official's title, not the body, so the
/// `X와/과` reading of ``AgreementTriggerRule`` finds no side; and the official is often named
/// in an earlier clause of the same sentence. Only one title word between body and particle,
/// ending as Korean titles do (…장, …관, 대사, 총리, 총재, 대표).
struct AgreementTitledCounterpartRule: EventRule {
    let name = "agreement.titled-counterpart"

    /// Last syllables of a title word: 장 (청장, 국장, 위원장), 관 (차관, 정책관), 사 (대사),
    /// 리 (총리), 재 (총재), 표 (대표).
    static let titleEnds: Set<UInt32> = Set("장관사리재표".unicodeScalars.map(\.value))

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        for a in w.agreements.indices {
            guard let si = w.agreements[a].sentences.first else { continue }
            let sr = t.sentences[si].range
            let start = w.agreements[a].start
            guard start > sr.lowerBound, start <= sr.upperBound, t.containsAny(EventCues.signingVerbs, in: sr) else { continue }
            for m in t.mentions(in: SourceRange(sr.lowerBound, start)) where m.kind.isBody || m.kind == .country {
                if isTitledCounterpart(m, before: start, t) { w.agreements[a].parties[m.nodeID] = m }
            }
        }
    }

    /// `m` is followed by one space and one word ending in a title syllable and 과/와, then a space.
    private func isTitledCounterpart(_ m: Mention, before limit: Int, _ t: EventText) -> Bool {
        var k = m.range.upperBound
        guard k < limit, t.b[k] == 0x20 else { return false }
        k += 1
        let ws = k
        while k < limit, t.b[k] != 0x20, t.b[k] != 0x2C { k += 1 }
        guard k < limit, let particle = t.scalar(before: k), particle.start > ws,
              EventText.andParticles.contains(particle.value),
              let title = t.scalar(before: particle.start), title.start >= ws, Self.titleEnds.contains(title.value) else { return false }
        // The word is wholly Hangul (`차관과`, not `2차관과(…)`-like shorthand or a Latin word).
        var j = ws
        while j < particle.start, let s = t.scalar(at: j) {
            guard EventText.isHangul(s.value) else { return false }
            j = s.end
        }
        return true
    }
}
