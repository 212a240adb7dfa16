import Foundation

extension IngestPipeline {
    /// Expands command-line paths into the files to ingest, in a deterministic order.
    ///
    /// A folder contributes every non-hidden regular file below it, sorted by name at each
    /// level; symbolic links are followed, but a folder already visited (a link loop) is not
    /// entered again. `-` is standard input. Paths that do not exist, and names that are not
    /// UTF-8 (which Foundation cannot open), are returned as failures.
    public static func sources(for paths: [String], currentDirectory: String) -> (sources: [IngestSource], failures: [IngestFailure]) {
        var sources: [IngestSource] = []
        var failures: [IngestFailure] = []
        var visited: Set<String> = []
        var seenStdin = false
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                if !seenStdin { sources.append(.standardInput) }
                seenStdin = true
                continue
            }
            let standardized = storedPath(of: path, currentDirectory: currentDirectory)
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: standardized, isDirectory: &isDirectory) else {
                failures.append(IngestFailure(path: path, reason: "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                walk(standardized, display: path, into: &sources, failures: &failures, visited: &visited)
            } else {
                sources.append(IngestSource(displayPath: path, absolutePath: standardized))
            }
        }
        return (sources, failures)
    }

    /// The path under which the store keeps a file given on the command line: absolute and
    /// standardised (`..`, `.`, `~` and doubled slashes resolved), as ingest and remove both need it.
    public static func storedPath(of path: String, currentDirectory: String) -> String {
        let absolute = path.hasPrefix("/") ? path : (currentDirectory as NSString).appendingPathComponent(path)
        return (absolute as NSString).standardizingPath
    }

    private static func walk(_ folder: String, display: String, into sources: inout [IngestSource],
                             failures: inout [IngestFailure], visited: inout Set<String>) {
        let fm = FileManager.default
        // realpath(3), not NSString.resolvingSymlinksInPath: on Linux the latter resolves a
        // relative link (a → ., b → ../DIR) against the wrong folder, so a loop looked new at
        // every level and the walk never ended.
        guard let real = realPath(folder), visited.insert(real).inserted else { return }
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            failures.append(IngestFailure(path: display, reason: "cannot list the folder: \(error.localizedDescription)"))
            return
        }
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            let shown = (display as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                // Foundation repairs a name that is not UTF-8 (U+FFFD), and the repaired path opens nothing.
                if name.unicodeScalars.contains("\u{FFFD}") {
                    failures.append(IngestFailure(path: shown, reason: "the file name is not valid UTF-8; rename the file to read it"))
                }
                continue  // otherwise a dangling link
            }
            if isDirectory.boolValue {
                walk(path, display: shown, into: &sources, failures: &failures, visited: &visited)
            } else {
                sources.append(IngestSource(displayPath: shown, absolutePath: path))
            }
        }
    }

    /// The canonical absolute path of an existing file or folder, every link resolved; nil when it cannot be resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
