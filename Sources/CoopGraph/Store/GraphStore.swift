import Foundation

/// The persistent graph: documents, nodes, aliases, edges and the provenance of every fact, in SQLite.
///
/// Open with ``init(path:access:)``. A file that is not a CoopGraph store, or whose schema is
/// newer than this code, is rejected with ``CoopGraphError/store(path:reason:)`` before anything
/// is written to it: the header bytes are checked first, then the version on a read-only
/// connection. Writers run in WAL mode, so readers keep a consistent snapshot (``snapshot(_:)``)
/// while an ingest commits batches. One `GraphStore` is used by one thread at a time.
public final class GraphStore {
    /// What the caller means to do with the store.
    public enum Access: Sendable {
        /// Queries only: the file must exist; it is opened read-only when its schema is current.
        case read
        /// Ingest: the file is created when missing and migrated to the current schema.
        case write
    }

    /// `PRAGMA cache_size` of a writer (negative: KiB), 32 MiB.
    static let cacheSize = -32768

    /// The first 16 bytes of every SQLite 3 database file.
    public static let sqliteHeader: [UInt8] = Array("SQLite format 3".utf8) + [0]

    public let path: String
    let db: SQLiteDatabase
    /// ``NameKey``s computed by this store's writes: an ingest normalises the same few thousand
    /// names and aliases hundreds of thousands of times, and NFC plus lower-casing is not cheap.
    var nameKeyMemo: [UTF8Key: String] = [:]
    /// Row numbers of the nodes (by ID) and edges (by ends and relation) this connection has
    /// found or written, and of the `aliases` rows, so the documents after the first that name
    /// them skip the lookup.
    /// Kept from batch to batch while no other connection commits (``writtenVersion``); emptied
    /// when one has, when a transaction is rolled back, when a purge may delete rows, and when
    /// they grow past ``writtenLimit``.
    /// Nodes and aliases are found by their bytes (an alias under its node's row number as
    /// tag) in a ``ByteStringIndex``: `Hasher` over a Korean ID or alias cost several hundred
    /// instructions, and the writer asks once per node and alias of every document, and twice
    /// per edge.
    var writtenNodes = ByteStringIndex()
    var writtenEdges: [EdgeKey: Int64] = [:]
    var aliasRowIDs = ByteStringIndex()
    /// True while the three memos above hold every `nodes`, `edges` and `aliases` row of the
    /// file: from a bulk load into an empty store (``beginBulkLoad()``) until they are first
    /// emptied. A row they lack is then known to be missing, and the writer inserts it without
    /// looking for it first (a lookup per new node, edge and alias: 160 thousand over the corpus).
    var writtenRowsComplete = false
    /// The writer's statements, prepared at its first document (see ``writerStatements()``).
    var preparedWriterStatements: WriterStatements?
    /// The writer's two largest tables, many rows per INSERT (see ``BatchedInsert``).
    lazy var mentionRows = BatchedInsert(db: db, head: """
        INSERT INTO mentions (node_id, edge_id, document_id, span_start, span_end, sentence_id, rule_id)
        """, arity: 7)
    lazy var aliasDocumentRows = BatchedInsert(db: db, head: "INSERT OR IGNORE INTO alias_documents (document_id, alias_id)", arity: 2)
    /// Row numbers of `rules` by name: a few dozen, each named by hundreds of thousands of mentions.
    var ruleRowIDs = ByteStringIndex()
    /// `PRAGMA data_version` when the last write transaction began: it changes exactly when
    /// another connection has committed since, and may have deleted what the sets above hold.
    var writtenVersion: Int64?
    /// Entries the three memos above may hold together: bounded, so memory does not grow with
    /// ever new names (the corpus has 39 thousand nodes, 81 thousand edges, 21 thousand aliases).
    static let writtenLimit = 1 << 18

    /// Opens (for `.write`, creates or migrates) the store at `path`.
    ///
    /// Throws ``CoopGraphError/store(path:reason:)`` — without writing a byte — for a folder, a
    /// file that is not SQLite, another application's database or a newer schema; and, for
    /// `.read`, when there is no store yet.
    public init(path: String, access: Access) throws {
        self.path = path
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw CoopGraphError.store(path: path, reason: "is a folder, not a store file; give a file path with --store")
            }
            let size = (try? fm.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? -1
            if size == 0 {
                // SQLite leaves an empty file when a first ingest dies before its first commit; it holds nothing to lose.
                guard access == .write else {
                    throw CoopGraphError.store(path: path, reason: "the store is empty; build it with `coopgraph ingest PATH... --store \(path)`")
                }
                db = try SQLiteDatabase(path: path, mode: .readWrite)
                try configureForWriting()
                return
            }
            try Self.checkHeader(path)
            let version = try Self.checkVersion(path)
            if access == .read && version == StoreSchema.currentVersion {
                db = try SQLiteDatabase(path: path, mode: .readOnly)
                try db.exec("PRAGMA foreign_keys = ON")
                return
            }
            db = try SQLiteDatabase(path: path, mode: .readWrite)
        } else {
            guard access == .write else {
                throw CoopGraphError.store(path: path, reason: "no store here; build one with `coopgraph ingest PATH... --store \(path)`")
            }
            db = try SQLiteDatabase(path: path, mode: .create)
        }
        try configureForWriting()
    }

    /// WAL, durable-enough sync, foreign keys, cache; then the schema brought up to date.
    private func configureForWriting() throws {
        try db.exec("PRAGMA journal_mode = WAL")
        // In WAL mode NORMAL loses no committed transaction when the process dies, only on power loss.
        try db.exec("PRAGMA synchronous = NORMAL")
        // Ingest touches index pages all over the file; a larger cache keeps them in memory.
        try db.exec("PRAGMA cache_size = \(Self.cacheSize)")
        try db.exec("PRAGMA foreign_keys = ON")
        try migrate()
        // A bulk load killed before its end left lookup indexes out; build them before anything else.
        try finishBulkLoad()
    }

    /// Rejects anything that is not an SQLite 3 file, reading only its first bytes.
    static func checkHeader(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CoopGraphError.store(path: path, reason: "cannot read the store file (permissions?)")
        }
        defer { try? handle.close() }
        let head = try? handle.read(upToCount: 16)
        guard Array(head ?? Data()) == sqliteHeader else {
            throw CoopGraphError.store(path: path, reason: "not a CoopGraph store: the file is not an SQLite database; it was left unchanged. Pass another file with --store")
        }
    }

    /// Reads the schema version on a read-only connection; rejects foreign and newer databases.
    static func checkVersion(_ path: String) throws -> Int {
        let probe = try SQLiteDatabase(path: path, mode: .readOnly)
        let version: Int
        let application: Int64
        let objects: Int64
        do {
            version = Int(try probe.scalar("PRAGMA user_version")?.int ?? 0)
            application = try probe.scalar("PRAGMA application_id")?.int ?? 0
            objects = try probe.scalar("SELECT count(*) FROM sqlite_master")?.int ?? 0
        } catch {
            throw CoopGraphError.store(path: path, reason: "not a usable SQLite database (\(error)); it was left unchanged")
        }
        if application != StoreSchema.applicationID && (application != 0 || objects > 0) {
            throw CoopGraphError.store(path: path, reason: "an SQLite database of another application, not a CoopGraph store; it was left unchanged. Pass another file with --store")
        }
        if version > StoreSchema.currentVersion {
            throw CoopGraphError.store(path: path, reason: "store schema version \(version) is newer than this coopgraph understands (up to \(StoreSchema.currentVersion)); upgrade coopgraph. The file was left unchanged")
        }
        return version
    }

    /// Applies every migration newer than the file's `user_version`, each in its own transaction.
    func migrate() throws {
        // A migration rebuilds tables (create, fill, drop the old, rename the new): with the
        // checks on, dropping a parent table would first delete its rows and cascade to the
        // children. The pragma is a no-op inside a transaction, hence set around them.
        try db.exec("PRAGMA foreign_keys = OFF")
        defer { try? db.exec("PRAGMA foreign_keys = ON") }
        for step in StoreSchema.migrations {
            try db.transaction {
                // Re-read inside the write lock: another process may have migrated meanwhile.
                let version = Int(try db.scalar("PRAGMA user_version")?.int ?? 0)
                guard version < step.version else { return }
                try db.exec(step.sql)
                try db.exec("PRAGMA user_version = \(step.version)")
                try db.exec("PRAGMA application_id = \(StoreSchema.applicationID)")
            }
        }
    }

    /// The file's schema version.
    public func schemaVersion() throws -> Int { Int(try db.scalar("PRAGMA user_version")?.int ?? 0) }

    /// Runs all of `body`'s queries in one read transaction: one consistent snapshot,
    /// unaffected by batches a concurrent ingest commits meanwhile.
    public func snapshot<T>(_ body: () throws -> T) throws -> T {
        try db.transaction(immediate: false, body)
    }

    /// `PRAGMA integrity_check`'s answer: `ok` for a sound file.
    public func integrityCheck() throws -> String {
        try db.rows("PRAGMA integrity_check").map { $0.text(0) }.joined(separator: "\n")
    }

    /// The number of rows of one table (a name from ``tableCounts()``).
    func rowCount(_ table: String) throws -> Int {
        Int(try db.scalar("SELECT count(*) FROM \(table)")?.int ?? 0)
    }

    /// Row counts of the main tables, for tests and `stats`.
    ///
    /// `rules` is left out on purpose: it numbers rule names and keeps a name no mention uses any
    /// more (after a replace or a remove), so the counts compare two stores by their facts alone.
    public func tableCounts() throws -> [String: Int] {
        var out: [String: Int] = [:]
        for table in ["documents", "nodes", "aliases", "alias_documents", "node_properties", "edges", "edge_properties", "sentences", "mentions"] {
            out[table] = Int(try db.scalar("SELECT count(*) FROM \(table)")?.int ?? 0)
        }
        return out
    }
}
