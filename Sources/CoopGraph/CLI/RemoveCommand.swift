import Foundation

/// `coopgraph remove`: takes documents out of the store, with every fact only they supported.
public enum RemoveCommand: Command {
    public static let name = "remove"
    public static let abstract = "Remove stored documents (files, folders, or files gone from disk) and the facts only they gave."
    public static let help = """
    Usage: coopgraph remove [--missing] [--dry-run] [--store PATH] [PATH...]

    Removes from the store the documents ingested from each file PATH, or from anywhere under
    each folder PATH (the files need not exist any more), and with --missing every document
    whose file is gone from disk. Their mentions, sentences, aliases and properties go, and so
    do the entities, events, agreements and relations no remaining document mentions: the
    store is then as if those files had never been ingested. A stored duplicate of a removed
    document is listed; ingest it again to extract it. Everything is one transaction.

    Prints the removed paths (relative to the current folder when under it) and a summary
    (documents removed; node and edge totals with their change). A PATH the store holds no
    document for is reported on standard error, and makes the exit status 1; the other paths
    are still removed.

    Options:
      --missing     also remove every document whose file no longer exists
      --dry-run     list what would be removed; change nothing
      --store PATH  the store file (default: $COOPGRAPH_STORE, else ./coopgraph.sqlite)

    """

    public static func run(_ arguments: [String], io: CommandIO) throws -> Int32 {
        let args = try ArgumentScanner(arguments, spec: .init(flags: ["--missing", "--dry-run"], options: ["--store"]), command: name)
        guard !args.positionals.isEmpty || args.flag("--missing") else {
            throw CoopGraphError.usage("coopgraph remove: give a file or folder, or --missing; see `coopgraph help remove`")
        }
        let storePath = StoreLocation.path(option: args.value("--store"), io: io)
        // Opened for reading first: a missing store is an error here, not a new empty store.
        _ = try GraphStore(path: storePath, access: .read)
        let store = try GraphStore(path: storePath, access: .write)
        var paths: [String] = []
        var unmatched: [String] = []
        for given in args.positionals {
            let found = try store.storedPaths(atOrUnder: IngestPipeline.storedPath(of: given, currentDirectory: io.currentDirectory))
            if found.isEmpty { unmatched.append(given) }
            paths += found
        }
        if args.flag("--missing") {
            paths += try store.storedPathsWithoutFile { FileManager.default.fileExists(atPath: $0) }
        }
        let dryRun = args.flag("--dry-run")
        let summary = try store.remove(paths: paths, dryRun: dryRun)
        for path in unmatched { io.err("coopgraph remove: \(path): no stored document at or under this path\n") }
        // Stored paths are absolute; under the current folder they are shown as the user would type them.
        let here = IngestPipeline.storedPath(of: ".", currentDirectory: io.currentDirectory)
        let prefix = here.hasSuffix("/") ? here : here + "/"
        func shown(_ path: String) -> String { path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path }
        for path in summary.removed { io.out(shown(path) + "\n") }
        var shownSummary = summary
        shownSummary.orphanedDuplicates = summary.orphanedDuplicates.map(shown)
        for line in shownSummary.lines(dryRun: dryRun) { io.out(line + "\n") }
        return unmatched.isEmpty ? 0 : CoopGraphCLI.exitFailure
    }
}
