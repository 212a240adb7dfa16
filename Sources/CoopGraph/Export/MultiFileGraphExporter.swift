/// A format that is several files (Neo4j CSV: `nodes.csv`, `relationships.csv`).
///
/// Besides the one-stream ``GraphExporter/export(_:options:write:)`` (which writes the
/// files one after another, for previews), it writes each file through `write(name, piece)`;
/// ``ExportDestination/write(_:with:options:to:)`` turns that into files in a folder
/// (`coopgraph extract --format csv -o DIR`).
public protocol MultiFileGraphExporter: GraphExporter {
    /// The file names written, in order.
    static var fileNames: [String] { get }
    /// Writes every file in ``fileNames`` order, calling `write` with the file name and
    /// consecutive pieces of that file.
    func exportFiles(_ graph: Graph, options: ExportOptions, write: (_ file: String, _ piece: String) -> Void)
}
