/// The sort of agreement, from the word that names it; the `agreement_kind` property.
public enum AgreementKind: String, Sendable, Hashable, Codable {
    case mou, contract, partnership, agreement, fta, treaty, arrangement
    /// 공동성명(서), 공동선언(문): a signed statement of both sides.
    case jointStatement = "joint_statement"
    /// 선언(문) under a quoted title (`「워싱턴 선언」`): a declaration of one or more states.
    case declaration
}
