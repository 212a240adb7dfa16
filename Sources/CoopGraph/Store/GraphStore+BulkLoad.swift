extension GraphStore {
    /// Prepares an empty store for a large ingest: drops the lookup indexes listed in
    /// ``StoreSchema/deferredIndexes``, which ``finishBulkLoad()`` builds again.
    ///
    /// Keeping an index keyed by node or edge up to date costs a search and a page write per row,
    /// all over the file, in every batch; building it once from the finished table is a sort.
    /// Returns false and changes nothing when the store already holds a document: an
    /// incremental ingest writes few rows and its readers rely on the indexes. While the load
    /// runs, and when the process dies before ``finishBulkLoad()``, every query still answers
    /// correctly, only slower; the next open for writing (the re-run) builds the indexes again.
    public func beginBulkLoad() throws -> Bool {
        try db.transaction {
            guard try db.scalar("SELECT EXISTS (SELECT 1 FROM documents)")?.int == 0 else { return false }
            for index in StoreSchema.deferredIndexes { try db.exec("DROP INDEX IF EXISTS \(index.name)") }
            return true
        }
    }

    /// Builds every lookup index ``beginBulkLoad()`` dropped, in one transaction; a no-op when none is missing.
    public func finishBulkLoad() throws {
        guard try !missingIndexes().isEmpty else { return }
        try db.transaction {
            for index in StoreSchema.deferredIndexes {
                try db.exec("CREATE INDEX IF NOT EXISTS \(index.name) ON \(index.on)")
            }
        }
    }

    /// Names of the deferred indexes the file lacks, in schema order.
    func missingIndexes() throws -> [String] {
        let present = Set(try db.rows("SELECT name FROM sqlite_master WHERE type = 'index'").map { $0.text(0) })
        return StoreSchema.deferredIndexes.map(\.name).filter { !present.contains($0) }
    }
}
