import CSQLite
import Foundation

/// One connection to an SQLite database file: open, execute, prepare, transactions.
///
/// A thin, safe wrapper over the C API: every failure becomes ``CoopGraphError/sqlite(code:message:)``
/// (or ``CoopGraphError/store(path:reason:)`` when the file cannot be opened). A connection
/// is used by one thread at a time; open another connection for a concurrent reader.
public final class SQLiteDatabase {
    /// How to open the file.
    public enum Mode: Sendable {
        /// Never writes; fails when the file does not exist.
        case readOnly
        /// Reads and writes an existing file.
        case readWrite
        /// Reads and writes, creating the file when missing.
        case create
    }

    let handle: OpaquePointer
    public let path: String
    private var cache: [String: SQLiteStatement] = [:]
    private var transactionDepth = 0

    /// Opens `path` (`:memory:` for a private in-memory database) with extended result codes and a 30 s busy timeout.
    public init(path: String, mode: Mode) throws {
        var flags = SQLITE_OPEN_NOMUTEX
        switch mode {
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(db)
            throw CoopGraphError.store(path: path, reason: "cannot open the store: \(message)")
        }
        self.handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
        // A concurrent writer holds its lock for one batch; wait for it rather than fail.
        sqlite3_busy_timeout(db, 30_000)
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    static func error(_ db: OpaquePointer?, _ rc: Int32, context: String? = nil) -> CoopGraphError {
        var message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
        if let context {
            let short = context.split(whereSeparator: \.isNewline).first.map(String.init) ?? context
            message += " (in: \(short.trimmingCharacters(in: .whitespaces)))"
        }
        return .sqlite(code: rc, message: message)
    }

    /// Runs one or more statements that return no rows.
    public func exec(_ sql: String) throws {
        var errmsg: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errmsg)
        if rc != SQLITE_OK {
            let message = errmsg.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_free(errmsg)
            throw CoopGraphError.sqlite(code: rc, message: message)
        }
    }

    /// A new prepared statement, owned by the caller.
    public func prepare(_ sql: String) throws -> SQLiteStatement {
        try SQLiteStatement(db: handle, sql: sql)
    }

    /// A prepared statement kept for the connection's lifetime; repeated SQL is prepared once.
    public func cached(_ sql: String) throws -> SQLiteStatement {
        if let s = cache[sql] { return s }
        let s = try prepare(sql)
        cache[sql] = s
        return s
    }

    /// Runs a statement that returns no rows.
    public func run(_ sql: String, _ values: [SQLiteValue] = []) throws {
        try cached(sql).run(values)
    }

    /// Every row of a query.
    public func rows(_ sql: String, _ values: [SQLiteValue] = []) throws -> [SQLiteRow] {
        try cached(sql).rows(values)
    }

    /// The first column of the first row, or nil when there is no row.
    public func scalar(_ sql: String, _ values: [SQLiteValue] = []) throws -> SQLiteValue? {
        let s = try cached(sql)
        try s.bind(values)
        defer { sqlite3_reset(s.handle) }
        return try s.step() ? s.column(0) : nil
    }

    /// The rowid of the last successful insert on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last insert, update or delete.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// True inside ``transaction(immediate:_:)``: a nested call joins the open transaction.
    public var isInTransaction: Bool { transactionDepth > 0 }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    ///
    /// `immediate` takes the write lock at once (writers); otherwise a deferred transaction
    /// gives readers one consistent snapshot for all their queries. Nested calls join the
    /// outer transaction.
    public func transaction<T>(immediate: Bool = true, _ body: () throws -> T) throws -> T {
        if transactionDepth > 0 {
            transactionDepth += 1
            defer { transactionDepth -= 1 }
            return try body()
        }
        try exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED")
        transactionDepth = 1
        do {
            let result = try body()
            transactionDepth = 0
            try exec("COMMIT")
            return result
        } catch {
            transactionDepth = 0
            try? exec("ROLLBACK")
            throw error
        }
    }
}
