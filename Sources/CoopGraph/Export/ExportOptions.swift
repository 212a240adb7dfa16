/// Choices that change what an exporter writes.
///
/// Where output goes is not an option: a single-stream format writes through its `write`
/// closure, a multi-file one through ``MultiFileGraphExporter/exportFiles(_:options:write:)``,
/// and ``ExportDestination`` puts either on disk.
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
