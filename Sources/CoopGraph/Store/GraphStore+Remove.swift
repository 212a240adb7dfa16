import Foundation

extension GraphStore {
    /// Stored paths of the documents at `path` or anywhere below it, in path order.
    ///
    /// `path` is compared with stored paths as they were written by an ingest (absolute,
    /// standardised, see ``IngestPipeline/sources(for:currentDirectory:)``): a file's own path,
    /// or a folder's, which matches every document whose path continues with `/`. The file or
    /// folder need not exist any more. Copies made by `coopgraph bench` (`path#copyN`) match too.
    public func storedPaths(atOrUnder path: String) throws -> [String] {
        let folder = path.hasSuffix("/") ? path : path + "/"
        // substr, not LIKE: `%` and `_` are ordinary characters in file names.
        return try db.rows("""
            SELECT path FROM documents
            WHERE path = ?1 OR substr(path, 1, length(?1) + 1) = ?1 || '#'
               OR substr(path, 1, length(?2)) = ?2
            ORDER BY path
            """, [.text(path), .text(folder)]).map { $0.text(0) }
    }

    /// Stored paths of the documents whose file no longer exists, in path order.
    ///
    /// `exists` is asked for each stored file path (with any `#copyN` suffix removed); documents
    /// read from standard input have no file and are never listed.
    public func storedPathsWithoutFile(exists: (String) -> Bool) throws -> [String] {
        try db.rows("SELECT path FROM documents WHERE path NOT LIKE 'stdin:%' ORDER BY path").map { $0.text(0) }.filter { stored in
            let file = stored.range(of: "#", options: .backwards).map { String(stored[..<$0.lowerBound]) } ?? stored
            return !exists(file)
        }
    }

    /// Removes the documents stored under `paths` and every fact only they supported, in one transaction.
    ///
    /// Each document's mentions, sentences, aliases and properties go, then the nodes and edges
    /// no remaining document mentions (as when an ingest replaces a changed file). A stored
    /// duplicate of a removed document loses its original: it is listed in
    /// ``RemovalSummary/orphanedDuplicates`` and the next ingest of its file extracts it.
    /// Paths the store does not hold are ignored. With `dryRun`, nothing changes and the
    /// summary says what would have gone (its node and edge counts stay those of the store).
    public func remove(paths: [String], dryRun: Bool = false) throws -> RemovalSummary {
        try writeTransaction {
            var summary = RemovalSummary()
            summary.nodesBefore = try rowCount("nodes")
            summary.edgesBefore = try rowCount("edges")
            var ids: [Int64] = []
            for path in Set(paths).sorted() {
                guard let row = try db.rows("SELECT id FROM documents WHERE path = ?", [.text(path)]).first else { continue }
                ids.append(row.int(0))
                summary.removed.append(path)
            }
            let removing = Set(ids)
            for id in ids {
                let copies = try db.rows("SELECT id, path FROM documents WHERE duplicate_of = ? ORDER BY path", [.integer(id)])
                summary.orphanedDuplicates += copies.filter { !removing.contains($0.int(0)) }.map { $0.text(1) }
            }
            summary.orphanedDuplicates.sort()
            if !dryRun {
                for id in ids {
                    try purge(documentID: id)
                    // Foreign keys are off while writing (see writeTransaction): SET NULL by hand.
                    try db.run("UPDATE documents SET duplicate_of = NULL WHERE duplicate_of = ?", [.integer(id)])
                    try db.run("DELETE FROM documents WHERE id = ?", [.integer(id)])
                }
            }
            summary.nodesAfter = try rowCount("nodes")
            summary.edgesAfter = try rowCount("edges")
            return summary
        }
    }
}
