/// `2022년 6월 출범`: a date right before 출범, in a sentence about an agreement (or right after
/// one), dates the agreement and makes a launch event `<agreement> 출범` about it.
struct LaunchRule: EventRule {
    let name = "agreement.launch"

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        let word = Array(EventWords.launchWord.utf8)
        let ceremony = Array("출범식".utf8)
        for si in t.readable {
            let sr = t.sentences[si].range
            guard let k = t.find(EventCues.launchWord, in: sr), !t.matches(ceremony, at: k),
                  let date = t.dates(in: SourceRange(sr.lowerBound, k)).last, k - date.range.upperBound <= 2,
                  date.value.value != nil, let a = AgreementReferences.current(at: si, w) else { continue }
            if !w.agreements[a].dateIsFirm {
                w.agreements[a].date = date
                w.agreements[a].dateIsFirm = true
            }
            if w.agreements[a].status == nil || w.agreements[a].status == .signed { w.agreements[a].status = .inForce }
            var e = EventDraft(name: w.agreements[a].name + " " + EventWords.launchWord, type: .launch, trigger: EventWords.launchWord, date: date)
            e.agreements = [w.agreements[a].id]
            e.evidence = [t.evidence(SourceRange(date.range.lowerBound, k + word.count), sentence: si, rule: name)]
            if !w.events.contains(where: { $0.id == e.id }) { w.events.append(e) }
        }
    }
}
