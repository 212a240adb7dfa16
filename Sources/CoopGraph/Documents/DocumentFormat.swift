/// The surface format of a press release file.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case plainText = "text"
    case html
    case markdown
}
