/// Finds agreement words (업무협약, MOU, 파트너십, 공급계약 …) and turns them into agreements.
///
/// The name is the noun phrase ending in the word (`몰리브덴 우선공급 업무협약`); a bare word
/// takes its topic from a conjoined phrase (`협의체 출범식 및 업무협약` → `협의체 업무협약`) or
/// from the event named in the same sentence. It counts only in a sentence that signs, joins,
/// negotiates or launches it (체결, 서명, 합의, 참여, 출범 …), next to a date, or in a definition
/// (`핵심광물안보파트너십(MSP, …) :`). The counterpart `X와/과` is a party and carries over to
/// later items of the same line (footnote lists of past agreements).
struct AgreementTriggerRule: EventRule {
    let name = "agreement.trigger"

    func apply(to w: inout EventWorkspace) {
        for si in w.text.readable { scan(sentence: si, &w) }
    }

    private func scan(sentence si: Int, _ w: inout EventWorkspace) {
        let t = w.text
        let sr = t.sentences[si].range
        var carried: [Mention] = []
        var next = sr.lowerBound
        var skipUntil = sr.lowerBound
        // The start first: the list of triggers there is made only inside the sentence (the look-up
        // past its end, made for every sentence, built a list for nothing).
        while let i = t.cues.agreementTriggerStart(from: max(next, skipUntil)), i < sr.upperBound,
              let (_, candidates) = t.cues.agreementTriggers(from: i) {
            guard let trig = triggerAt(i, candidates, t) else { next = i + 1; continue }
            let tEnd = i + trig.bytes.count
            guard tEnd <= sr.upperBound else { break }
            var aliases: Set<String> = []
            var name: String
            var nameStart = i
            var quotedName = false
            if let q = t.enclosingQuote(around: i, in: sr), Self.isOwnTitle(q, triggerEnd: tEnd, t) {
                quotedName = true
                name = EventText.cleanTitle(t.string(q)).name
                nameStart = q.lowerBound
            } else {
                var p = t.phrase(triggerStart: i, end: tEnd, in: sr)
                // `'… 개선 사업' 실시협약`: the quote before the kind words is the name's subject.
                if let q = Self.quotedTitle(before: p.range.lowerBound, in: sr, t) {
                    quotedName = true
                    name = EventText.cleanTitle(t.string(q)).name + " " + EventText.collapse(t.string(p.range))
                    nameStart = q.lowerBound
                } else {
                    // `감염병 연구협력 강화를 위한 양해각서`: the purpose is the name; `… 강화 양해각서` an alias.
                    if let purpose = purposePhrase(before: p.range.lowerBound, sr, t) {
                        let short = EventText.collapse(t.string(purpose.topic)) + " " + EventText.collapse(t.string(p.range))
                        aliases.insert(short)
                        p = EventText.Phrase(range: SourceRange(purpose.start, p.range.upperBound), isBare: false, hasDemonstrative: false)
                    }
                    let cut = Self.nameStart(in: p.range, t)
                    if cut > p.range.lowerBound {
                        p = EventText.Phrase(range: SourceRange(cut, p.range.upperBound), isBare: cut >= i, hasDemonstrative: false)
                    }
                    name = EventText.collapse(t.string(p.range))
                    nameStart = p.range.lowerBound
                    if p.isBare {
                        if let topic = bareTopic(at: i, sentence: si, w, conjunctOnly: true) {
                            name = topic + " " + trig.word
                            aliases.insert(trig.word)
                        } else if let earlier = w.agreements.last(where: { $0.name.hasSuffixOnBytes(trig.word) }) {
                            name = earlier.name   // `각각 양해각서를 체결`: the one named before (often in the title)
                        } else {
                            guard let topic = bareTopic(at: i, sentence: si, w) else { next = tEnd; continue }
                            name = topic + " " + trig.word
                            aliases.insert(trig.word)
                        }
                    }
                }
            }
            // `선언하였다`, `탄소중립 선언`: a declaration counts only under a quoted title.
            if trig.kind == .declaration, !quotedName { next = tEnd; continue }
            name = EventText.cleanName(name)
            let prefix = name.prefixTrimmed(before: trig.word)
            var definition = false
            if let gloss = t.parenthesis(at: tEnd), gloss.content.lowerBound == tEnd + 1 {
                for part in t.string(gloss.content).split(separator: ",").map({ $0.trimmingSpaces }) where !part.isEmpty {
                    if AgreementTrigger.all.contains(where: { $0.word.isSameText(part) }) {
                        if !prefix.isEmpty { aliases.insert(prefix + " " + part) }
                    } else if part.unicodeScalars.contains(where: { ($0.value >= 0x41 && $0.value <= 0x5A) || ($0.value >= 0x61 && $0.value <= 0x7A) }) {
                        aliases.insert(part)
                    }
                }
                skipUntil = gloss.end
                var k = gloss.end
                while k < sr.upperBound, t.b[k] == 0x20 { k += 1 }
                definition = k < sr.upperBound && t.b[k] == 0x3A
            }
            if trig.bytes == Self.mouBytes || trig.bytes == Self.memorandumBytes, !prefix.isEmpty { aliases.insert(prefix + " MOU") }
            let clause = clauseRange(around: i, sr, t)
            let date = t.dates(in: SourceRange(tEnd, clause.upperBound)).first
                ?? t.dates(in: SourceRange(clause.lowerBound, nameStart)).last
            let counterparts = t.mentions(in: SourceRange(clause.lowerBound, nameStart)).filter {
                $0.kind != .person && t.particle(after: $0).map { EventText.andParticles.contains($0.value) } == true
            }
            if !counterparts.isEmpty { carried = counterparts }
            // `파키스탄과의 포괄적경제동반자협정(이하 "CEPA")`: the bare kind word after a fuller name is that agreement.
            let existing = w.agreementIndex(named: name)
                ?? (EventTriggerRule.isSingleWord(name) ? w.agreements.firstIndex { $0.name.hasSuffixOnBytes(" " + name) } : nil)
            var supported = definition || date != nil || t.containsAny(EventCues.agreementVerbs, in: sr)
            if EventTriggerRule.isSingleWord(name), name.unicodeScalars.count < 8, aliases.isEmpty, !quotedName {
                supported = false   // 자유무역협정, 협력협정: the kind of thing, not one agreement
            }
            if existing == nil, !supported || name.isSameText("계약") {
                next = max(tEnd, skipUntil); continue
            }
            let parties = (counterparts.isEmpty ? carried : counterparts) + t.subjects(in: sr, before: nameStart)
                + t.hyphenPairs(in: SourceRange(clause.lowerBound, tEnd))
            let status = self.status(in: clause, t) ?? self.status(in: sr, t)
            let a: Int
            if let e = existing {
                a = e
                w.agreements[e].aliases.formUnion(aliases)
                if w.agreements[e].sentences.last != si { w.agreements[e].sentences.append(si) }
                if w.agreements[e].date == nil { w.agreements[e].date = date }
                if w.agreements[e].status == nil { w.agreements[e].status = status }
            } else {
                var d = AgreementDraft(name: name, kind: trig.kind, date: date, status: status, sentences: [si])
                d.aliases = aliases
                d.start = nameStart
                d.evidence = [t.evidence(SourceRange(nameStart, tEnd), sentence: si, rule: self.name)]
                w.agreements.append(d)
                a = w.agreements.count - 1
            }
            for m in parties { w.agreements[a].parties[m.nodeID] = m }
            // Signed at an event named in the same sentence: the event is about it.
            let hosted = w.references.filter { $0.sentence == si }
            for r in hosted {
                w.events[r.event].agreements.insert(w.agreements[a].id)
                if w.agreements[a].date == nil { w.agreements[a].date = w.events[r.event].date }
            }
            if hosted.isEmpty, t.containsAny(EventCues.signingVerbs, in: sr), !t.containsAny(EventCues.agreementPlanned, in: sr) {
                addSigningEvents(agreement: a, trigger: i, sentence: si, &w)
            }
            next = max(tEnd, skipUntil)
        }
    }

    /// The first of the triggers starting at `i` (longest first) that stands as a word of its own.
    private func triggerAt(_ i: Int, _ candidates: [AgreementTrigger], _ t: EventText) -> AgreementTrigger? {
        for trig in candidates {
            let end = i + trig.bytes.count
            if trig.isLatin {
                if let p = t.scalar(before: i), EventText.isLatinOrDigit(p.value) { continue }
                if let n = t.scalar(at: end), EventText.isLatinOrDigit(n.value) { continue }
                if let n = t.scalar(at: end), EventText.isHangul(n.value), !EventWords.followers.contains(n.value) { continue }
            } else if let n = t.scalar(at: end), EventText.isHangul(n.value), !EventWords.followers.contains(n.value),
                      !"체서식".unicodeScalars.contains(where: { $0.value == n.value }) {
                continue
            }
            if trig.bytes == Self.contractBytes, let n = t.scalar(at: end), "식서직금".unicodeScalars.contains(where: { $0.value == n.value }) { continue }
            return trig
        }
        return nil
    }

    /// `7월 18일(화)에 A와, 7월 20일(목)에는 B와 각각 양해각서를 체결`: one signing event per day
    /// written before the agreement word, with the counterparts named after that day.
    private func addSigningEvents(agreement a: Int, trigger: Int, sentence si: Int, _ w: inout EventWorkspace) {
        let t = w.text
        let sr = t.sentences[si].range
        func isDay(_ d: DateMention) -> Bool { d.value.precision == .day || (d.value.value == nil && d.value.surface.hasSuffix("일")) }
        var days = t.dates(in: SourceRange(sr.lowerBound, trigger)).filter(isDay)
        if days.isEmpty, let after = t.dates(in: SourceRange(trigger, sr.upperBound)).first(where: isDay) { days = [after] }
        guard !days.isEmpty else { return }
        let agreement = w.agreements[a]
        for (k, d) in days.enumerated() {
            let until = k + 1 < days.count ? days[k + 1].range.lowerBound : max(trigger, d.range.upperBound)
            let partners = t.mentions(in: SourceRange(d.range.upperBound, until)).filter { $0.kind != .person }
            var name = agreement.name + " 체결"
            if days.count > 1, let first = partners.first { name = first.canonical + " " + name }
            var e = EventDraft(name: name, type: .signing, trigger: "체결", date: d)
            e.agreements = [agreement.id]
            e.evidence = [t.evidence(SourceRange(d.range.lowerBound, trigger), sentence: si, rule: self.name)]
            for m in partners { e.participants[m.nodeID] = m }
            if days.count == 1 { for (id, m) in agreement.parties { e.participants[id] = m } }
            for m in t.subjects(in: sr, before: d.range.lowerBound) { e.participants[m.nodeID] = m }
            if !w.events.contains(where: { $0.id == e.id }) {
                w.events.append(e)
                w.refer(sentence: si, event: w.events.count - 1)
            }
            if w.agreements[a].date == nil { w.agreements[a].date = d }
        }
    }

    /// `X를 위한 ` right before `start`: the range of X (without 를) and the start of `X를 위한`.
    private func purposePhrase(before start: Int, _ sr: SourceRange, _ t: EventText) -> (topic: SourceRange, start: Int)? {
        let wihan = Self.forBytes
        guard start - wihan.count >= sr.lowerBound, t.matches(wihan, at: start - wihan.count) else { return nil }
        let objEnd = start - wihan.count
        guard let particle = t.scalar(before: objEnd), particle.value == 0xB97C || particle.value == 0xC744 else { return nil } // 를 을
        var ws = particle.start
        while let s = t.scalar(before: ws), s.start >= sr.lowerBound, EventText.isWordChar(s.value) { ws = s.start }
        guard ws < particle.start else { return nil }
        let p = t.phrase(triggerStart: ws, end: particle.start, in: sr, maxWords: 4)
        return (p.range, p.range.lowerBound)
    }

    /// The topic of a bare agreement word: a conjoined phrase before 및, or the event of the sentence.
    private func bareTopic(at i: Int, sentence si: Int, _ w: EventWorkspace, conjunctOnly: Bool = false) -> String? {
        let t = w.text
        let sr = t.sentences[si].range
        let and = Self.andBytes
        if i - and.count >= sr.lowerBound, t.matches(and, at: i - and.count) {
            let end = i - and.count
            var ws = end
            while let s = t.scalar(before: ws), s.start >= sr.lowerBound, EventText.isWordChar(s.value) { ws = s.start }
            if ws < end {
                let p = t.phrase(triggerStart: ws, end: end, in: sr)
                var words = EventText.collapse(t.string(p.range)).split(separator: " ").map(String.init)
                if let last = words.last, let trig = EventTrigger.all.first(where: { last.hasSuffix($0.word) })?.word {
                    let stem = String(last.dropLast(trig.count))
                    words.removeLast()
                    if !stem.isEmpty { words.append(stem) }
                }
                if !words.isEmpty { return words.joined(separator: " ") }
            }
        }
        if conjunctOnly { return nil }
        for r in w.references where r.sentence == si {
            let e = w.events[r.event]
            // Empty when the name does not end in its trigger word.
            let stem = e.name.prefixTrimmed(before: e.trigger)
            if !stem.isEmpty { return stem }
        }
        return nil
    }

    static let forBytes = Array(" 위한 ".utf8)
    static let mouBytes = Array("업무협약".utf8)
    static let memorandumBytes = Array("양해각서".utf8)
    static let contractBytes = Array("계약".utf8)
    static let andBytes = Array(" 및 ".utf8)

    /// The part of the sentence between the commas around `i`.
    private func clauseRange(around i: Int, _ sr: SourceRange, _ t: EventText) -> SourceRange {
        var lo = i
        while lo > sr.lowerBound, t.b[lo - 1] != 0x2C { lo -= 1 }
        var hi = i
        var depth = 0
        while hi < sr.upperBound {
            if t.b[hi] == 0x28 { depth += 1 } else if t.b[hi] == 0x29 { depth = max(0, depth - 1) } else if t.b[hi] == 0x2C, depth == 0 { break }
            hi += 1
        }
        return SourceRange(lo, hi)
    }

    private func status(in r: SourceRange, _ t: EventText) -> AgreementStatus? {
        if t.containsAny(EventCues.agreementPlanned, in: r) { return .planned }
        if t.containsAny(EventCues.agreementSigned, in: r) { return .signed }
        if t.containsAny(EventCues.agreementNegotiating, in: r) { return .negotiating }
        if t.containsAny(EventCues.agreementInForce, in: r) { return .inForce }
        return nil
    }
}
