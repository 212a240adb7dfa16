/// Finds event nouns (회담, 토론회, 출범식 …) and turns them into events or references.
///
/// A named trigger (`한-일 민관 철강협의회`, `「제2차 … 라운드테이블」`, `제1차 라운드테이블`)
/// becomes an event when its sentence has an event verb or a date; a bare one (`이번 회의`,
/// `이날 개소식`, `이날 행사`) refers back to an event already found, by trigger word, type or
/// date. The date is the sentence's date nearest the trigger, else that of an event named in
/// the same sentence, else the last date before it in the paragraph; an event with no date
/// at all is not created (a noun without a time is a topic, not a happening).
struct EventTriggerRule: EventRule {
    let name = "event.trigger"

    func apply(to w: inout EventWorkspace) {
        for si in w.text.readable { scan(sentence: si, &w) }
    }

    private struct Hit {
        var event: Int
        var triggerStart: Int
        var created: Bool
    }

    private func scan(sentence si: Int, _ w: inout EventWorkspace) {
        let t = w.text
        let sr = t.sentences[si].range
        // Most sentences hold no event word: nothing below would happen (no hit, no visit).
        guard let first = t.cues.eventTriggerStart(from: sr.lowerBound), first < sr.upperBound else { return }
        var hits: [Hit] = []
        var visits: [(start: Int, end: Int)] = []
        let spans = triggerSpans(in: sr, t)
        var next = sr.lowerBound
        var skipUntil = sr.lowerBound
        while let (i, trigger, generic) = t.cues.eventTrigger(from: max(next, skipUntil)), i < sr.upperBound {
            guard i + trigger.bytes.count <= sr.upperBound else { next = i + 1; continue }
            let tEnd = i + trigger.bytes.count
            guard endsWord(trigger, at: i, end: tEnd, t), !Self.copulas.contains(where: { t.matches($0, at: tEnd) }),
                  !Self.isSinceLaunch(trigger, end: tEnd, t) else {
                next = tEnd; continue
            }
            if trigger.type == .visit { visits.append((i, tEnd)); next = tEnd; continue }
            var name: String
            var aliases: [String] = []
            var bare = false
            var demonstrative = false
            var nameRange = SourceRange(i, tEnd)
            var quoted = false
            var preferredDate: DateMention?
            if generic {
                name = trigger.word
                bare = true
                demonstrative = t.phrase(triggerStart: i, end: tEnd, in: sr).hasDemonstrative
            } else if let q = t.enclosingQuote(around: i, in: sr), !Self.isReportedLead(q, t) {
                // What someone said names no event of its own (`“… 두번째 컨퍼런스를 통해 … 되었다”`).
                if Self.isSpeech(q, t) { next = q.upperBound; continue }
                quoted = true
                let title = EventText.cleanTitle(t.string(q))
                name = title.name; aliases = title.aliases
                nameRange = q
                skipUntil = q.upperBound + 1
            } else if trigger.type == .announcement {
                guard let q = quoteBeforeObject(i, sr, t) else { next = tEnd; continue }
                name = EventText.cleanTitle(t.string(q)).name + " " + trigger.word
                nameRange = SourceRange(q.lowerBound, tEnd)
            } else {
                let p = t.phrase(triggerStart: i, end: tEnd, in: sr)
                if p.isFuture { next = tEnd; continue }
                if p.isBare, let q = t.quoteEnding(before: i, in: sr) {
                    quoted = true
                    name = EventText.cleanTitle(t.string(q)).name + " " + trigger.word
                    nameRange = SourceRange(q.lowerBound, tEnd)
                } else {
                    nameRange = p.range
                    if !p.isBare, let y = editionYear(before: p.range.lowerBound, in: sr, t) { nameRange = SourceRange(y.lowerBound, p.range.upperBound) }
                    name = EventText.collapse(t.string(nameRange))
                    bare = p.isBare || generic
                    demonstrative = p.hasDemonstrative
                }
            }
            if let gloss = t.parenthesis(at: tEnd), gloss.content.lowerBound == tEnd + 1 {
                let g = EventText.cleanTitle("(" + t.string(gloss.content) + ")")
                aliases += g.aliases
                skipUntil = max(skipUntil, gloss.end)
            }
            if isMode(name, after: tEnd, t) || isHostBody(tEnd, t) || Self.isChairedSeries(max(tEnd, nameRange.upperBound), t) {
                next = max(tEnd, skipUntil); continue
            }
            name = EventText.cleanName(name)
            if !quoted, isInsideBody(i, tEnd, t), EventText.ordinal(of: name) == nil, BilateralRule.codes(in: name).isEmpty {
                next = max(tEnd, skipUntil); continue
            }
            var compound = false
            if !bare, !quoted, Self.isSingleWord(name) || Self.onlyTriggers(name) {
                // 국무회의, 정상회의, 정책포럼: one generic compound is a reference, not a name.
                bare = true
                compound = !name.isSameText(trigger.word) && Self.isSingleWord(name)
            }
            if let glossDate = t.parenthesis(at: tEnd).flatMap({ g in t.dates(in: g.content).first }) {
                preferredDate = glossDate
            }
            if bare, !generic, !demonstrative, let persons = meetingPersons(trigger: trigger, start: i, in: sr, t),
               let e = create(name: persons.map(\.canonical).joined(separator: "-") + " " + trigger.word, aliases: [trigger.word],
                              trigger: trigger, start: i, nameRange: nameRange, sentence: si, hits: hits, spans: spans, &w) {
                // `조태열 장관은 … 오츠랄 장관을 면담하고`: a meeting of these two, not the event talked about.
                for m in persons { w.addParticipant(m, to: e) }
                hits.append(Hit(event: e, triggerStart: i, created: true))
            } else if bare {
                if let e = resolveReference(trigger: trigger, generic: generic, sentence: si, demonstrative: demonstrative,
                                            thisOccasion: demonstrative && Self.followsThis(i, sr, t),
                                            ownDate: t.dates(in: sr).first { Self.owner(of: $0, spans, t) == i },
                                            freeDate: t.dates(in: sr).first { Self.owner(of: $0, spans, t) == nil }, w) {
                    if !generic { w.events[e].aliases.insert(trigger.word) }
                    w.refer(sentence: si, event: e)
                    hits.append(Hit(event: e, triggerStart: i, created: false))
                } else if compound, t.dates(in: sr).contains(where: { Self.owner(of: $0, spans, t) == i && $0.value.precision != .year }),
                          let e = create(name: name, aliases: [], trigger: trigger, start: i, nameRange: nameRange, sentence: si, hits: hits,
                                         spans: spans, preferredDate: preferredDate, &w) {
                    // `4.20(월)~4.23(목) … 사전협상을 화상으로 실시`: a compound with its own date is an event.
                    hits.append(Hit(event: e, triggerStart: i, created: true))
                } else if !generic, !compound, !trigger.word.isSameText(EventWords.launchWord), let topic = bareTopic(before: i, sr, t),
                          let e = create(name: topic + " " + trigger.word, aliases: [trigger.word], trigger: trigger, start: i,
                                         nameRange: nameRange, sentence: si, hits: hits, spans: spans, preferredDate: preferredDate, &w) {
                    hits.append(Hit(event: e, triggerStart: i, created: true))
                } else if !generic, !demonstrative, name.isSameText(trigger.word), trigger.word.unicodeScalars.count >= 4,
                          t.dates(in: sr).contains(where: { Self.owner(of: $0, spans, t) == i && $0.value.precision != .year }),
                          let e = create(name: name, aliases: [], trigger: trigger, start: i, nameRange: nameRange, sentence: si, hits: hits,
                                         spans: spans, preferredDate: preferredDate, &w) {
                    // `지난 1월 정상회담`: a compound event word alone, with a month or day of its own.
                    hits.append(Hit(event: e, triggerStart: i, created: true))
                }
            } else if let e = w.eventIndex(named: name) ?? shortFormIndex(name, w) {
                w.events[e].aliases.formUnion(aliases)
                w.refer(sentence: si, event: e)
                hits.append(Hit(event: e, triggerStart: i, created: false))
            } else if let e = create(name: name, aliases: aliases, trigger: trigger, start: i, nameRange: nameRange, sentence: si, hits: hits,
                                     spans: spans, preferredDate: preferredDate, &w) {
                hits.append(Hit(event: e, triggerStart: i, created: true))
            }
            next = max(tEnd, skipUntil)
        }
        if hits.isEmpty {
            for v in visits {
                if let e = createVisit(v.start, v.end, sentence: si, spans: spans, &w) { hits.append(Hit(event: e, triggerStart: v.start, created: true)); break }
            }
        }
        assignRoles(sentence: si, hits: hits, &w)
    }

    /// The people of a meeting named only by its verb (`A 장관은 … B 장관을 면담하고`,
    /// `A 본부장과 B국 C 장관 간 면담에서`): two persons before it in the sentence, or one
    /// person and a foreign country; nil for other words or fewer people.
    private func meetingPersons(trigger: EventTrigger, start: Int, in sr: SourceRange, _ t: EventText) -> [Mention]? {
        guard EventWordSets.personMeetingWords.contains(trigger.word) else { return nil }
        let before = t.mentions(in: SourceRange(sr.lowerBound, start))
        var persons: [Mention] = []
        for m in before where m.kind == .person && !t.isAppositive(m) && !persons.contains(where: { $0.canonical.isSameText(m.canonical) }) {
            persons.append(m)
        }
        if persons.count >= 2 { return Array(persons.prefix(2)) }
        // The counterpart the entity stage did not name: a foreign country or body just before the word.
        if persons.count == 1, before.contains(where: { ($0.kind == .country && $0.canonical != "한국" || $0.properties["country"].map { $0 != "한국" } ?? false)
                                                        && $0.range.lowerBound > persons[0].range.lowerBound && start - $0.range.upperBound <= 40 }) {
            return persons
        }
        return nil
    }

    /// `한반도국제포럼 일본 세미나` after `2024 한반도국제포럼 일본 세미나`: an event already named,
    /// without its leading year or ordinal.
    private func shortFormIndex(_ name: String, _ w: EventWorkspace) -> Int? {
        let words = EventText.wordCount(name)
        guard words >= 2 else { return nil }
        let suffix = " " + name
        // Indices, not `firstIndex(where:)`, which copied every draft to test its name.
        for k in w.events.indices where w.events[k].name.hasSuffixOnBytes(suffix) && EventText.wordCount(w.events[k].name) == words + 1 { return k }
        return nil
    }

    /// `6.25전쟁 납북인사가족협의회 이사장`: a body's name that ends in an event word names the body, not
    /// a meeting — unless an ordinal or a bilateral pair says it is a session (`제2차 한-덴마크 과학기술공동위원회`).
    private func isInsideBody(_ start: Int, _ end: Int, _ t: EventText) -> Bool {
        t.bodyIndex.anyStarts(before: start, endingAtOrAfter: end)
    }

    /// One word of Hangul only (국무회의, 정책포럼): a generic compound, not an event's own name.
    static func isSingleWord(_ name: String) -> Bool {
        !name.unicodeScalars.contains { $0.value < 0x80 || !EventText.isHangul($0.value) }
    }

    /// `라운드테이블 회의`: words that are all event nouns name nothing in particular.
    static func onlyTriggers(_ name: String) -> Bool {
        var name = name
        // Split on bytes where a space byte is a space character (ASCII and syllables only).
        let fast: Bool? = name.withUTF8 { b in
            guard WordSet.isSimple(b) else { return nil }
            var i = 0
            while i < b.count {
                if b[i] == 0x20 { i += 1; continue }
                var j = i
                while j < b.count, b[j] != 0x20 { j += 1 }
                if !EventWordSets.eventNouns.contains(utf8: UnsafeBufferPointer(rebasing: b[i..<j])) { return false }
                i = j
            }
            return true
        }
        return fast ?? name.split(separator: " ").allSatisfy { w in EventWordSets.eventNouns.contains(w) }
    }

    /// `화상회의로 개최`, `영상회의 방식`: how a meeting was held, not a meeting of its own.
    private func isMode(_ name: String, after end: Int, _ t: EventText) -> Bool {
        guard let first = EventText.firstWord(name), EventWordSets.modeWords.contains(first) || EventWordSets.modeWords.contains(name) else {
            return false
        }
        return EventText.wordCount(name) <= 2
    }

    /// `부산항발전협의회가 주최하는`: a body named like an event, hosting something else.
    private func isHostBody(_ end: Int, _ t: EventText) -> Bool {
        var k = end
        if let s = t.scalar(at: k), EventText.topicParticles.contains(s.value) || s.value == 0xC758 /* 의 */ || s.value == 0xC5D0 /* 에 */ { k = s.end }
        while k < t.b.count, t.b[k] == 0x20 { k += 1 }
        return Self.organiserBytes.contains { t.matches($0, at: k) }
    }

    /// What a bare trigger with no earlier event is about: a title in 「」 before it in the
    /// sentence (`「국가희소금속센터」를 … 현판식을 개최`), else the organiser (X는 … 개최).
    private func bareTopic(before i: Int, _ sr: SourceRange, _ t: EventText) -> String? {
        if let q = t.cornerTitle(before: i, in: sr) {
            let title = EventText.cleanTitle(t.string(q)).name
            if !title.isEmpty, title.unicodeScalars.count <= 40 { return title }
        }
        return (t.subjects(in: sr, before: i) + t.hosts(in: sr)).first?.canonical
    }

    /// The trigger ends a word: what follows is not Hangul, or is a particle or a 하다 form.
    private func endsWord(_ trig: EventTrigger, at i: Int, end: Int, _ t: EventText) -> Bool {
        if let next = t.scalar(at: end), EventText.isHangul(next.value), !EventWords.followers.contains(next.value) { return false }
        if trig.bytes == Self.hoeuiBytes, let prev = t.scalar(before: i),
           EventWords.beforeHoeuiParticle.contains(prev.value) || (prev.value >= 0x30 && prev.value <= 0x39) { return false }
        if trig.type == .announcement || trig.type == .visit {
            // 발표/방문 as nouns before another noun (발표자료, 방문객) are not the act.
            if let next = t.scalar(at: end), EventText.isHangul(next.value),
               !"하해했한할함차".unicodeScalars.contains(where: { $0.value == next.value }), !"을를은는도".unicodeScalars.contains(where: { $0.value == next.value }) {
                return false
            }
        }
        return true
    }

    /// `'탄소중립 산업·에너지 R&D전략'을 발표`: the quoted object of 발표.
    private func quoteBeforeObject(_ i: Int, _ sr: SourceRange, _ t: EventText) -> SourceRange? {
        var k = i
        while k > sr.lowerBound, t.b[k - 1] == 0x20 { k -= 1 }
        // `X를 방문`, and `X에 방문` (`농산물 가공시설에 방문해`).
        if let s = t.scalar(before: k), "을를에".unicodeScalars.contains(where: { $0.value == s.value }) { k = s.start }
        return t.quoteEnding(before: k, in: sr)
    }

    /// The event a bare trigger refers to: same date as the sentence's date, or (with 이번/이날)
    /// the document's date, among events with the same trigger word, else the same type, else any.
    private func resolveReference(trigger: EventTrigger, generic: Bool, sentence si: Int, demonstrative: Bool, thisOccasion: Bool = false,
                                  ownDate: DateMention?, freeDate: DateMention?, _ w: EventWorkspace) -> Int? {
        let t = w.text
        let sameWord = w.events.indices.filter { !generic && (w.events[$0].trigger.isSameText(trigger.word) || w.events[$0].aliases.containsSameText(trigger.word)) }
        let sameType = w.events.indices.filter { !generic && w.events[$0].type == trigger.type }
        let all = Array(w.events.indices)
        // The date of the word's own clause (`… 이후, 4.20(월) … 사전협상을`), else one that belongs to no
        // other event word: `이번 회의는 2017년 … 개최된 1차 회의 이후 …` is not about 2017.
        let sentenceDate = (ownDate ?? freeDate)?.value.value
        for pool in [sameWord, sameType, generic ? all : []] where !pool.isEmpty {
            if let d = sentenceDate, let e = pool.first(where: { w.events[$0].date?.value.value == d }) { return e }
            if demonstrative || sentenceDate == nil, let d = t.documentDate?.value, let e = pool.first(where: { w.events[$0].date?.value.value == d }) { return e }
            // `이번 회의에는 …` after recalled background (`지난 3월 … 제5차 회의에서`): "this" meeting is the
            // release's own, the first of the pool within a month of the release, not the last one named.
            // A date of something else in the sentence (`2024년까지 협약 마련`) does not change that.
            if thisOccasion, let e = Self.releaseEvent(in: pool, t, w) { return e }
            if sentenceDate == nil, let current = w.currentEvent(at: si), pool.contains(current) { return current }
            if sentenceDate == nil { return pool.first }
        }
        return nil
    }

    static let thisWords: [[UInt8]] = ["이번", "금번"].map { Array($0.utf8) }

    /// The word right before the trigger at `i` is 이번 or 금번 ("this", not "that day" or "the said").
    static func followsThis(_ i: Int, _ sr: SourceRange, _ t: EventText) -> Bool {
        var k = i
        while k > sr.lowerBound, t.b[k - 1] == 0x20 { k -= 1 }
        return k - 6 >= sr.lowerBound && k < i && thisWords.contains { t.matches($0, at: k - 6) }
    }

    /// The first event of `pool` dated within 31 days of the release (the release's own occasion).
    static func releaseEvent(in pool: [Int], _ t: EventText, _ w: EventWorkspace) -> Int? {
        guard let doc = t.documentDate?.value.flatMap(ISODate.parse), let dm = doc.month, let dd = doc.day else { return nil }
        let docDay = CalendarMath.dayNumber(doc.year, dm, dd)
        return pool.first { e in
            guard let v = w.events[e].date?.value.value, let d = ISODate.parse(v), let m = d.month, let day = d.day else { return false }
            return abs(CalendarMath.dayNumber(d.year, m, day) - docDay) <= 31
        }
    }

    /// Creates (or merges into) a named event when the sentence supports it.
    private func create(name: String, aliases: [String], trigger: EventTrigger, start: Int, nameRange: SourceRange,
                        sentence si: Int, hits: [Hit], spans: [TriggerSpan], preferredDate: DateMention? = nil, _ w: inout EventWorkspace) -> Int? {
        let t = w.text
        let sr = t.sentences[si].range
        let sentenceDates = t.dates(in: sr)
        guard t.containsAny(EventCues.eventVerbs, in: sr) || !sentenceDates.isEmpty else { return nil }
        guard let date = preferredDate ?? pickDate(start: start, name: nameRange, sentence: si, hits: hits, spans: spans, w) else { return nil }
        // `한-덴마크 과기공동위는 2012년 … 양해각서를 근거로 추진되는 협의체로`: a body described, with
        // dates of other things after it; only a verb of holding makes it a happening.
        if preferredDate == nil, date.range.lowerBound >= nameRange.upperBound, !t.containsAny(EventCues.eventVerbs, in: sr) { return nil }
        // `2010년부터 통일부가 개최하고 있는 … 국제회의`: the start of a series, not one meeting.
        // A day is the first of a meeting of several (`6.22(목)부터 파리에서 개최되는 … 정상회담`).
        if date.value.end == nil, date.value.precision != .day, t.matches(Self.fromBytes, at: date.range.upperBound),
           !t.containsAny(EventCues.rangeEnds, in: sr) { return nil }
        var modality = EventModality.happened
        if t.containsAny(EventCues.negatedCues, in: sr) { modality = .negated }
        else if date.tense != .past, !isBeforeDocument(date, t),
                t.containsAny(EventCues.plannedCues, in: sr) || date.tense == .future || isAfterDocument(date, t) {
            // A plan is for later: a date before the document's is something that happened.
            modality = .planned
        }
        if modality == .planned, date.value.precision == .year || date.value.precision == nil { return nil }
        var d = EventDraft(name: name, type: trigger.type, trigger: trigger.word, date: date, modality: modality)
        d.aliases = Set(aliases)
        if let o = EventText.ordinal(of: name) { d.ordinal = o.ordinal; d.series = o.series; d.aliases.insert(o.series) }
        if t.containsAny(EventCues.onlineWords, in: sr) { d.location = "online" }
        else { d.location = t.place(before: nameRange.lowerBound, in: sr, excluding: nameRange) ?? visitedPlace(sr, t) }
        d.evidence = [t.evidence(nameRange, sentence: si, rule: self.name)]
        let id = d.id
        // `2022년 아세안+3 … 포럼` and `아세안+3 … 포럼` on the same day are one event.
        let plain = Self.withoutEditionYear(name)
        if let existing = w.events.firstIndex(where: { $0.id == id || ($0.date?.value.value == date.value.value && date.value.value != nil
                                                         && (Self.withoutEditionYear($0.name) == plain || Self.sameWithoutSpaces($0.name, name)) && $0.name != name) }) {
            if w.events[existing].name != name { w.events[existing].aliases.insert(name) }
            w.events[existing].aliases.formUnion(d.aliases)
            if w.events[existing].location == nil { w.events[existing].location = d.location }
            w.refer(sentence: si, event: existing)
            return existing
        }
        w.events.append(d)
        let e = w.events.count - 1
        w.refer(sentence: si, event: e)
        if t.containsAny(EventCues.hostingVerbs, in: sr) {
            for m in t.subjects(in: sr, before: nameRange.lowerBound) { w.addOrganiser(m, to: e) }
        }
        for m in t.hosts(in: sr) { w.addOrganiser(m, to: e) }
        return e
    }

    /// `2022년 아세안+3 직업능력개발 포럼이 11월 10일부터 …`: a year standing right before a name is
    /// its edition, part of the name, when the sentence dates the event more precisely elsewhere
    /// (`2019년 한-메콩 정상회의` alone is dated by its year).
    private func editionYear(before start: Int, in sr: SourceRange, _ t: EventText) -> SourceRange? {
        guard start - 1 > sr.lowerBound, t.b[start - 1] == 0x20 else { return nil }
        let end = start - 1
        var ws = end
        while let s = t.scalar(before: ws), s.start >= sr.lowerBound, s.value != 0x20 { ws = s.start }
        guard ws < end, ws == sr.lowerBound || t.b[ws - 1] == 0x20 else { return nil }
        let r = SourceRange(ws, end)
        guard EventText.isEditionYear(t.string(r)), t.dateIndex.anyOverlaps(r) else { return nil }
        let precise = t.dates(in: sr).contains { !r.contains($0.range) && ($0.value.precision == .day || $0.value.precision == .month) }
        return precise ? r : nil
    }

    /// The name without a leading edition year (`2022년 `, `2021 `).
    static func withoutEditionYear(_ name: String) -> String {
        // An edition year opens with a digit: other names (nearly all) are refused on their first byte.
        guard let c = name.utf8.first, c >= 0x30, c <= 0x39 else { return name }
        guard let space = name.firstIndex(of: " "), EventText.isEditionYear(String(name[..<space])) else { return name }
        return String(name[name.index(after: space)...])
    }

    private func isBeforeDocument(_ d: DateMention, _ t: EventText) -> Bool {
        guard let v = d.value.value, let doc = t.documentDate?.value else { return false }
        return v < String(doc.prefix(v.count))
    }

    private func isAfterDocument(_ d: DateMention, _ t: EventText) -> Bool {
        guard let v = d.value.value, let doc = t.documentDate?.value, let p = ISODate.parse(v), let q = ISODate.parse(doc),
              let pm = p.month, let qm = q.month else { return false }
        let a = CalendarMath.dayNumber(p.year, pm, p.day ?? ISODate.daysInMonth(p.year, pm))
        let b = CalendarMath.dayNumber(q.year, qm, q.day ?? 1)
        return p.day != nil ? a > b + DateRecognizer.pastGraceDays : a > b + 31
    }

    /// The sentence's most precise date before the trigger (the nearest of those), else after
    /// it, else an event of the same sentence (`현판식과 함께`), else the last date earlier in the
    /// paragraph. A year inside the name (`2021년 직업능력의 달 기념식`) is part of the name.
    private func pickDate(start: Int, name: SourceRange, sentence si: Int, hits: [Hit], spans: [TriggerSpan], _ w: EventWorkspace) -> DateMention? {
        let t = w.text
        var inSentence = t.dates(in: t.sentences[si].range).filter { !name.contains($0.range) }
        func rank(_ d: DateMention) -> Int {
            switch d.value.precision { case .day?: return 3; case .month?: return 2; case .year?: return 1; case nil: return 2 }
        }
        // `9.9.(월) 오후 … 회담`: a date that opens another event's clause is that event's date.
        let owners = inSentence.map { Self.owner(of: $0, spans, t) }
        let own = zip(inSentence, owners).filter { $0.1 == start }.map(\.0)
        if !own.isEmpty { inSentence = own } else { inSentence = zip(inSentence, owners).filter { ($0.1 ?? start) <= start }.map(\.0) }
        let before = inSentence.filter { $0.range.upperBound <= start }
        if let best = before.max(by: { (rank($0), $0.range.lowerBound) < (rank($1), $1.range.lowerBound) }) { return best }
        let after = inSentence.filter { $0.range.upperBound > start }
        if let best = after.max(by: { (rank($0), -$0.range.lowerBound) < (rank($1), -$1.range.lowerBound) }) { return best }
        if let h = hits.first, let d = w.events[h.event].date { return d }
        return t.lastDate(beforeSentence: si)
    }

    struct TriggerSpan { var start: Int; var end: Int }

    static let copulas = EventWords.copulas.map { Array($0.utf8) }
    static let organiserBytes = EventWords.organiserWords.map { Array($0.utf8) }
    static let fromBytes = Array("부터".utf8)
    static let hoeuiBytes = Array("회의".utf8)

    /// Every event word of the sentence (named or bare), in text order.
    private func triggerSpans(in sr: SourceRange, _ t: EventText) -> [TriggerSpan] {
        var out: [TriggerSpan] = []
        var next = sr.lowerBound
        while let (i, trigger, generic) = t.cues.eventTrigger(from: next), i < sr.upperBound {
            guard !generic, i + trigger.bytes.count <= sr.upperBound else { next = i + 1; continue }
            let end = i + trigger.bytes.count
            // `화상회의로 개최`: how the meeting was held names no event and owns no date.
            if endsWord(trigger, at: i, end: end, t), !Self.modePrefixes.contains(where: { $0.count <= i && t.matches($0, at: i - $0.count) }) {
                out.append(TriggerSpan(start: i, end: end))
            }
            next = end
        }
        return out
    }

    /// The trigger a date belongs to: the next event word when nothing closes the clause in
    /// between (`9.9.(월) 오후 한-라트비아 외교장관 회담`), else the last one before it in the
    /// same clause (`2015년에 최초 개최되었으며 제7차 공동위는` → the earlier one), else none.
    static func owner(of d: DateMention, _ spans: [TriggerSpan], _ t: EventText) -> Int? {
        // `G7 외교·개발장관회의(12.11.-12., 리버풀)`: a date in the parenthesis glossing an event word is its own.
        if let p = spans.last(where: { $0.end <= d.range.lowerBound }), let g = t.parenthesis(at: p.end), g.content.contains(d.range) {
            return p.start
        }
        // `9.22.(수) 제76차 유엔총회 계기 … 외교장관회의`: the occasion (X 계기, X(…) 참석 계기) is not what the date is of.
        let next = spans.first { $0.start >= d.range.upperBound && !isOccasion($0, t) }
        if let n = next, !closesClause(from: d.range.upperBound, to: n.start, t) { return n.start }
        if let p = spans.last(where: { $0.end <= d.range.lowerBound }), !closesClause(from: p.end, to: d.range.lowerBound, t) { return p.start }
        return nil
    }

    static let occasion = Array(" 계기".utf8)
    /// Mode words glued to a meeting word (화상회의, 영상회의, 서면회의).
    static let modePrefixes = ["화상", "영상", "서면", "온라인", "비대면"].map { Array($0.utf8) }
    static let attendedOccasion = Array(" 참석 계기".utf8)

    /// The event word is followed by `계기`, or by a gloss with a date of its own and then
    /// `계기` or `참석 계기` (an occasion without a date keeps the date before it: it was on then too).
    static func isOccasion(_ s: TriggerSpan, _ t: EventText) -> Bool {
        if t.matches(occasion, at: s.end) { return true }
        guard let g = t.parenthesis(at: s.end), !t.dates(in: g.content).isEmpty else { return false }
        return t.matches(occasion, at: g.end) || t.matches(attendedOccasion, at: g.end)
    }

    /// A connective verb ending (`…되었으며 `, `…하고 `) between two offsets.
    private static func closesClause(from a: Int, to b: Int, _ t: EventText) -> Bool {
        var k = a
        while k < b, let s = t.scalar(at: k) {
            if s.value == 0xBA70 /* 며 */ || s.value == 0xACE0 /* 고 */, s.end < t.b.count, t.b[s.end] == 0x20 || t.b[s.end] == 0x2C { return true }
            k = s.end
        }
        return false
    }

    /// `미국 워싱턴 DC를 방문해` with a date and no other event in the sentence: a visit.
    private func createVisit(_ start: Int, _ end: Int, sentence si: Int, spans: [TriggerSpan], _ w: inout EventWorkspace) -> Int? {
        let t = w.text
        let sr = t.sentences[si].range
        guard !t.dates(in: sr).isEmpty else { return nil }
        var k = start
        while k > sr.lowerBound, t.b[k - 1] == 0x20 { k -= 1 }
        // `X를 방문`, and `X에 방문` (`농산물 가공시설에 방문해`).
        if let s = t.scalar(before: k), "을를에".unicodeScalars.contains(where: { $0.value == s.value }) { k = s.start }
        guard let place = t.placePhrase(endingAt: k, in: sr) ?? countryBefore(k, sr, t) else { return nil }
        let trigger = EventTrigger("방문", .visit)
        guard let e = create(name: place + " 방문", aliases: [], trigger: trigger, start: start, nameRange: SourceRange(k, end),
                             sentence: si, hits: [], spans: spans, &w) else { return nil }
        w.events[e].location = w.events[e].location ?? place
        return e
    }

    /// `미국 워싱턴 DC를 방문해 … 회담을 개최`: the place visited is where the event was.
    private func visitedPlace(_ sr: SourceRange, _ t: EventText) -> String? {
        for word in EventCues.visitMarkers {
            if let k = t.find(word, in: sr) { return t.placePhrase(endingAt: k, in: sr) }
        }
        return nil
    }

    private func countryBefore(_ k: Int, _ sr: SourceRange, _ t: EventText) -> String? {
        t.mentions(in: SourceRange(sr.lowerBound, k)).last { $0.kind == .country && k - $0.range.upperBound <= 1 }?.canonical
    }

    /// People and bodies of the sentence take part in the event whose trigger is nearest;
    /// in a sentence that only refers back to an event, only when it says they attended or spoke.
    private func assignRoles(sentence si: Int, hits: [Hit], _ w: inout EventWorkspace) {
        guard !hits.isEmpty else { return }
        let t = w.text
        let sr = t.sentences[si].range
        let attended = t.containsAny(EventCues.attendedOrSpoke, in: sr)
        for m in t.mentions(in: sr) where !(m.kind == .person && t.isAppositive(m)) {
            let nearest = hits.min { abs($0.triggerStart - m.range.lowerBound) < abs($1.triggerStart - m.range.lowerBound) }
            guard let h = nearest, h.created || attended else { continue }
            w.addParticipant(m, to: h.event)
        }
    }
}
