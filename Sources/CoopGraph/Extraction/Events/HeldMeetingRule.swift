/// A meeting told by a verb or a mode noun rather than a meeting noun of its own:
/// `A 장관은 12.8.(목) B 대표단을 접견하고`, `A 차관보는 5.12.(월) B 총국장을 면담하고`,
/// `A 차관보는 7.8.(수) B 차관보와 화상회의를 가졌다`.
///
/// The trigger rule reads `접견`/`면담` glued to 하다 only around a named meeting, and takes
/// `화상회의` for how a meeting was held; in these sentences they are the meeting itself. The
/// sentence must give a day (the meeting's date) before the word, name a person before it, and
/// hold no event yet; no other event may have that date. The event is named by the first
/// person and the counterpart: the person nearest the word, else a body that is the word's
/// object (`박진-미국외교정책협의회 접견`); everyone named before the word takes part.
struct HeldMeetingRule: EventRule {
    let name = "event.held-meeting"

    /// Meeting nouns read with a 하다 verb (`접견하고`, `면담했다`).
    static let verbNouns = ["접견", "면담", "회담"].map { CueList([$0]) }
    static let verbTails = ["하고", "했", "하였", "하며"].map { Array($0.utf8) }
    /// `화상회의를 가졌다`: a mode word glued to 회의, then a verb of holding.
    static let meeting = CueList(["회의"])
    static let modes = ["화상", "영상"].map { Array($0.utf8) }
    static let heldTails = ["를 가졌", "를 갖고", "를 개최", "를 진행", "를 실시"].map { Array($0.utf8) }

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        let whole = SourceRange(0, t.b.count)
        // Most releases name their meetings with nouns: one look-up per word rules them out.
        guard Self.verbNouns.contains(where: { t.find($0, in: whole) != nil }) || t.find(Self.meeting, in: whole) != nil else { return }
        for si in t.readable where !t.sentences[si].isNote && !w.references.contains(where: { $0.sentence == si }) {
            let sr = t.sentences[si].range
            // The four words are event triggers: a sentence where no trigger starts holds none of them.
            if Self.wordsAreTriggers, (t.cues.eventTriggerStart(from: sr.lowerBound) ?? Int.max) >= sr.upperBound { continue }
            if let (start, end, noun) = meetingWord(in: sr, t) { add(start: start, end: end, noun: noun, sentence: si, &w) }
        }
    }

    /// 접견, 면담, 회담 and 회의 are all words of ``EventTrigger/all``, so the document's trigger starts
    /// (every occurrence, mentions or not) include every place one of them starts.
    static let wordsAreTriggers = (verbNouns + [meeting]).allSatisfy { cue in
        cue.words.allSatisfy { word in EventTrigger.all.contains { $0.word == word } }
    }

    /// The first meeting word of the sentence in one of the two forms: its start, end and text.
    private func meetingWord(in sr: SourceRange, _ t: EventText) -> (Int, Int, String)? {
        for cue in Self.verbNouns {
            for k in t.occurrences(cue, in: sr) {
                let end = k + 6
                if Self.verbTails.contains(where: { t.matches($0, at: end) }) { return (k, end, cue.words[0]) }
            }
        }
        for k in t.occurrences(Self.meeting, in: sr) {
            guard let mode = Self.modes.first(where: { k - $0.count >= sr.lowerBound && t.matches($0, at: k - $0.count) }),
                  Self.heldTails.contains(where: { t.matches($0, at: k + 6) }) else { continue }
            let start = k - mode.count
            // The mode word starts the word (`화상회의`, not `…영상회의` glued to something else).
            if start > sr.lowerBound, t.b[start - 1] != 0x20 { continue }
            return (start, k + 6, t.string(SourceRange(start, k + 6)))
        }
        return nil
    }

    static let topics = ["은 ", "는 "].map { Array($0.utf8) }

    /// The offset after the first `은 `/`는 ` in `lo..<hi`.
    static func topicEnd(after lo: Int, before hi: Int, _ t: EventText) -> Int? {
        var i = lo
        while i + 4 <= hi {
            if t.b[i] == 0xEC || t.b[i] == 0xEB, let w = topics.first(where: { t.matches($0, at: i) }) { return i + w.count }
            i += 1
        }
        return nil
    }

    private func add(start: Int, end: Int, noun: String, sentence si: Int, _ w: inout EventWorkspace) {
        let t = w.text
        let sr = t.sentences[si].range
        guard let date = t.dates(in: SourceRange(sr.lowerBound, start)).last(where: { $0.value.precision == .day }),
              let iso = date.value.value, !w.events.contains(where: { $0.date?.value.value == iso }) else { return }
        let before = t.mentions(in: SourceRange(sr.lowerBound, start))
        guard let subject = before.first(where: { $0.kind == .person }) else { return }
        // The counterpart comes after the subject's topic particle (`A 통일부 장관은 8.3.(목) B를 면담`):
        // what stands between the subject and 은/는 is the subject's own body and title.
        let topicEnd = Self.topicEnd(after: subject.range.upperBound, before: start, t) ?? date.range.upperBound
        let others = before.filter { $0.nodeID != subject.nodeID && $0.range.lowerBound >= topicEnd }
        let nearest = others.last { $0.kind == .person } ?? others.last { $0.kind != .country }
        // A person found is the one met; a body stands for them only as the word's own object.
        let counterpart = nearest.flatMap {
            $0.kind == .person || (Self.isObject($0, of: start, t) && $0.canonical != subject.properties["affiliation"]) ? $0 : nil
        }
        let name = (counterpart.map { subject.canonical + "-" + $0.canonical } ?? subject.canonical) + " " + noun
        var modality = EventModality.happened
        if let doc = t.documentDate?.value, iso > doc { modality = .planned }
        var d = EventDraft(name: name, type: .meeting, trigger: noun, date: date, modality: modality)
        guard !w.events.contains(where: { $0.id == d.id }) else { return }
        d.aliases = [noun]
        d.evidence = [t.evidence(SourceRange(subject.range.lowerBound, end), sentence: si, rule: self.name)]
        w.events.append(d)
        let e = w.events.count - 1
        for m in before where !(m.kind == .person && t.isAppositive(m)) { w.addParticipant(m, to: e) }
        w.refer(sentence: si, event: e)
    }

    /// `미국 국무부 부장관을 접견`, `OECD 사무차장과 화상회의`: the body `m` is the object of
    /// the meeting word at `start`, with at most two words (title words) between and the last
    /// ending in 을/를/와/과. A body further off (the real counterpart being no entity, as in
    /// `미국 국무부 커트 캠벨 부장관을`) names nobody: the event is named by its subject alone.
    static func isObject(_ m: Mention, of start: Int, _ t: EventText) -> Bool {
        var k = t.afterMention(m)
        var end = start
        while end > k, t.b[end - 1] == 0x20 { end -= 1 }
        guard end > k, let last = t.scalar(before: end), objectParticles.contains(last.value) else { return false }
        var spaces = 0
        while k < end {
            if t.b[k] == 0x20 { spaces += 1 } else if t.b[k] == 0x2C || t.b[k] == 0x28 { return false }
            k += 1
        }
        return spaces <= 2
    }

    static let objectParticles: Set<UInt32> = Set("을를와과".unicodeScalars.map(\.value))
}
