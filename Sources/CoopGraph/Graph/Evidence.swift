/// Where a node or edge came from: document, span, sentence and the rule that produced it.
public struct Evidence: Sendable, Hashable, Codable, Comparable {
    /// ``Document/id`` of the document.
    public var document: String
    /// UTF-8 byte range in the document's source (the file as read).
    public var span: SourceRange
    /// The sentence the fact was read from.
    public var sentence: String
    /// The name of the rule that produced the fact (for example `gazetteer.country`).
    public var rule: String

    public init(document: String, span: SourceRange, sentence: String, rule: String) {
        self.document = document
        self.span = span
        self.sentence = sentence
        self.rule = rule
    }

    public static func < (a: Evidence, b: Evidence) -> Bool {
        (a.document, a.span.lowerBound, a.span.upperBound, a.rule) < (b.document, b.span.lowerBound, b.span.upperBound, b.rule)
    }
}
