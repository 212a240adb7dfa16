import CSQLite
import Foundation
import Testing
@testable import CoopGraph

@Suite("SQLiteDatabase")
struct SQLiteDatabaseTests {
    func memory() throws -> SQLiteDatabase { try SQLiteDatabase(path: ":memory:", mode: .create) }

    @Test("typed binds come back as bound: text (Korean, NUL-free), integers, reals, null")
    func roundTrip() throws {
        let db = try memory()
        try db.exec("CREATE TABLE t (a, b, c, d)")
        try db.run("INSERT INTO t VALUES (?, ?, ?, ?)", [.text("핵심광물안보파트너십 ·MSP"), .integer(Int64.max), .real(2.5), .null])
        let row = try #require(try db.rows("SELECT a, b, c, d FROM t").first)
        #expect(row.values == [.text("핵심광물안보파트너십 ·MSP"), .integer(Int64.max), .real(2.5), .null])
        #expect(row.string(3) == nil)
        #expect(row.text(3) == "")
        #expect(row.int(1) == Int64.max)
    }

    @Test("a bound string may go away before the statement runs (SQLITE_TRANSIENT)")
    func transientText() throws {
        let db = try memory()
        try db.exec("CREATE TABLE t (a)")
        let insert = try db.prepare("INSERT INTO t VALUES (?)")
        do {
            let s = String(repeating: "가", count: 1000) + String(42)
            try insert.bind([.text(s)])
        }
        while try insert.step() {}
        #expect(try db.scalar("SELECT length(a) FROM t")?.int == 1002)
    }

    @Test("a throwing transaction body rolls everything back")
    func rollback() throws {
        let db = try memory()
        try db.exec("CREATE TABLE t (a)")
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (1)")
                throw Boom()
            }
        }
        #expect(try db.scalar("SELECT count(*) FROM t")?.int == 0)
        try db.transaction { try db.run("INSERT INTO t VALUES (1)") }
        #expect(try db.scalar("SELECT count(*) FROM t")?.int == 1)
    }

    @Test("SQL errors are CoopGraphError.sqlite with SQLite's code and message")
    func errors() throws {
        let db = try memory()
        #expect(throws: CoopGraphError.sqlite(code: SQLITE_ERROR, message: "no such table: nowhere (in: SELECT * FROM nowhere)")) {
            _ = try db.rows("SELECT * FROM nowhere")
        }
        try db.exec("CREATE TABLE u (a UNIQUE)")
        try db.run("INSERT INTO u VALUES (1)")
        do {
            try db.run("INSERT INTO u VALUES (1)")
            Issue.record("a duplicate insert must fail")
        } catch let CoopGraphError.sqlite(code, message) {
            #expect(code == 2067)  // SQLITE_CONSTRAINT_UNIQUE (a macro Swift does not import)
            #expect(message.hasPrefix("UNIQUE constraint failed: u.a"))
        }
    }

    @Test("read-only connections cannot write; a missing file cannot be opened without create")
    func modes() throws {
        let folder = try StoreTestSupport.temporaryFolder("sqlite-modes")
        let path = folder.appendingPathComponent("x.sqlite").path
        #expect(throws: CoopGraphError.self) { _ = try SQLiteDatabase(path: path, mode: .readWrite) }
        #expect(!FileManager.default.fileExists(atPath: path))
        try SQLiteDatabase(path: path, mode: .create).exec("CREATE TABLE t (a)")
        let ro = try SQLiteDatabase(path: path, mode: .readOnly)
        #expect(throws: CoopGraphError.self) { try ro.exec("INSERT INTO t VALUES (1)") }
    }
}
