/// Runs every extraction rule over a document and returns its graph.
///
/// Placeholder: the extraction issues fill in the rules.
public struct Extractor: Sendable {
    public init() {}

    public func extract(_ document: Document) -> Graph {
        Graph()
    }
}
