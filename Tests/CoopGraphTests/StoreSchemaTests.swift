import Foundation
import Testing
@testable import CoopGraph

@Suite("StoreSchema")
struct StoreSchemaTests {
    /// Statements without `--` comments, white space collapsed, split at `;`.
    static func statements(_ sql: String) -> [String] {
        let noComments = sql.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            if let r = line.range(of: "--") { return line[..<r.lowerBound] }
            return line
        }.joined(separator: " ")
        return noComments.split(separator: ";").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.filter { !$0.isEmpty }
    }

    @Test("the migrations in code are exactly the `-- migration N` blocks of Schemas/store.sql")
    func codeMirrorsSchemaFile() throws {
        let file = try String(contentsOf: StoreTestSupport.repoRoot.appendingPathComponent("Schemas/store.sql"), encoding: .utf8)
        let blocks = file.components(separatedBy: "\n-- migration ").dropFirst()
        #expect(blocks.count == StoreSchema.migrations.count)
        for (block, step) in zip(blocks, StoreSchema.migrations) {
            let number = block.prefix { $0.isNumber }
            #expect(Int(number) == step.version)
            #expect(Self.statements(String(block.drop { $0 != "\n" })) == Self.statements(step.sql))
        }
        #expect(Self.statements(StoreSchema.migrations[0].sql).count == 21)
    }

    @Test("versions count up from 1 without gaps")
    func versionsAreConsecutive() {
        #expect(StoreSchema.migrations.map(\.version) == Array(1...StoreSchema.migrations.count))
        #expect(StoreSchema.currentVersion == StoreSchema.migrations.count)
    }

    @Test("a store built by the migrations has the tables and indexes the schema file creates")
    func migratedStoreMatchesSchemaFile() throws {
        let folder = try StoreTestSupport.temporaryFolder("schema")
        let store = try GraphStore(path: folder.appendingPathComponent("a.sqlite").path, access: .write)
        let plain = try SQLiteDatabase(path: folder.appendingPathComponent("b.sqlite").path, mode: .create)
        try plain.exec(try String(contentsOf: StoreTestSupport.repoRoot.appendingPathComponent("Schemas/store.sql"), encoding: .utf8))
        let sql = "SELECT type, name, tbl_name FROM sqlite_master ORDER BY name"
        let migrated = try store.db.rows(sql)
        #expect(migrated == (try plain.rows(sql)))
        #expect(migrated.filter { $0.text(0) == "table" }.map { $0.text(1) } ==
                ["aliases", "documents", "edge_properties", "edges", "mentions", "node_properties", "nodes", "sentences"])
        #expect(try store.schemaVersion() == StoreSchema.currentVersion)
        #expect(try store.db.scalar("PRAGMA application_id")?.int == StoreSchema.applicationID)
        #expect(try store.db.scalar("PRAGMA journal_mode")?.string == "wal")
        #expect(try store.db.scalar("PRAGMA foreign_keys")?.int == 1)
    }

    @Test("an empty file (a first ingest killed before its first write) and a version-0 database are migrated")
    func migratesEmptyAndVersionZero() throws {
        let folder = try StoreTestSupport.temporaryFolder("migrate")
        let empty = folder.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(throws: CoopGraphError.store(path: empty, reason: "the store is empty; build it with `coopgraph ingest PATH... --store \(empty)`")) {
            _ = try GraphStore(path: empty, access: .read)
        }
        #expect(try GraphStore(path: empty, access: .write).schemaVersion() == StoreSchema.currentVersion)
        let zero = folder.appendingPathComponent("zero.sqlite").path
        try SQLiteDatabase(path: zero, mode: .create).exec("PRAGMA journal_mode = WAL")
        #expect(try SQLiteDatabase(path: zero, mode: .readOnly).scalar("PRAGMA user_version")?.int == 0)
        let store = try GraphStore(path: zero, access: .read)
        #expect(try store.schemaVersion() == StoreSchema.currentVersion)
        #expect(try store.tableCounts()["documents"] == 0)
    }
}
