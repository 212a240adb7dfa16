/// Choices that change what an exporter writes.
public struct ExportOptions: Sendable, Hashable {
    /// Include evidence sentences on nodes and edges.
    public var evidence: Bool
    /// yEd label markup (GraphML only).
    public var yed: Bool
    /// The folder a multi-file format (``MultiFileGraphExporter``, e.g. Neo4j CSV) writes
    /// into; used by ``ExportDestination``, ignored by single-stream exports.
    public var outputDirectory: String?

    public init(evidence: Bool = false, yed: Bool = false, outputDirectory: String? = nil) {
        self.evidence = evidence
        self.yed = yed
        self.outputDirectory = outputDirectory
    }
}
