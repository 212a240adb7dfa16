/// Choices that change what an exporter writes.
public struct ExportOptions: Sendable, Hashable {
    /// Include evidence sentences on nodes and edges.
    public var evidence: Bool
    /// yEd label markup (GraphML only).
    public var yed: Bool

    public init(evidence: Bool = false, yed: Bool = false) {
        self.evidence = evidence
        self.yed = yed
    }
}
