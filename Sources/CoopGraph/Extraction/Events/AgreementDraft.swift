/// An agreement being assembled by the rules, before it becomes a ``Node`` and its edges.
struct AgreementDraft: Sendable {
    /// The name makes the ID, so it is fixed and the ID is worked out once (emitting an
    /// agreement asks for it once per event and per edge).
    let name: String
    var aliases: Set<String> = []
    var kind: AgreementKind
    var date: DateMention?
    /// Set when the date came from a launch or signing statement, which outranks a nearby date.
    var dateIsFirm = false
    var status: AgreementStatus?
    var parties = NodeIDTable<Mention>()
    var members = NodeIDTable<Mention>()
    /// Countries of a bilateral name (한-몽골) with no mention in the document, by canonical name.
    var countries: Set<String> = []
    /// Chairs by node ID: the mention and the term (`from`, `to`, ISO, either may be nil).
    var chairs = NodeIDTable<(mention: Mention, from: String?, to: String?)>()
    /// Indices of the sentences that name it, for rules that refer back to it.
    var sentences: [Int]
    /// Body offset where the name starts in the first sentence that names it.
    var start = 0
    var evidence: [Evidence] = []

    let id: String

    init(name: String, kind: AgreementKind, date: DateMention?, status: AgreementStatus?, sentences: [Int]) {
        self.name = name
        self.kind = kind
        self.date = date
        self.status = status
        self.sentences = sentences
        self.id = NodeID.make(kind: .agreement, name: name)
    }

    func isNamed(_ s: String) -> Bool { s.isSameText(name) || aliases.containsSameText(s) }
}
