/// One sentence of a document's clean body.
public struct Sentence: Sendable, Hashable {
    /// UTF-8 byte range in the clean body text.
    public var range: SourceRange
    /// The sentence text, trimmed of bullets and surrounding white space.
    public var text: String

    public init(range: SourceRange, text: String) {
        self.range = range
        self.text = text
    }
}
