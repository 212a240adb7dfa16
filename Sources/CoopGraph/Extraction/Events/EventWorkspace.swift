/// What the event and agreement rules share: the prepared text and the drafts built so far.
struct EventWorkspace: Sendable {
    let text: EventText
    var events: [EventDraft] = []
    var agreements: [AgreementDraft] = []
    /// (sentence, event index) for every sentence that names or refers to an event, in order.
    var references: [(sentence: Int, event: Int)] = []

    init(text: EventText) { self.text = text }

    /// Names and aliases compared on bytes (``Swift/String/isSameText(_:)``), not hashed: a
    /// document has a few drafts, and a normalising hash of `name` per draft cost more.
    /// Walks the indices and reads fields in place: `firstIndex(where:)` handed the closure a
    /// copy of each draft (a retain and a release of every string and table in it).
    func eventIndex(named name: String) -> Int? {
        guard !events.isEmpty else { return nil }
        let probe = SameTextProbe(name)
        for k in events.indices where probe.matches(events[k].name) || probe.isIn(events[k].aliases) { return k }
        return nil
    }

    func agreementIndex(named name: String) -> Int? {
        guard !agreements.isEmpty else { return nil }
        let probe = SameTextProbe(name)
        for k in agreements.indices where probe.matches(agreements[k].name) || probe.isIn(agreements[k].aliases) { return k }
        return nil
    }

    /// The event the text is talking about at sentence `s`: the last one named or referred to
    /// by a sentence that is not a note, at or before `s`.
    func currentEvent(at s: Int) -> Int? {
        references.last { $0.sentence <= s && !text.sentences[$0.sentence].isNote }?.event
    }

    mutating func refer(sentence: Int, event: Int) {
        if let last = references.last, last.sentence == sentence, last.event == event { return }
        references.append((sentence, event))
    }

    /// Adds a participant unless it already organises the event.
    mutating func addParticipant(_ m: Mention, to e: Int) {
        events[e].addParticipant(m, id: m.nodeID)
    }

    mutating func addOrganiser(_ m: Mention, to e: Int) {
        let id = m.nodeID
        events[e].participants[id] = nil
        events[e].organisers[id] = m
    }
}
