/// One extraction rule: finds mentions in a sentence and adds them to the context.
///
/// Rules run in the order of ``EntityRules/all``; a rule sees what earlier rules found in
/// the sentence (``ExtractionContext/mentions``) and in the document so far. `finish` runs
/// once per document after every sentence, for rules that need the whole document
/// (`양국`, `안 장관`).
public protocol EntityRule: Sendable {
    /// Provenance name recorded on mentions and evidence (`gazetteer`, `person.name-title`).
    var name: String { get }
    func apply(_ context: inout ExtractionContext)
    func finish(_ document: inout DocumentExtractionState, gazetteer: Gazetteer)
}

extension EntityRule {
    public func finish(_ document: inout DocumentExtractionState, gazetteer: Gazetteer) {}
}
