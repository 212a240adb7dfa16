/// An INSERT of rows of integers, many rows per statement: the writer appends a document's
/// rows, then ``flush()`` sends them in statements of up to ``rowsPerStatement`` rows.
///
/// Each run of a one-row INSERT opens its table, checks the transaction and finishes the
/// statement again: for the half million mentions and four hundred thousand (document, alias)
/// pairs of the corpus that costs more than inserting the rows. A statement of many rows pays
/// it once. Rows go in in the order appended, each as a one-row statement would have put it
/// (`OR IGNORE` and `OR REPLACE` act row by row), so row IDs and contents do not change.
/// Use it on the thread that owns the connection; one instance per table and connection.
final class BatchedInsert {
    /// The value to append for SQL NULL.
    static let null = Int64.min

    private let db: SQLiteDatabase
    private let head: String
    private let arity: Int
    let rowsPerStatement: Int
    /// Prepared statements by row count, made when first needed.
    private var statements: [Int: SQLiteStatement] = [:]
    /// The rows waiting, `arity` values each.
    private var values: [Int64] = []

    /// `head` is the statement up to `VALUES` (e.g. `INSERT INTO t (a, b)`); rows have `arity` columns.
    init(db: SQLiteDatabase, head: String, arity: Int, rowsPerStatement: Int = 32) {
        self.db = db
        self.head = head
        self.arity = max(1, arity)
        self.rowsPerStatement = max(1, rowsPerStatement)
    }

    /// Appends one value of the current row; ``null`` for NULL.
    func append(_ value: Int64) {
        values.append(value)
    }

    /// Rows appended and not yet flushed.
    var pendingRows: Int { values.count / arity }

    /// Forgets the rows appended and not flushed (after a failure, so none leaks into the next document).
    func discard() {
        values.removeAll(keepingCapacity: true)
    }

    /// Inserts every complete row appended, in order, and empties the buffer.
    func flush() throws {
        defer { values.removeAll(keepingCapacity: true) }
        let total = pendingRows
        var row = 0
        while row < total {
            let rows = min(rowsPerStatement, total - row)
            let statement = try self.statement(rows: rows)
            let base = row * arity
            for i in 0..<(rows * arity) {
                let value = values[base + i]
                if value == Self.null { try statement.bindNull(Int32(i + 1)) } else { try statement.bind(Int32(i + 1), value) }
            }
            try statement.execute()
            row += rows
        }
    }

    /// The statement inserting `rows` rows, prepared once.
    private func statement(rows: Int) throws -> SQLiteStatement {
        if let known = statements[rows] { return known }
        let one = "(" + Array(repeating: "?", count: arity).joined(separator: ", ") + ")"
        let sql = head + " VALUES " + Array(repeating: one, count: rows).joined(separator: ", ")
        let statement = try db.prepare(sql)
        statements[rows] = statement
        return statement
    }
}
