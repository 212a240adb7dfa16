/// The sort of agreement, from the word that names it; the `agreement_kind` property.
public enum AgreementKind: String, Sendable, Hashable, Codable {
    case mou, contract, partnership, agreement, fta, treaty, arrangement
}
