/// An event being assembled by the rules, before it becomes a ``Node`` and its role edges.
struct EventDraft: Sendable {
    /// Name and date make the ID, so they are fixed and the ID is worked out once.
    let name: String
    var aliases: Set<String> = []
    var type: EventType
    /// The trigger word it was found by (회의, 출범식), for references back to it.
    var trigger: String
    let date: DateMention?
    var modality: EventModality
    var location: String?
    var series: String?
    var ordinal: Int?
    /// Participants and organisers by node ID, with the mention that names them.
    var participants = NodeIDTable<Mention>()
    var organisers = NodeIDTable<Mention>()
    /// Countries of a bilateral name (한-일) found without a mention, by canonical name.
    var countries: Set<String> = []
    /// Agreements this event is the signing (or launch) of, by node ID.
    var agreements: Set<String> = []
    var evidence: [Evidence] = []

    let id: String

    /// Adds a participant unless it already organises the event or takes part, in place
    /// (``EventWorkspace/addParticipant(_:to:)`` calls it through the array's element, so
    /// the draft is not copied), hashing the ID once for the participants.
    mutating func addParticipant(_ m: Mention, id: String) {
        if !organisers.isEmpty, organisers[id] != nil { return }
        // Room for a sentence's people at the first: growing key by key rehashed every ID.
        if participants.isEmpty { participants.reserveCapacity(8) }
        // Inserts `m` only when the ID is new: the stored mention stays the first one.
        Self.touch(&participants[id, default: m])
    }

    private static func touch(_ m: inout Mention) {}

    init(name: String, type: EventType, trigger: String, date: DateMention?, modality: EventModality = .happened) {
        self.name = name
        self.type = type
        self.trigger = trigger
        self.date = date
        self.modality = modality
        // `event:<date>:<name>` in one buffer (``Swift/String/joining(_:_:_:separator:)``).
        self.id = String.joining("event", date?.value.value ?? "undated", NodeID.fold(name), separator: 0x3A)
    }
}
