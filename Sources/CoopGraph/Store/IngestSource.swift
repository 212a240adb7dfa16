/// One input of an ingest: a file found under the given paths, or standard input.
public struct IngestSource: Sendable, Hashable {
    /// The path as shown to the user (`-` for standard input).
    public var displayPath: String
    /// The absolute, standardized path; nil for standard input.
    public var absolutePath: String?
    /// Makes the same file a distinct document: appended to its store key and content hash.
    ///
    /// `coopgraph bench` ingests a corpus 2× and 4× this way, so that copies are extracted and
    /// written like new documents instead of being recorded as duplicates. Nil for real inputs.
    public var variant: String?

    public init(displayPath: String, absolutePath: String?, variant: String? = nil) {
        self.displayPath = displayPath
        self.absolutePath = absolutePath
        self.variant = variant
    }

    public static let standardInput = IngestSource(displayPath: "-", absolutePath: nil)
}
