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
        + StateVisitRule.nouns.map { String(decoding: $0.word, as: UTF8.self) }

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

    static let eventVerbs = CueList(EventWords.eventVerbs)
    static let plannedCues = CueList(EventWords.plannedCues)
    static let negatedCues = CueList(EventWords.negatedCues)
    static let attendedOrSpoke = CueList(EventWords.attendanceVerbs + EventWords.speechCues)
    static let speechCues = CueList(EventWords.speechCues)
    static let attendeeLabels = CueList(EventWords.attendeeLabels)
    static let attendedVerbs = CueList(EventWords.attendedVerbs)
    static let onlineWords = CueList(EventWords.onlineWords)
    static let hostingVerbs = CueList(EventWords.hostingVerbs)
    static let signingVerbs = CueList(EventWords.signingVerbs)
    static let ongoingMembership = CueList(EventWords.ongoingMembership)
    static let rangeEnds = CueList(EventWords.rangeEnds)
    static let agreementPlanned = CueList(EventWords.agreementPlanned)
    static let agreementSigned = CueList(EventWords.agreementSigned)
    static let agreementNegotiating = CueList(EventWords.agreementNegotiating)
    static let agreementInForce = CueList(EventWords.agreementInForce)
    static let agreementVerbs = CueList(EventWords.agreementVerbs)
    static let membershipCues = CueList(EventWords.membershipCues)
    static let chairCues = CueList(EventWords.chairCues)
    static let bothSides = CueList(EventWords.bothSides)
    static let memberWords = CueList(EventWords.memberWords)
    /// One-word lists for ``EventText/find(_:in:)-(CueList,_)`` (trigger words are in the table too).
    static let ceremonies = SigningCeremonyRule.words.map { CueList([$0]) }
    static let launchWord = CueList([EventWords.launchWord])
    static let organiserWords = EventWords.organiserWords.map { CueList([$0]) }
    static let placeMarker = CueList([EventWords.placeMarker])
    static let visitMarkers = EventWords.visitMarkers.map { CueList([$0]) }
}
