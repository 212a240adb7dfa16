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
                ["alias_documents", "aliases", "documents", "edge_properties", "edges", "mentions", "node_properties", "nodes", "rules", "sentences"])
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

    @Test("every deferred index is created, exactly as listed, by the migrations")
    func deferredIndexesMatchMigrations() {
        let created = StoreSchema.migrations.flatMap { Self.statements($0.sql) }
        for index in StoreSchema.deferredIndexes {
            #expect(created.contains("CREATE INDEX \(index.name) ON \(index.on)"), "\(index.name)")
        }
        #expect(StoreSchema.deferredIndexes.count == 10)
    }

    @Test("a version 1 store is upgraded in place: the same rows, graph and answers as a store written by this version")
    func upgradesVersionOne() throws {
        let (current, currentPath) = try StoreTestSupport.seededStore(followUp: true)
        let path = try StoreTestSupport.temporaryFolder("v1").appendingPathComponent("v1.sqlite").path
        try StoreTestSupport.oldStore(version: 1, from: currentPath, at: path)
        #expect(try SQLiteDatabase(path: path, mode: .readOnly).scalar("PRAGMA user_version") == .integer(1))
        let upgraded = try GraphStore(path: path, access: .write)
        #expect(try upgraded.schemaVersion() == StoreSchema.currentVersion)
        // Version 3: the mention lookup indexes hold only the rows they can find.
        #expect(try upgraded.db.rows("SELECT sql FROM sqlite_master WHERE name LIKE 'mentions_by_%' ORDER BY name").map { $0.text(0) } == [
            "CREATE INDEX mentions_by_document ON mentions(document_id)",
            "CREATE INDEX mentions_by_edge ON mentions(edge_id) WHERE edge_id IS NOT NULL",
            "CREATE INDEX mentions_by_node ON mentions(node_id) WHERE node_id IS NOT NULL",
        ])
        #expect(try upgraded.db.rows("EXPLAIN QUERY PLAN SELECT 1 FROM mentions WHERE edge_id = ?", [.integer(1)])
            .contains { $0.text(3).contains("mentions_by_edge") })
        #expect(try upgraded.tableCounts() == current.tableCounts())
        #expect(try upgraded.tableCounts()["aliases"] == 11)
        #expect(try upgraded.tableCounts()["alias_documents"] == 11)
        #expect(try upgraded.graph(sentences: true) == current.graph(sentences: true))
        #expect(try upgraded.whoMet("person:강인선") == current.whoMet("person:강인선"))
        #expect(try upgraded.node(id: StoreTestSupport.roundtable) == current.node(id: StoreTestSupport.roundtable))
        #expect(try upgraded.integrityCheck() == "ok")
        #expect(try upgraded.db.rows("PRAGMA foreign_key_check").isEmpty)
        let sql = "SELECT type, name, tbl_name FROM sqlite_master ORDER BY name"
        #expect(try upgraded.db.rows(sql) == current.db.rows(sql))
        // The upgraded store keeps working: an edit replaces the follow-up's facts as in a new store.
        _ = try upgraded.ingestBatch([StoreTestSupport.item(StoreTestSupport.followUp, Graph(), hash: "emptied")], ingestedAt: "t")
        #expect(try upgraded.node(id: "person:임종우") == nil)
        #expect(try upgraded.node(id: "person:강인선")?.aliases == [])
    }

    @Test("a version 3 store is upgraded to one row per (node, alias) and a pair of integers per document that gives it")
    func upgradesVersionThreeAliases() throws {
        let path = try StoreTestSupport.temporaryFolder("v3").appendingPathComponent("v3.sqlite").path
        do {
            let db = try SQLiteDatabase(path: path, mode: .create)
            try db.exec("PRAGMA journal_mode = WAL")
            try db.exec("BEGIN; \(StoreSchema.migrations[0...2].map(\.sql).joined(separator: ";\n")); PRAGMA user_version = 3; PRAGMA application_id = \(StoreSchema.applicationID); COMMIT")
            try db.exec("""
                INSERT INTO documents (id, path, name, content_hash, status, ingested_at) VALUES
                    (1, '/a.md', 'a.md', 'h1', 'extracted', 't'), (2, '/b.md', 'b.md', 'h2', 'extracted', 't');
                INSERT INTO nodes (id, kind, name, normalized) VALUES
                    ('organization:핵심광물안보파트너십', 'organization', '핵심광물안보파트너십', '핵심광물안보파트너십'),
                    ('country:미국', 'country', '미국', '미국');
                INSERT INTO aliases (document_id, node_id, alias, normalized) VALUES
                    (1, 'organization:핵심광물안보파트너십', 'MSP', 'msp'),
                    (1, 'organization:핵심광물안보파트너십', 'Minerals Security Partnership', 'mineralssecuritypartnership'),
                    (2, 'organization:핵심광물안보파트너십', 'MSP', 'msp'),
                    (2, 'country:미국', '美', '美');
                INSERT INTO mentions (node_id, document_id, rule) VALUES
                    ('organization:핵심광물안보파트너십', 1, 'r'), ('organization:핵심광물안보파트너십', 2, 'r'), ('country:미국', 2, 'r');
                """)
        }
        let store = try GraphStore(path: path, access: .write)
        #expect(try store.schemaVersion() == StoreSchema.currentVersion)
        #expect(try store.db.rows("SELECT a.id, n.key, a.alias, a.normalized FROM aliases a JOIN nodes n ON n.id = a.node_id ORDER BY a.id") == [
            SQLiteRow(values: [1, "country:미국", "美", "美"]),
            SQLiteRow(values: [2, "organization:핵심광물안보파트너십", "MSP", "msp"]),
            SQLiteRow(values: [3, "organization:핵심광물안보파트너십", "Minerals Security Partnership", "mineralssecuritypartnership"]),
        ])
        #expect(try store.db.rows("SELECT document_id, alias_id FROM alias_documents ORDER BY 1, 2") == [
            SQLiteRow(values: [1, 2]), SQLiteRow(values: [1, 3]), SQLiteRow(values: [2, 1]), SQLiteRow(values: [2, 2]),
        ])
        #expect(try store.node(id: "organization:핵심광물안보파트너십")?.aliases == ["MSP", "Minerals Security Partnership"])
        #expect(try store.resolve("msp").id == "organization:핵심광물안보파트너십")
        #expect(try store.tableCounts()["aliases"] == 3)
        #expect(try store.tableCounts()["alias_documents"] == 4)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.db.rows("PRAGMA foreign_key_check").isEmpty)
        // Re-ingesting document 2 with no facts keeps the alias document 1 still gives and drops the one only 2 gave.
        _ = try store.ingestBatch([IngestItem(key: "/b.md", name: "b.md", contentHash: "h2b", graph: Graph())], ingestedAt: "t")
        #expect(try store.db.rows("SELECT id, alias FROM aliases ORDER BY id") == [SQLiteRow(values: [2, "MSP"]), SQLiteRow(values: [3, "Minerals Security Partnership"])])
        #expect(try store.tableCounts()["alias_documents"] == 2)
        #expect(try store.node(id: "country:미국") == nil)
    }

    @Test("a version 4 store (text node and edge IDs) is upgraded in place to integer keys: the same rows, graph and answers")
    func upgradesVersionFour() throws {
        let (current, currentPath) = try StoreTestSupport.seededStore(followUp: true)
        let path = try StoreTestSupport.temporaryFolder("v4").appendingPathComponent("v4.sqlite").path
        try StoreTestSupport.oldStore(version: 4, from: currentPath, at: path)
        let edges = Int64(try current.tableCounts()["edges"] ?? 0)
        let edgeMentions = try current.db.scalar("SELECT count(*) FROM mentions WHERE edge_id IS NOT NULL")?.int ?? 0
        #expect(edges > 20 && edgeMentions >= edges)
        do {
            let old = try SQLiteDatabase(path: path, mode: .readOnly)
            #expect(try old.scalar("PRAGMA user_version") == .integer(4))
            #expect(try old.scalar("SELECT count(*) FROM edges WHERE id = source || '|' || relation || '|' || target") == .integer(edges))
            #expect(try old.scalar("SELECT count(*) FROM mentions m JOIN edges e ON e.id = m.edge_id") == .integer(edgeMentions))
        }
        let upgraded = try GraphStore(path: path, access: .write)
        #expect(try upgraded.schemaVersion() == 5)
        #expect(try upgraded.tableCounts() == current.tableCounts())
        #expect(try upgraded.graph(sentences: true) == current.graph(sentences: true))
        #expect(try upgraded.graph(sentences: false) == current.graph(sentences: false))
        for id in ["person:강인선", "organization:서울대학교", StoreTestSupport.roundtable, StoreTestSupport.mspID] {
            let node = try #require(try upgraded.node(id: id))
            #expect(try node == current.node(id: id))
            #expect(try upgraded.whoMet(id) == current.whoMet(id))
            #expect(try upgraded.timeline(node) == current.timeline(node))
            #expect(try upgraded.report(node) == current.report(node))
        }
        #expect(try upgraded.search("서울") == current.search("서울"))
        #expect(try upgraded.resolve("MSP") == current.resolve("MSP"))
        #expect(try upgraded.stats() == current.stats())
        // Edges point at the rows of their ends; the edge text IDs are derived, not stored.
        #expect(try upgraded.db.scalar("""
            SELECT count(*) FROM edges e JOIN nodes s ON s.id = e.source JOIN nodes t ON t.id = e.target
            """) == .integer(edges))
        #expect(try upgraded.db.rows("PRAGMA table_info(mentions)").filter { ["node_id", "edge_id"].contains($0.text(1)) }.map { $0.text(2) }
                == ["INTEGER", "INTEGER"])
        #expect(try upgraded.integrityCheck() == "ok")
        #expect(try upgraded.db.rows("PRAGMA foreign_key_check").isEmpty)
        #expect(try upgraded.missingIndexes().isEmpty)
        let sql = "SELECT type, name, tbl_name FROM sqlite_master ORDER BY name"
        #expect(try upgraded.db.rows(sql) == current.db.rows(sql))
        // The upgraded store keeps working: an edit replaces the follow-up's facts as in a new store.
        _ = try upgraded.ingestBatch([StoreTestSupport.item(StoreTestSupport.followUp, Graph(), hash: "emptied")], ingestedAt: "t")
        _ = try current.ingestBatch([StoreTestSupport.item(StoreTestSupport.followUp, Graph(), hash: "emptied")], ingestedAt: "t")
        #expect(try upgraded.node(id: "person:임종우") == nil)
        #expect(try upgraded.graph(sentences: true) == current.graph(sentences: true))
        #expect(try upgraded.tableCounts() == current.tableCounts())
    }
}
