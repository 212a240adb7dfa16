/// The registry of export formats.
public enum Exporters {
    /// Every exporter, one line each.
    public static let all: [any GraphExporter.Type] = [
        GraphMLExporter.self,
        JSONExporter.self,
        DOTExporter.self,
        GEXFExporter.self,
        Neo4jCSVExporter.self,
    ]

    /// The exporter whose ``GraphExporter/format`` is `format`, or nil.
    public static func named(_ format: String) -> (any GraphExporter.Type)? {
        all.first { $0.format == format }
    }

    /// The `--format` names, in registry order.
    public static var formats: [String] { all.map { $0.format } }
}
