import Testing
@testable import CoopGraph

@Suite("SQLiteStatement")
struct SQLiteStatementTests {
    @Test("a statement is reusable: each run rebinds from scratch and rows() resets it")
    func reuse() throws {
        let db = try SQLiteDatabase(path: ":memory:", mode: .create)
        try db.exec("CREATE TABLE t (a, b)")
        let insert = try db.prepare("INSERT INTO t VALUES (?, ?)")
        try insert.run([1, "하나"])
        try insert.run([2])  // b unbound: clear_bindings makes it null, not the previous "하나"
        let select = try db.prepare("SELECT a, b FROM t WHERE a >= ? ORDER BY a")
        #expect(try select.rows([1]).map(\.values) == [[.integer(1), .text("하나")], [.integer(2), .null]])
        #expect(try select.rows([2]).map(\.values) == [[.integer(2), .null]])
        #expect(try db.cached("SELECT 1") === db.cached("SELECT 1"))
    }

    @Test("binding more values than parameters fails with SQLITE_RANGE")
    func range() throws {
        let db = try SQLiteDatabase(path: ":memory:", mode: .create)
        let s = try db.prepare("SELECT ?")
        #expect(throws: CoopGraphError.sqlite(code: 25, message: "column index out of range (in: SELECT ?)")) { try s.bind([1, 2]) }
    }
}
