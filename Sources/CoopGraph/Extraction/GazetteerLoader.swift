import Foundation

/// Loads gazetteer files: the bundled ones and any from a user's `--rules DIR` folder.
///
/// Files are read in name order (bundled first), so the result is deterministic. Only
/// `*.tsv` files are read; anything else in a folder (a README) is skipped.
public enum GazetteerLoader {
    /// The folder of bundled gazetteers (`Resources/gazetteers`, copied as a folder).
    public static var bundledDirectory: URL? {
        Bundle.module.url(forResource: "gazetteers", withExtension: nil)
    }

    /// Parses every `*.tsv` file in a folder, in name order.
    public static func loadDirectory(_ url: URL) throws -> [GazetteerFile] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue else {
            throw CoopGraphError.unreadable(path: url.path, reason: "not a folder of gazetteer files")
        }
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".tsv") }.sorted()
        } catch {
            throw CoopGraphError.unreadable(path: url.path, reason: "cannot list the folder: \(error.localizedDescription)")
        }
        return try names.map { try loadFile(url.appendingPathComponent($0)) }
    }

    /// Parses one file.
    public static func loadFile(_ url: URL) throws -> GazetteerFile {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CoopGraphError.unreadable(path: url.path, reason: "no such file or not readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CoopGraphError.invalidRules(path: url.path, line: 1, reason: "not UTF-8 text")
        }
        return try GazetteerFile.parse(text, path: url.path)
    }

    /// The bundled gazetteers plus, when given, the user's folder.
    public static func load(rulesDirectory: URL? = nil) throws -> Gazetteer {
        var files: [GazetteerFile] = []
        if let bundled = bundledDirectory { files += try loadDirectory(bundled) }
        if let rulesDirectory { files += try loadDirectory(rulesDirectory) }
        return Gazetteer(files: files)
    }
}
