/// An event being assembled by the rules, before it becomes a ``Node`` and its role edges.
struct EventDraft: Sendable {
    var name: String
    var aliases: Set<String> = []
    var type: EventType
    /// The trigger word it was found by (회의, 출범식), for references back to it.
    var trigger: String
    var date: DateMention?
    var modality: EventModality = .happened
    var location: String?
    var series: String?
    var ordinal: Int?
    /// Participants and organisers by node ID, with the mention that names them.
    var participants: [String: Mention] = [:]
    var organisers: [String: Mention] = [:]
    /// Countries of a bilateral name (한-일) found without a mention, by canonical name.
    var countries: Set<String> = []
    /// Agreements this event is the signing (or launch) of, by node ID.
    var agreements: Set<String> = []
    var evidence: [Evidence] = []

    var id: String {
        "event:" + (date?.value.value ?? "undated") + ":" + NodeID.fold(name)
    }
}
