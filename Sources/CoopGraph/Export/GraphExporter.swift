/// Writes a graph in one file format.
///
/// Add a format by writing one type that conforms and listing it in ``Exporters/all``.
/// Output must be deterministic: the same graph gives the same bytes. Exporters write nodes
/// and edges in id order and leave out edges whose ends are not nodes of the graph (see
/// `Graph.edgesInIDOrder`).
public protocol GraphExporter: Sendable {
    /// The `--format` name (`graphml`, `json` …).
    static var format: String { get }
    /// The usual file extension, without the dot.
    static var fileExtension: String { get }
    init()
    /// Writes the whole graph, calling `write` with consecutive pieces of output.
    func export(_ graph: Graph, options: ExportOptions, write: (String) -> Void)
}
