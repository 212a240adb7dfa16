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
        let empty = try db.transaction {
            guard try db.scalar("SELECT EXISTS (SELECT 1 FROM documents)")?.int == 0 else { return false }
            for index in StoreSchema.deferredIndexes { try db.exec("DROP INDEX IF EXISTS \(index.name)") }
            return true
        }
        if empty {
            try tuneForBulk(true)
            // Nothing is stored that the writer's memos could lack: it may insert every row
            // they do not know without a lookup. `data_version` read now, so that the first
            // transaction keeps them while no other connection has committed.
            if try db.scalar("SELECT NOT EXISTS (SELECT 1 FROM nodes) AND NOT EXISTS (SELECT 1 FROM edges) AND NOT EXISTS (SELECT 1 FROM aliases)")?.int == 1 {
                forgetWrittenRows()
                writtenVersion = try db.scalar("PRAGMA data_version")?.int
                writtenRowsComplete = true
            }
        }
        return empty
    }

    /// Rarer checkpoints and no syncs while loading; the defaults again afterwards.
    ///
    /// The page cache is held at 16 MB: a 64 MB one bought no speed and made peak memory grow
    /// with the store (176 → 230 MB from 1× to 4× the corpus, against 98 → 105 MB now).
    /// A checkpoint copies the WAL into the file and syncs both: with the default 1,000 pages,
    /// the pages appended at the end of each table are copied and synced again every few batches.
    /// Without syncs, a killed process still loses nothing committed (the operating system
    /// holds the writes); only a power cut during the load of the empty store may spoil it,
    /// and the load is then simply run again. The first checkpoint after the load syncs it all.
    private func tuneForBulk(_ on: Bool) throws {
        try db.exec(on ? "PRAGMA cache_size = -16384" : "PRAGMA cache_size = \(Self.cacheSize)")
        try db.exec(on ? "PRAGMA wal_autocheckpoint = 16384" : "PRAGMA wal_autocheckpoint = 1000")
        try db.exec(on ? "PRAGMA synchronous = OFF" : "PRAGMA synchronous = NORMAL")
        // No helper threads for the index build at the end (`PRAGMA threads` stays 0): over the
        // corpus, a second sorter thread made the build take 8.5 G instructions instead of 6.2 G
        // (0.9 against 0.67 CPU s) and, on a busy machine, longer too.
    }

    /// Builds every lookup index ``beginBulkLoad()`` dropped, in one transaction; a no-op when none is missing.
    public func finishBulkLoad() throws {
        // The indexes are sorted with the loading settings still on.
        defer { try? tuneForBulk(false) }
        guard try !missingIndexes().isEmpty else { return }
        // The load is over: the writer's memos of stored rows and name keys go, and the sort
        // reuses their memory instead of adding to it.
        writtenNodes = ByteStringIndex()
        writtenEdges = [:]
        aliasRowIDs = ByteStringIndex()
        writtenRowsComplete = false
        writtenVersion = nil
        nameKeyMemo = [:]
        // The sorter takes buffers of the cache's size, one per thread: with 16 MB, peak memory
        // grew with the store (40 → 60 MB for the sort of 1× → 2× the corpus); with 4 MB it
        // stays at 21 MB, and the sort takes less CPU, not more. The index pages are written in
        // order, so a small cache does not slow their writing.
        try db.exec("PRAGMA cache_size = \(Self.indexBuildCacheSize)")
        try db.transaction {
            for index in StoreSchema.deferredIndexes {
                try db.exec("CREATE INDEX IF NOT EXISTS \(index.name) ON \(index.on)")
            }
        }
    }

    /// `PRAGMA cache_size` (negative: KiB) while ``finishBulkLoad()`` sorts, 4 MiB.
    static let indexBuildCacheSize = -4096

    /// Names of the deferred indexes the file lacks, in schema order.
    func missingIndexes() throws -> [String] {
        let present = Set(try db.rows("SELECT name FROM sqlite_master WHERE type = 'index'").map { $0.text(0) })
        return StoreSchema.deferredIndexes.map(\.name).filter { !present.contains($0) }
    }
}
