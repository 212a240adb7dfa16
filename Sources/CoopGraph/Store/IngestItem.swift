/// One document ready to be written to the store: identity, content hash, metadata and its graph.
public struct IngestItem: Sendable {
    /// Identity in the store: the absolute path, or `stdin:<hash prefix>` for standard input.
    public var key: String
    /// The name shown in query output (``Document/id``, the file name).
    public var name: String
    /// Lower-case hex SHA-256 of the bytes.
    public var contentHash: String
    public var metadata: DocumentMetadata
    public var isStub: Bool
    /// The extracted graph; nil when extraction was skipped because the store already held this content.
    public var graph: Graph?

    public init(key: String, name: String, contentHash: String, metadata: DocumentMetadata = DocumentMetadata(),
                isStub: Bool = false, graph: Graph?) {
        self.key = key
        self.name = name
        self.contentHash = contentHash
        self.metadata = metadata
        self.isStub = isStub
        self.graph = graph
    }
}
