/// One input of an ingest: a file found under the given paths, or standard input.
public struct IngestSource: Sendable, Hashable {
    /// The path as shown to the user (`-` for standard input).
    public var displayPath: String
    /// The absolute, standardized path; nil for standard input.
    public var absolutePath: String?

    public init(displayPath: String, absolutePath: String?) {
        self.displayPath = displayPath
        self.absolutePath = absolutePath
    }

    public static let standardInput = IngestSource(displayPath: "-", absolutePath: nil)
}
