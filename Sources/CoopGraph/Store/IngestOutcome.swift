/// What the store did with one document.
public enum IngestOutcome: Sendable, Hashable {
    /// A new document: its facts were added.
    case added
    /// The same path with new content: its earlier facts were replaced by the new ones.
    case replaced
    /// Same path, same content hash: nothing to do.
    case unchanged
    /// Same content as an already stored document (named): recorded, not extracted again.
    case duplicate(of: String)
    /// An attachment stub with no body: recorded, nothing extracted.
    case stub
    /// The store needs this document's graph, but the item came without one.
    case needsExtraction
}
