import CSQLite
import Testing

@Suite("CSQLite")
struct CSQLiteLinkTests {
    @Test("the system libsqlite3 links and opens an in-memory database")
    func opensInMemoryDatabase() throws {
        var db: OpaquePointer?
        #expect(sqlite3_open(":memory:", &db) == SQLITE_OK)
        defer { sqlite3_close(db) }
        var stmt: OpaquePointer?
        #expect(sqlite3_prepare_v2(db, "SELECT 40 + 2", -1, &stmt, nil) == SQLITE_OK)
        defer { sqlite3_finalize(stmt) }
        #expect(sqlite3_step(stmt) == SQLITE_ROW)
        #expect(sqlite3_column_int(stmt, 0) == 42)
    }
}
