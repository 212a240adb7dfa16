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

    @Test("values bound one by one: text (empty is '' not NULL, Korean byte length kept), integers, null; bindings persist across execute()")
    func bindOneByOne() throws {
        let db = try SQLiteDatabase(path: ":memory:", mode: .create)
        try db.exec("CREATE TABLE t (a, b, c)")
        let insert = try db.prepare("INSERT INTO t VALUES (?, ?, ?)")
        try insert.bind(1, "핵심광물 · MSP")
        try insert.bind(2, Int64(7))
        try insert.bindNull(3)
        try insert.execute()
        try insert.bind(1, "")  // b and c keep 7 and NULL
        try insert.execute()
        var sub = "x가나다"
        sub.removeFirst()
        try insert.bind(1, String(sub.dropLast()))  // a slice-born string
        try insert.bind(3, "c")
        try insert.execute()
        let rows = try db.rows("SELECT a, b, c, typeof(a), length(CAST(a AS BLOB)) FROM t ORDER BY rowid").map(\.values)
        #expect(rows == [[.text("핵심광물 · MSP"), .integer(7), .null, .text("text"), .integer(19)],
                         [.text(""), .integer(7), .null, .text("text"), .integer(0)],
                         [.text("가나"), .integer(7), .text("c"), .text("text"), .integer(6)]])
    }

    @Test("execute() reports a constraint failure and leaves the statement usable")
    func executeFailure() throws {
        let db = try SQLiteDatabase(path: ":memory:", mode: .create)
        try db.exec("CREATE TABLE t (a TEXT PRIMARY KEY)")
        let insert = try db.prepare("INSERT INTO t VALUES (?)")
        try insert.bind(1, "k")
        try insert.execute()
        #expect(throws: CoopGraphError.self) { try insert.execute() }
        try insert.bind(1, "l")
        try insert.execute()
        #expect(try db.scalar("SELECT group_concat(a, ',') FROM t") == .text("k,l"))
    }
}
