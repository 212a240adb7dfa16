/// What kind of happening an event is; the value of the `event_type` property.
public enum EventType: String, Sendable, Hashable, Codable, CaseIterable {
    case meeting, seminar, launch, signing, visit, announcement
}
