/// An election to a post of a body: `최성요 참사관이 20.7.27일 「세계무역기구(WTO)
/// 보조금상계조치위원회」 의장으로 선출됨`, `윤성덕 대사가 … ILO 이사회 의장으로 선출됐다`.
///
/// `<post>(으)로 선출` with a post word (의장, 부의장, 위원장, 위원, 이사국 …), a body mention
/// shortly before the post and a date of day or month in the sentence before it is a happening:
/// the event `<body> <post> 선출`, dated so, in which the last person (or, for a seat such as
/// 이사국, the last country) named before the body and the bodies between it and the post take
/// part. When the sentence already names an event (`제351차 ILO 이사회에서 … 선출됐다`), the
/// election is part of it: the holder and the bodies join that event and nothing is created.
struct ElectionRule: EventRule {
    let name = "event.election"

    static let elected = Array("선출".utf8)
    /// Posts one is elected to, longest first so that 부의장 wins over 의장.
    static let posts: [[UInt8]] = ["부위원장", "사무총장", "사무차장", "공동의장", "이사장", "위원장", "부의장", "부회장", "재판관", "이사국",
                                   "의장국", "위원국", "의장", "위원", "회장", "총재", "이사", "판사"].map { Array($0.utf8) }
    /// Posts held by a country (a seat), not by a person.
    static let seats: Set<String> = ["이사국", "의장국", "위원국"]
    static let particles: [[UInt8]] = ["으로 ", "로 "].map { Array($0.utf8) }
    /// At most this many bytes between the body and the post (`」`, a term such as `2024-2025년 임기`).
    static let maxBodyGap = 40
    static let planned: [[UInt8]] = ["선출될", "선출 예정", "선출할"].map { Array($0.utf8) }

    func apply(to w: inout EventWorkspace) {
        // One byte search of the whole body refuses most releases: they hold no 선출.
        let t = w.text
        t.forEachOccurrence(of: Self.elected) { k, si in election(at: k, sentence: si, &w) }
    }

    private func election(at k: Int, sentence si: Int, _ w: inout EventWorkspace) {
        let t = w.text
        let sr = t.sentences[si].range
        guard let particle = Self.particles.first(where: { k - $0.count >= sr.lowerBound && t.matches($0, at: k - $0.count) }) else { return }
        var postEnd = k - particle.count
        // `의장(임기: 1년)으로 선출`: a term in parentheses between the post and the particle.
        if postEnd > sr.lowerBound, t.b[postEnd - 1] == 0x29 {
            var j = postEnd - 1
            while j > sr.lowerBound, t.b[j] != 0x28 { j -= 1 }
            guard t.b[j] == 0x28 else { return }
            postEnd = j
        }
        guard let post = Self.posts.first(where: { postEnd - $0.count >= sr.lowerBound && t.matches($0, at: postEnd - $0.count) }) else { return }
        let postStart = postEnd - post.count
        let postWord = String(decoding: post, as: UTF8.self)
        let before = t.mentions(in: SourceRange(sr.lowerBound, postStart))
        let seat = Self.seats.contains(postWord)
        let isHolder: (Mention) -> Bool = { m in seat ? m.kind == .country : (m.kind == .person && !t.isAppositive(m)) }
        guard let holder = before.last(where: isHolder) else { return }
        // The bodies written after the holder and before the post (`세계무역기구(WTO) 보조금상계조치위원회`).
        let bodies = before.filter { $0.kind.isBody && $0.range.lowerBound >= holder.range.upperBound }
        // `과학그룹회의에서 … 장연식 박사가 부의장으로 선출`: elected at a meeting the sentence names.
        if let e = w.references.first(where: { $0.sentence == si })?.event {
            for m in [holder] + bodies { w.addParticipant(m, to: e) }
            return
        }
        guard let body = bodies.last, postStart - t.afterMention(body) <= Self.maxBodyGap,
              !t.mentionIndex.anyOverlaps(SourceRange(t.afterMention(body), postStart)) else { return }
        let holders = [holder]
        guard let date = t.dates(in: SourceRange(sr.lowerBound, k)).last(where: { $0.value.precision == .day || $0.value.precision == .month }),
              let v = date.value.value else { return }
        var modality = EventModality.happened
        if Self.planned.contains(where: { t.matches($0, at: k) || t.matches($0, at: k + 1) }) { modality = .planned }
        else if let doc = t.documentDate?.value, v > doc { modality = .planned }
        var d = EventDraft(name: body.canonical + " " + postWord + " 선출", type: .meeting, trigger: "선출", date: date, modality: modality)
        guard !w.events.contains(where: { $0.id == d.id }) else { return }
        d.evidence = [t.evidence(SourceRange(holders[0].range.lowerBound, k + Self.elected.count), sentence: si, rule: name)]
        w.events.append(d)
        let e = w.events.count - 1
        if !w.references.contains(where: { $0.sentence == si }) { w.refer(sentence: si, event: e) }
        for m in holders + bodies { w.addParticipant(m, to: e) }
    }
}
