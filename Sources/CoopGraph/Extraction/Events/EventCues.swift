/// The cue-word lists the event and agreement rules ask about, and one scanner over all
/// their words and the event and agreement triggers, run once per document (``CueHits``).
///
/// The words themselves live in ``EventWords``; a list a rule passes to
/// ``EventText/containsAny(_:in:)-(CueList,_)`` is a static let here, so it is turned into
/// pattern numbers once per process. A new list goes in `tables` and gets a let below.
enum EventCues {
    /// Every list whose words the scanner finds; the order fixes pattern numbers.
    static let tables: [[String]] = [
        EventWords.eventVerbs, EventWords.plannedCues, EventWords.negatedCues, EventWords.attendanceVerbs,
        EventWords.speechCues, EventWords.attendeeLabels, EventWords.attendedVerbs, EventWords.onlineWords,
        EventWords.hostingVerbs, EventWords.signingVerbs, EventWords.ongoingMembership, EventWords.rangeEnds,
        EventWords.agreementPlanned, EventWords.agreementSigned, EventWords.agreementNegotiating, EventWords.agreementInForce,
        EventWords.agreementVerbs, EventWords.membershipCues, EventWords.chairCues, EventWords.bothSides, EventWords.memberWords,
    ]

    /// The distinct words of `tables`, then those of the triggers, in first-seen order:
    /// pattern `i` is `words[i]`.
    static let words: [String] = {
        var seen: Set<String> = []
        var out: [String] = []
        let triggers = [EventTrigger.all.map(\.word), [EventTrigger.generic.word], AgreementTrigger.all.map(\.word)]
        for list in tables + triggers + [found] { for w in list where !w.isEmpty && seen.insert(w).inserted { out.append(w) } }
        return out
    }()

    /// Words only searched for (``EventText/find(_:in:)-(CueList,_)``), mentions or not.
    static let found: [String] = EventWords.organiserWords + [EventWords.placeMarker] + EventWords.visitMarkers
        + StateVisitRule.nouns.map { String(decoding: $0.word, as: UTF8.self) } + anchors.map { String(decoding: $0, as: UTF8.self) }

    /// The anchor words rules walk the whole body for (``EventText/forEachOccurrence(of:_:)``):
    /// found by the one scan, where each was a search of the body of its own.
    static let anchors: [[UInt8]] = MetPersonRule.verbs + [
        EachPairMeetingsRule.each, SeparateMeetingsRule.each, ElectionRule.elected,
        DepositRule.verb, QuotedTitleEventRule.close, LabelledAttendeeListRule.opening,
    ]

    /// Pattern numbers by the words' bytes, for the anchors' look-up.
    static let byteIndex: [[UInt8]: Int] = Dictionary(uniqueKeysWithValues: words.enumerated().map { (Array($1.utf8), $0) })

    static let index: [String: Int] = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) })
    /// Pattern `p` is a word of some cue list (its occurrences in mentions do not count).
    static let isCue: [Bool] = {
        let cues = Set(tables.joined())
        return words.map { cues.contains($0) }
    }()
    /// Pattern `p` is `EventTrigger.all[k]` (k), the generic 행사 (`genericTrigger`), or no event trigger (-1).
    static let eventTrigger: [Int32] = {
        var out = [Int32](repeating: -1, count: words.count)
        if let p = index[EventTrigger.generic.word] { out[p] = genericTrigger }
        for (k, t) in EventTrigger.all.enumerated() { if let p = index[t.word] { out[p] = Int32(k) } }
        return out
    }()
    static let genericTrigger = Int32(EventTrigger.all.count)
    /// Pattern `p` is `AgreementTrigger.all[k]` (k), or no agreement trigger (-1).
    static let agreementTrigger: [Int32] = {
        var out = [Int32](repeating: -1, count: words.count)
        for (k, t) in AgreementTrigger.all.enumerated() { if let p = index[t.word] { out[p] = Int32(k) } }
        return out
    }()
    static let lengths: [Int] = words.map(\.utf8.count)
    static let scanner = CueScanner(patterns: words.map { Array($0.utf8) })

    /// The lists the rules ask about per sentence and per candidate: ``CueHits`` keeps the
    /// occurrences of each one's words merged in text order. The list at `k` has slot `k`.
    static let slotted: [CueList] = [
        EventWords.eventVerbs, EventWords.plannedCues, EventWords.negatedCues, EventWords.attendanceVerbs + EventWords.speechCues,
        EventWords.speechCues, EventWords.attendeeLabels, EventWords.attendedVerbs, EventWords.onlineWords,
        EventWords.hostingVerbs, EventWords.signingVerbs, EventWords.ongoingMembership, EventWords.rangeEnds,
        EventWords.agreementPlanned, EventWords.agreementSigned, EventWords.agreementNegotiating, EventWords.agreementInForce,
        EventWords.agreementVerbs, EventWords.membershipCues, EventWords.chairCues, EventWords.bothSides, EventWords.memberWords,
    ].enumerated().map { CueList($1, slot: $0) }
    /// Bit `k` of `slotMask[p]`: pattern `p` is a word of `slotted[k]` (at most 64 lists).
    static let slotMask: [UInt64] = {
        var out = [UInt64](repeating: 0, count: words.count)
        for (k, list) in slotted.enumerated() where k < 64 { for p in list.patterns { out[p] |= 1 << UInt64(k) } }
        return out
    }()

    static let eventVerbs = slotted[0]
    static let plannedCues = slotted[1]
    static let negatedCues = slotted[2]
    static let attendedOrSpoke = slotted[3]
    static let speechCues = slotted[4]
    static let attendeeLabels = slotted[5]
    static let attendedVerbs = slotted[6]
    static let onlineWords = slotted[7]
    static let hostingVerbs = slotted[8]
    static let signingVerbs = slotted[9]
    static let ongoingMembership = slotted[10]
    static let rangeEnds = slotted[11]
    static let agreementPlanned = slotted[12]
    static let agreementSigned = slotted[13]
    static let agreementNegotiating = slotted[14]
    static let agreementInForce = slotted[15]
    static let agreementVerbs = slotted[16]
    static let membershipCues = slotted[17]
    static let chairCues = slotted[18]
    static let bothSides = slotted[19]
    static let memberWords = slotted[20]
    /// One-word lists for ``EventText/find(_:in:)-(CueList,_)`` (trigger words are in the table too).
    static let ceremonies = SigningCeremonyRule.words.map { CueList([$0]) }
    static let launchWord = CueList([EventWords.launchWord])
    static let organiserWords = EventWords.organiserWords.map { CueList([$0]) }
    static let placeMarker = CueList([EventWords.placeMarker])
    static let visitMarkers = EventWords.visitMarkers.map { CueList([$0]) }
}
