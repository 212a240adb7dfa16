/// Whether an event took place, is planned, or was called off; the `modality` property.
public enum EventModality: String, Sendable, Hashable, Codable {
    case happened, planned, negated
}
