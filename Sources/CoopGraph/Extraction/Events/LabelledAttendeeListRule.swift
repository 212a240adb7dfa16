/// `‣ (참석 대상) 총 40여명(산업부, 주한 외국대사, 관련 기관 등)` and the `-` lines under it
/// (`- (기관) KIAT(전담기관), KOTRA 등`): an overview box's attendee item, labelled in
/// parentheses rather than with a colon; everyone named takes part in the current event.
///
/// The label (참석 대상, 참석대상, 참석자, 참가자, 참석 기관) must open its line (after a bullet);
/// the item runs on over the following lines that open with `-`, and stops at the first other line.
/// A person named in passing in a parenthesis glued to a body does not take part.
struct LabelledAttendeeListRule: EventRule {
    let name = "event.labelled-attendee-list"

    static let labels: [[UInt8]] = ["(참석 대상)", "(참석대상)", "(참석자)", "(참가자)", "(참석 기관)", "(참석기관)"].map { Array($0.utf8) }

    /// What every label opens with: its occurrences are found, then the labels compared in place.
    static let opening = Array("(참".utf8)

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        var found: [(offset: Int, sentence: Int)] = []
        t.forEachOccurrence(of: Self.opening) { found.append(($0, $1)) }
        for (k, si) in found {
            let sr = t.sentences[si].range
            guard k - sr.lowerBound <= 8, let label = Self.labels.first(where: { t.matches($0, at: k) }),
                  let e = w.currentEvent(at: si) else { continue }
            add(SourceRange(k + label.count, sr.upperBound), sentence: si, to: e, &w)
            var next = si + 1
            while next < t.sentences.count, !t.sentences[next].isListing, opensWithDash(t.sentences[next].range, t) {
                add(t.sentences[next].range, sentence: next, to: e, &w)
                next += 1
            }
        }
    }

    private func opensWithDash(_ r: SourceRange, _ t: EventText) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound, t.b[i] == 0x20 { i += 1 }
        return i < r.upperBound && t.b[i] == 0x2D
    }

    private func add(_ r: SourceRange, sentence si: Int, to e: Int, _ w: inout EventWorkspace) {
        let t = w.text
        let ms = t.mentions(in: r).filter { !($0.kind == .person && t.isAppositive($0)) }
        guard !ms.isEmpty else { return }
        for m in ms { w.addParticipant(m, to: e) }
        w.events[e].evidence.append(t.evidence(r, sentence: si, rule: name))
    }
}
