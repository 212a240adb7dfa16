/// `우리나라는 미국에 이어 2대 의장국 수임(2024.7월부터 1년)`: who chairs the agreement, for what term.
///
/// The subject (X는/X가) chairs for the date range of the sentence, if it has one; a
/// predecessor (`X에 이어`) chairs with no dates. The agreement is the one the sentence names,
/// else the one named last in the few sentences before.
struct ChairRule: EventRule {
    let name = "agreement.chair"

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        let cue = Array(EventWords.predecessorCue.utf8)
        for si in t.readable {
            let sr = t.sentences[si].range
            guard t.containsAny(EventCues.chairCues, in: sr), let a = AgreementReferences.current(at: si, w) else { continue }
            let candidates = t.mentions(in: sr).filter { $0.kind == .country || $0.kind.isBody }
            let term = t.dates(in: sr).first { $0.value.end != nil }
            for m in candidates {
                let j = t.afterMention(m)
                if t.matches(cue, at: j) {
                    if w.agreements[a].chairs[m.nodeID] == nil { w.agreements[a].chairs[m.nodeID] = (m, nil, nil) }
                } else if let p = t.particle(after: m), EventText.topicParticles.contains(p.value) {
                    let old = w.agreements[a].chairs[m.nodeID]
                    w.agreements[a].chairs[m.nodeID] = (m, term?.value.value ?? old?.from, term?.value.end ?? old?.to)
                }
            }
            if !w.agreements[a].sentences.contains(si) { w.agreements[a].sentences.append(si); w.agreements[a].sentences.sort() }
        }
    }
}
