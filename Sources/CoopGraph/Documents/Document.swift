/// A press release as read: its decoded source, its metadata and its cleaned body.
///
/// Produced by ``DocumentReader``. Spans of everything extracted from it are UTF-8 byte
/// ranges of `body.text`, mapped back to `source` through ``CleanText/sourceRange(for:)``.
public struct Document: Sendable, Hashable {
    /// Stable identifier: the file name as given (for standard input, `-`).
    public var id: String
    /// The path as the user gave it.
    public var path: String
    /// Lower-case hex SHA-256 of the file's bytes, for idempotent ingest.
    public var contentHash: String
    public var encoding: TextEncoding
    public var format: DocumentFormat
    /// The whole file decoded to UTF-8 (byte-order mark removed).
    public var source: String
    public var metadata: DocumentMetadata
    /// The body without site boilerplate, mapped back to `source`.
    public var body: CleanText
    /// Sentences of `body`, in order, as ranges of `body.text`.
    public var sentences: [Sentence]
    /// True when the body only points elsewhere (an attachment stub): nothing to extract.
    public var isStub: Bool

    public init(id: String, path: String, contentHash: String, encoding: TextEncoding, format: DocumentFormat,
                source: String, metadata: DocumentMetadata, body: CleanText, sentences: [Sentence], isStub: Bool) {
        self.id = id
        self.path = path
        self.contentHash = contentHash
        self.encoding = encoding
        self.format = format
        self.source = source
        self.metadata = metadata
        self.body = body
        self.sentences = sentences
        self.isStub = isStub
    }
}
