import Testing
@testable import CoopGraph

@Suite("BatchedInsert")
struct BatchedInsertTests {
    func database() throws -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: ":memory:", mode: .create)
        try db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER)")
        try db.exec("CREATE TABLE pairs (x INTEGER NOT NULL, y INTEGER NOT NULL, PRIMARY KEY (x, y)) WITHOUT ROWID")
        return db
    }

    @Test("rows go in in the order appended, NULLs included, across statements of full and partial size")
    func insertsInOrder() throws {
        let db = try database()
        let rows = BatchedInsert(db: db, head: "INSERT INTO t (a, b)", arity: 2, rowsPerStatement: 4)
        for i in 0..<10 {
            rows.append(Int64(i))
            rows.append(i % 3 == 0 ? BatchedInsert.null : Int64(100 + i))
        }
        #expect(rows.pendingRows == 10)
        try rows.flush()
        #expect(rows.pendingRows == 0)
        let stored = try db.rows("SELECT id, a, b FROM t ORDER BY id").map { r in "\(r.int(0)):\(r.int(1)):\(r.isNull(2) ? "null" : String(r.int(2)))" }
        #expect(stored == ["1:0:null", "2:1:101", "3:2:102", "4:3:null", "5:4:104", "6:5:105", "7:6:null", "8:7:107", "9:8:108", "10:9:null"])
        // A second flush reuses the prepared statements and appends after the first rows.
        rows.append(42)
        rows.append(43)
        try rows.flush()
        #expect(try db.rows("SELECT id, a, b FROM t WHERE id = 11").first?.values == [.integer(11), .integer(42), .integer(43)])
    }

    @Test("OR IGNORE acts row by row inside one statement, as separate statements would")
    func orIgnoreInsideOneStatement() throws {
        let db = try database()
        let rows = BatchedInsert(db: db, head: "INSERT OR IGNORE INTO pairs (x, y)", arity: 2)
        for (x, y) in [(1, 2), (1, 2), (3, 4), (1, 2), (0, 9)] {
            rows.append(Int64(x))
            rows.append(Int64(y))
        }
        try rows.flush()
        #expect(try db.rows("SELECT x, y FROM pairs ORDER BY x, y").map { "\($0.int(0)),\($0.int(1))" } == ["0,9", "1,2", "3,4"])
    }

    @Test("discarded rows are never inserted")
    func discard() throws {
        let db = try database()
        let rows = BatchedInsert(db: db, head: "INSERT INTO t (a, b)", arity: 2)
        rows.append(1)
        rows.append(2)
        rows.discard()
        #expect(rows.pendingRows == 0)
        try rows.flush()
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(0))
    }
}
