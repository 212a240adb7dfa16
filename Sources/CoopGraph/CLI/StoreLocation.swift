import Foundation

/// Where the store file is: `--store PATH`, else `$COOPGRAPH_STORE`, else `./coopgraph.sqlite`.
///
/// Relative paths resolve against ``CommandIO/currentDirectory``.
public enum StoreLocation {
    public static let defaultName = "coopgraph.sqlite"
    public static let environmentVariable = "COOPGRAPH_STORE"

    public static func path(option: String?, io: CommandIO) -> String {
        let given = option ?? io.environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 } ?? defaultName
        if given.hasPrefix("/") { return given }
        return (io.currentDirectory as NSString).appendingPathComponent(given)
    }
}
