import CSQLite

/// A prepared SQLite statement with typed binds and columns; finalized when released.
///
/// Not thread-safe: use it on the thread that owns its ``SQLiteDatabase``. Text is bound
/// with `SQLITE_TRANSIENT`, so SQLite copies it and the Swift string may go away.
public final class SQLiteStatement {
    let handle: OpaquePointer
    private let db: OpaquePointer
    public let sql: String

    init(db: OpaquePointer, sql: String) throws {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else {
            sqlite3_finalize(stmt)
            throw SQLiteDatabase.error(db, rc, context: sql)
        }
        self.handle = stmt
        self.db = db
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Resets the statement and binds `values` to parameters 1…n.
    public func bind(_ values: [SQLiteValue]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (i, v) in values.enumerated() {
            let index = Int32(i + 1)
            let rc: Int32
            switch v {
            case .null: rc = sqlite3_bind_null(handle, index)
            case .integer(let x): rc = sqlite3_bind_int64(handle, index, x)
            case .real(let x): rc = sqlite3_bind_double(handle, index, x)
            case .text(let s): rc = sqlite3_bind_text(handle, index, s, -1, Self.transient)
            }
            guard rc == SQLITE_OK else { throw SQLiteDatabase.error(db, rc, context: sql) }
        }
    }

    /// Binds text to parameter `index` (from 1) of the next ``execute()``.
    ///
    /// For write loops that run one statement a million times: no array of values, no
    /// `sqlite3_clear_bindings`, and the length passed, not searched for. Bind every parameter
    /// before each run; values bound for the previous run stay otherwise.
    public func bind(_ index: Int32, _ text: String) throws {
        var text = text
        let rc = text.withUTF8 { bytes -> Int32 in
            // An empty buffer may have no address, and a null pointer would bind NULL, not ''.
            guard let base = bytes.baseAddress, bytes.count > 0 else { return sqlite3_bind_text(handle, index, "", 0, Self.transient) }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.transient)
            }
        }
        guard rc == SQLITE_OK else { throw SQLiteDatabase.error(db, rc, context: sql) }
    }

    /// Binds an integer to parameter `index` (from 1) of the next ``execute()``.
    public func bind(_ index: Int32, _ value: Int64) throws {
        let rc = sqlite3_bind_int64(handle, index, value)
        guard rc == SQLITE_OK else { throw SQLiteDatabase.error(db, rc, context: sql) }
    }

    /// Binds NULL to parameter `index` (from 1) of the next ``execute()``.
    public func bindNull(_ index: Int32) throws {
        let rc = sqlite3_bind_null(handle, index)
        guard rc == SQLITE_OK else { throw SQLiteDatabase.error(db, rc, context: sql) }
    }

    /// Runs the statement with the values bound one by one, to completion, and resets it (bindings stay).
    public func execute() throws {
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Advances one row: true when a row is available, false when done.
    public func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let e = SQLiteDatabase.error(db, rc, context: sql)
            sqlite3_reset(handle)
            throw e
        }
    }

    /// Resets the statement after ``step()`` (bindings stay), so it can run again.
    public func reset() {
        sqlite3_reset(handle)
    }

    /// Column `i` (from 0) of the current row as an integer, without building a ``SQLiteValue``.
    public func int64(_ i: Int32) -> Int64 {
        sqlite3_column_int64(handle, i)
    }

    /// Binds, runs to completion and resets; for statements that return no rows.
    public func run(_ values: [SQLiteValue] = []) throws {
        try bind(values)
        while try step() {}
        sqlite3_reset(handle)
    }

    /// Binds, collects every row and resets.
    public func rows(_ values: [SQLiteValue] = []) throws -> [SQLiteRow] {
        try bind(values)
        var out: [SQLiteRow] = []
        while try step() { out.append(currentRow()) }
        sqlite3_reset(handle)
        return out
    }

    /// The current row's columns, typed as SQLite stored them.
    public func currentRow() -> SQLiteRow {
        let n = sqlite3_column_count(handle)
        var values: [SQLiteValue] = []
        values.reserveCapacity(Int(n))
        for i in 0..<n { values.append(column(i)) }
        return SQLiteRow(values: values)
    }

    /// Column `i` (from 0) of the current row, in the storage class SQLite holds it in.
    public func column(_ i: Int32) -> SQLiteValue {
        switch sqlite3_column_type(handle, i) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, i))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, i))
        case SQLITE_NULL: return .null
        default:
            guard let p = sqlite3_column_text(handle, i) else { return .null }
            let n = Int(sqlite3_column_bytes(handle, i))
            return .text(String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self))
        }
    }
}
