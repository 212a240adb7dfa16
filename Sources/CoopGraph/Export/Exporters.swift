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

    public static func named(_ format: String) -> (any GraphExporter.Type)? {
        all.first { $0.format == format }
    }

    public static var formats: [String] { all.map { $0.format } }
}
