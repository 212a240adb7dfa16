/// Where an agreement stands as the text tells it; the agreement's `status` property.
public enum AgreementStatus: String, Sendable, Hashable, Codable {
    case signed, negotiating
    case inForce = "in_force"
    case planned
}
