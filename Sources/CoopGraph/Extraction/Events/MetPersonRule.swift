/// `이정식 고용노동부 장관은 12월 2일(금) 17시, 서울지방고용노동청에서 이다 파우지야 인도네시아
/// 인력부 장관을 만나 …`: a meeting said with the verb 만나 (no event noun), one of the commonest
/// ways releases report a minister's talks with a visitor.
///
/// The people met are the persons between the clause's day and `을/를/과/와 만나(났)`, the last
/// of them followed only by their post (no clause ends in between); the meeting is dated by that
/// day and named `<subject>-<person met> 면담` like the meetings the trigger rule makes of people.
/// The subject (the first person before the day), the bodies written beside the subject and
/// those written with the people met (not a venue `… 청사에서`) take part. When an event word of
/// the same sentence and day comes after the verb (`… 관계자를 만나 간담회를 가졌다`), that event
/// is the meeting: the people join it instead.
struct MetPersonRule: EventRule {
    let name = "event.met-person"

    static let verbs: [[UInt8]] = ["만나", "만났"].map { Array($0.utf8) }
    static let objectParticles: [UInt32] = "을를과와".unicodeScalars.map(\.value)
    /// Syllables a word of the post after the person met never ends in: a particle or a verb
    /// ending there means a clause ends between the person and 만나.
    static let clauseEnds: [UInt32] = "은는을를에서고며여해와과로도".unicodeScalars.map(\.value)
    /// Endings of a subject or a modifier (`청장이 제안한 사업의 현장을`), refused before the last word
    /// only: the last word is the post itself (`전문가를`, `대사를`).
    static let modifierEnds: [UInt32] = "이가된던".unicodeScalars.map(\.value)
    static let andEnds: [UInt32] = "과와".unicodeScalars.map(\.value)
    static let venue = Array("에서".utf8)
    static let adverbs: [[UInt8]] = ["차례로", "잇따라", "연이어", "직접", "따로", "별도로"].map { Array($0.utf8) }
    /// Words for the people of a country met when no person is named (`10개국 최고위급 인사를 만나`).
    static let groupWords: [[UInt8]] = ["인사", "인사들", "정상", "정상들", "지도자", "지도자들", "대표", "대표들", "대표단",
                                        "장관들", "고위인사", "고위급 인사"].map { Array($0.utf8) }
    static let noun = "면담"
    static let verb = "만나"
    /// `만나기로` (agreed to meet) and `만나지` (`만나지 못했다`, `만나지 않았다`) right after 만나.
    static let plannedTail: [UInt8] = Array("기로".utf8)
    static let negatedTail: [UInt8] = Array("지".utf8)
    /// How far the particle may stand from the last person met (their post and a Latin gloss).
    static let maxPostBytes = 120

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        for verb in Self.verbs {
            t.forEachOccurrence(of: verb) { k, si in
                // `… 장관을 만나`: a particle syllable glued to the word before, then one space
                // (or an adverb: `인사를 차례로 만나`).
                guard k >= 4, t.b[k - 1] == 0x20 else { return }
                var end = k - 1
                if let a = Self.adverbs.first(where: { end >= $0.count + 1 && t.matches($0, at: end - $0.count) && t.b[end - $0.count - 1] == 0x20 }) {
                    end -= a.count + 1
                }
                guard let p = t.scalar(before: end), Self.objectParticles.contains(p.value) else { return }
                meeting(particle: p.start, verb: k, sentence: si, &w)
            }
        }
    }

    private func meeting(particle: Int, verb k: Int, sentence si: Int, _ w: inout EventWorkspace) {
        let t = w.text
        let sr = t.sentences[si].range
        let head = SourceRange(sr.lowerBound, particle)
        guard let date = t.dates(in: head).last(where: { $0.value.precision == .day }), let iso = date.value.value else { return }
        let before = t.mentions(in: head).filter { !($0.kind == .person && t.isAppositive($0)) }
        // The people met: the last person before the particle and those joined to it by 과/와/및
        // with no clause ending between (`… 축하하였으며, 미국 국무부 A 차관 및 B 부대표를 만나`: A and B).
        var met: [Mention] = []
        for m in before.reversed() where m.kind == .person && m.range.lowerBound >= date.range.upperBound {
            if let next = met.first {
                guard postOnly(from: t.afterMention(m), to: next.range.lowerBound, before, t, joined: true) else { break }
            }
            if !met.contains(where: { $0.canonical == m.canonical }) { met.insert(m, at: 0) }
        }
        let subject = before.first { $0.kind == .person && $0.range.upperBound <= date.range.lowerBound }
        guard let last = met.last else {
            if !foreignPost(particle: particle, verb: k, subject: subject, date: date, iso: iso, before, sentence: si, &w) {
                countries(particle: particle, verb: k, subject: subject, date: date, iso: iso, before, sentence: si, &w)
            }
            return
        }
        guard postOnly(from: t.afterMention(last), to: particle, before, t) else { return }
        // No person before the day: the body that is the subject (`경제사회노동위원회(위원장 …)는`) speaks for it.
        let ownBodies = subject.map { s in
            before.filter { $0.kind.isBody && $0.range.lowerBound >= s.range.upperBound && $0.range.upperBound <= date.range.lowerBound }
        } ?? t.subjects(in: sr, before: date.range.lowerBound)
        let lead = subject == nil ? ownBodies.first?.canonical : nil
        let groups = separate(met, from: date.range.upperBound, to: particle, before, t)
        if groups.count > 1 {
            // `A 사무총장과 … B 장관을 만나`: people of different sides, one meeting with each.
            for g in groups {
                add(people: (subject.map { [$0] } ?? []) + [g.person], bodies: ownBodies + g.bodies, date: date, iso: iso, verb: k, sentence: si,
                    lead: lead, &w)
            }
            return
        }
        let theirs = before.filter {
            $0.kind != .person && $0.range.lowerBound >= date.range.upperBound && !isVenue($0, before: particle, t)
        }
        add(people: (subject.map { [$0] } ?? []) + met, bodies: ownBodies + theirs, date: date, iso: iso, verb: k, sentence: si, lead: lead, &w)
    }

    /// `사모아, 투발루, … 등 10개국 최고위급 인사를 차례로 만나`: no person named, the people of the
    /// countries written before a word for them (인사, 정상, 대표 …): one meeting of the subject with
    /// those countries.
    private func countries(particle: Int, verb k: Int, subject: Mention?, date: DateMention, iso: String, _ before: [Mention],
                           sentence si: Int, _ w: inout EventWorkspace) {
        let t = w.text
        guard let s = subject, Self.groupWords.contains(where: { g in
            particle >= g.count && t.matches(g, at: particle - g.count) && (t.b[particle - g.count - 1] == 0x20)
        }) else { return }
        let states = before.filter { $0.kind == .country && $0.range.lowerBound >= date.range.upperBound && !isVenue($0, before: particle, t) }
        guard let last = states.last, particle - last.range.upperBound <= 60, postOnly(from: last.range.upperBound, to: particle, before, t) else { return }
        let ownBodies = before.filter { $0.kind.isBody && $0.range.lowerBound >= s.range.upperBound && $0.range.upperBound <= date.range.lowerBound }
        let object = EventText.collapse(t.string(SourceRange(last.range.lowerBound, particle)))
        add(people: [s], bodies: ownBodies + states, date: date, iso: iso, verb: k, sentence: si, name: s.canonical + "-" + object + " " + Self.noun, &w)
    }

    /// `도득두이(Do Duc Duy) 베트남 농업환경부 장관을 만나` with the person not recognised: the
    /// foreign body written right before the post of the one met (`장관`, `차관`, `대사` …: one word
    /// ending in a post syllable) is met, in a meeting named `<subject>-<body> <post> 면담`.
    private func foreignPost(particle: Int, verb k: Int, subject: Mention?, date: DateMention, iso: String, _ before: [Mention],
                             sentence si: Int, _ w: inout EventWorkspace) -> Bool {
        let t = w.text
        guard let s = subject, let body = before.last(where: { $0.kind.isBody && $0.range.lowerBound >= date.range.upperBound }),
              let country = body.properties["country"], !country.isKorea,
              body.range.upperBound + 1 < particle, t.b[body.range.upperBound] == 0x20 else { return false }
        let post = SourceRange(body.range.upperBound + 1, particle)
        // One word of two to four syllables (six to twelve bytes), ending in a post syllable.
        guard post.count >= 6, post.count <= 12, !t.contains(bytes: [0x20], in: post), let end = t.scalar(before: particle),
              Self.postEnds.contains(end.value), post.range.allSatisfy({ t.b[$0] >= 0x80 }) else { return false }
        let ownBodies = before.filter { $0.kind.isBody && $0.range.lowerBound >= s.range.upperBound && $0.range.upperBound <= date.range.lowerBound }
        let name = s.canonical + "-" + body.canonical + " " + t.string(post) + " " + Self.noun
        add(people: [s], bodies: ownBodies + [body], date: date, iso: iso, verb: k, sentence: si, name: name, &w)
        return true
    }

    /// Last syllables of a post (장관, 차관, 대사, 총리, 대표, 의원, 총재, 차관보, 청장 …).
    static let postEnds: [UInt32] = "관장사리표원재보".unicodeScalars.map(\.value)

    private func add(people: [Mention], bodies: [Mention], date: DateMention, iso: String, verb k: Int, sentence si: Int,
                     name given: String? = nil, lead: String? = nil, _ w: inout EventWorkspace) {
        let t = w.text
        let e: Int
        if let same = eventAfterVerb(k, date: iso, sentence: si, w) {
            e = same
        } else {
            let name = given ?? ((lead.map { [$0] } ?? []) + people.map(\.canonical)).joined(separator: "-") + " " + Self.noun
            // Found by the verb: the name is no topic for a bare agreement word of the sentence.
            var d = EventDraft(name: name, type: .meeting, trigger: Self.verb, date: date, modality: .happened)
            if let doc = t.documentDate?.value, iso > doc { d.modality = .planned }
            // `만나기로 했다` is agreed, not held; `만나지 못했다` and the sentence's negation cues
            // (`연기되`, `무산`) say it did not happen, as for the other event rules.
            if t.matches(Self.plannedTail, at: k + Self.verbs[0].count) { d.modality = .planned }
            if t.matches(Self.negatedTail, at: k + Self.verbs[0].count) || t.containsAny(EventCues.negatedCues, in: t.sentences[si].range) {
                d.modality = .negated
            }
            if let existing = w.events.firstIndex(where: { $0.id == d.id }) {
                e = existing
            } else {
                d.aliases = [Self.noun]
                d.evidence = [t.evidence(SourceRange(date.range.lowerBound, k), sentence: si, rule: self.name)]
                w.events.append(d)
                e = w.events.count - 1
                referInOrder(sentence: si, event: e, &w)
            }
        }
        for m in people + bodies { w.addParticipant(m, to: e) }
    }

    static let joiners: [[UInt8]] = ["과 ", "와 ", "과도 ", "와도 "].map { Array($0.utf8) }
    static let and = Array(" 및 ".utf8)

    /// The people met cut into sides when a body or country is written between two of them
    /// and they are joined by 과/와/및: each with the bodies of its stretch (venues left out).
    /// Nothing when they cannot be told apart.
    private func separate(_ met: [Mention], from start: Int, to end: Int, _ mentions: [Mention], _ t: EventText)
        -> [(person: Mention, bodies: [Mention])] {
        guard met.count > 1 else { return [] }
        var bounds = [start]
        for (a, b) in zip(met, met.dropFirst()) {
            var cut: Int?
            var j = t.afterMention(a)
            while j < b.range.lowerBound {
                if t.matches(Self.and, at: j) { cut = j + Self.and.count; break }
                if Self.joiners.contains(where: { t.matches($0, at: j) }) { cut = j; break }
                j += 1
            }
            guard let c = cut else { return [] }
            let aSide = SourceRange(t.afterMention(a), c), bSide = SourceRange(c, b.range.lowerBound)
            guard mentions.contains(where: { $0.kind != .person && (aSide.contains($0.range) || bSide.contains($0.range)) }) else { return [] }
            bounds.append(c)
        }
        bounds.append(end)
        return met.indices.map { i in
            let r = SourceRange(bounds[i], bounds[i + 1])
            return (met[i], mentions.filter { $0.kind != .person && r.contains($0.range) && !isVenue($0, before: end, t) })
        }
    }

    /// Between the last person met and the particle stand only their post and glosses: every
    /// word outside a mention ends in something other than a particle or a verb ending.
    /// With `joined`, the gap lies between two people met, and its last word may end in 과/와.
    private func postOnly(from start: Int, to end: Int, _ mentions: [Mention], _ t: EventText, joined: Bool = false) -> Bool {
        guard start <= end, end - start <= Self.maxPostBytes else { return false }
        var i = start
        while i < end {
            // The end of the word starting at `i` (or of the gap).
            var j = i
            while j < end, t.b[j] != 0x20 { j += 1 }
            if j > i, !mentions.contains(where: { $0.range.upperBound == j || ($0.range.lowerBound <= i && j <= $0.range.upperBound) }),
               let s = t.scalar(before: j), Self.clauseEnds.contains(s.value) || (j < end && Self.modifierEnds.contains(s.value)),
               !(joined && Self.andEnds.contains(s.value)) {
                return false
            }
            i = j + 1
        }
        return true
    }

    /// A body named as the place (`국방부 청사에서`, `서울지방고용노동청에서`): 에서 ends its word or the next.
    private func isVenue(_ m: Mention, before limit: Int, _ t: EventText) -> Bool {
        var j = m.range.upperBound
        var spaces = 0
        while j < limit, spaces < 2 {
            if t.b[j] == 0x20 { spaces += 1; j += 1; continue }
            if t.matches(Self.venue, at: j), j + Self.venue.count >= limit || t.b[j + Self.venue.count] == 0x20 || t.b[j + Self.venue.count] == 0x2C {
                return true
            }
            j += 1
        }
        return false
    }

    /// An event of this sentence and day whose event word comes after the verb: the meeting itself.
    private func eventAfterVerb(_ k: Int, date: String, sentence si: Int, _ w: EventWorkspace) -> Int? {
        let t = w.text
        let rest = SourceRange(k + 1, t.sentences[si].range.upperBound)
        for r in w.references where r.sentence == si && w.events[r.event].date?.value.value == date && w.events[r.event].trigger != Self.verb {
            if t.find(Array(w.events[r.event].trigger.utf8), in: rest) != nil { return r.event }
        }
        return nil
    }

    /// Records the reference among the others by sentence, so later quotes attach to the meeting
    /// only until the text names another event.
    private func referInOrder(sentence si: Int, event e: Int, _ w: inout EventWorkspace) {
        let at = w.references.lastIndex { $0.sentence <= si }.map { $0 + 1 } ?? 0
        w.references.insert((si, e), at: at)
    }
}
