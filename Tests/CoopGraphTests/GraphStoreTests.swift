import Foundation
import Testing
@testable import CoopGraph

@Suite("GraphStore")
struct GraphStoreTests {
    @Test("a file that is not SQLite is refused and left byte for byte unchanged")
    func notSQLite() throws {
        let folder = try StoreTestSupport.temporaryFolder("not-sqlite")
        let path = folder.appendingPathComponent("notes.sqlite").path
        let bytes = Data("These are my notes, not a database.\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        for access in [GraphStore.Access.write, .read] {
            #expect(throws: CoopGraphError.store(path: path, reason: "not a CoopGraph store: the file is not an SQLite database; it was left unchanged. Pass another file with --store")) {
                _ = try GraphStore(path: path, access: access)
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.sqlite"])
        let r = StoreTestSupport.run(["ingest", StoreTestSupport.repoRoot.appendingPathComponent("Fixtures/press-releases").path, "--store", path], store: "")
        #expect(r.status == 1)
        #expect(r.err.contains("not an SQLite database"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test("a store with a newer schema version is refused and left byte for byte unchanged")
    func newerSchema() throws {
        let folder = try StoreTestSupport.temporaryFolder("newer")
        let path = folder.appendingPathComponent("future.sqlite").path
        do {
            let db = try SQLiteDatabase(path: path, mode: .create)
            try db.exec("PRAGMA application_id = \(StoreSchema.applicationID); PRAGMA user_version = 99; CREATE TABLE future (x)")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for access in [GraphStore.Access.write, .read] {
            #expect(throws: CoopGraphError.store(path: path, reason: "store schema version 99 is newer than this coopgraph understands (up to \(StoreSchema.currentVersion)); upgrade coopgraph. The file was left unchanged")) {
                _ = try GraphStore(path: path, access: access)
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["future.sqlite"])
    }

    @Test("another application's SQLite database is refused and unchanged")
    func foreignDatabase() throws {
        let folder = try StoreTestSupport.temporaryFolder("foreign")
        let path = folder.appendingPathComponent("other.db").path
        try SQLiteDatabase(path: path, mode: .create).exec("CREATE TABLE contacts (name)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: CoopGraphError.self) { _ = try GraphStore(path: path, access: .write) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test("queries on a missing store say how to build one and create nothing")
    func missingStore() throws {
        let folder = try StoreTestSupport.temporaryFolder("missing")
        let path = folder.appendingPathComponent("none.sqlite").path
        #expect(throws: CoopGraphError.store(path: path, reason: "no store here; build one with `coopgraph ingest PATH... --store \(path)`")) {
            _ = try GraphStore(path: path, access: .read)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a reader keeps one consistent snapshot while a writer commits batches (WAL)")
    func readerSnapshot() throws {
        let (writer, path) = try StoreTestSupport.seededStore()
        let reader = try GraphStore(path: path, access: .read)
        let before = try reader.tableCounts()
        try reader.snapshot {
            #expect(try reader.tableCounts() == before)
            // The writer holds its transaction open, then commits, while the reader's snapshot lasts.
            _ = try writer.ingestBatch([StoreTestSupport.item(StoreTestSupport.followUp, StoreTestSupport.followUpGraph())],
                                       ingestedAt: "2026-01-01T00:00:01Z")
            #expect(try reader.tableCounts() == before)
            #expect(try reader.whoMet("person:강인선").count == 4)
        }
        let after = try reader.tableCounts()
        #expect(after["documents"] == 2)
        #expect(after["nodes"] == (before["nodes"] ?? 0) + 1)
        #expect(try reader.whoMet("person:강인선").count == 5)
    }

    @Test("integrity check of a fresh store is ok")
    func integrity() throws {
        let (store, _) = try StoreTestSupport.seededStore(followUp: true)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.db.rows("PRAGMA foreign_key_check").isEmpty)
    }

    @Test("a reader on another thread sees only whole batches while a writer ingests")
    func concurrentReader() throws {
        let path = try StoreTestSupport.temporaryFolder("concurrent").appendingPathComponent("c.sqlite").path
        _ = try GraphStore(path: path, access: .write)
        let group = DispatchGroup()
        let failure = ResultSlots<String>(count: 1)
        group.enter()
        DispatchQueue.global().async {
            defer { group.leave() }
            do {
                let writer = try GraphStore(path: path, access: .write)
                for batch in 0..<40 {
                    let items = (0..<5).map { i -> IngestItem in
                        let n = batch * 5 + i
                        var g = Graph()
                        let ev = Evidence(document: "d\(n)", span: SourceRange(0, 1), sentence: "s", rule: "r")
                        g.add(Node(kind: .person, name: "p\(n)", evidence: [ev]))
                        g.add(Node(kind: .country, name: "c\(n % 3)", evidence: [ev]))
                        g.add(Edge(source: "person:p\(n)", target: "country:c\(n % 3)", relation: .affiliatedWith, evidence: [ev]))
                        return StoreTestSupport.item("d\(n).txt", g)
                    }
                    _ = try writer.ingestBatch(items, ingestedAt: "t")
                }
            } catch {
                failure.set(0, "\(error)")
            }
        }
        let reader = try GraphStore(path: path, access: .read)
        var snapshots = 0
        while group.wait(timeout: .now()) == .timedOut || snapshots == 0 {
            try reader.snapshot {
                let documents = try reader.db.scalar("SELECT count(*) FROM documents")?.int ?? -1
                let mentions = try reader.db.scalar("SELECT count(*) FROM mentions")?.int ?? -1
                #expect(documents % 5 == 0)
                #expect(mentions == documents * 3)
                #expect(try reader.db.scalar("SELECT count(*) FROM documents")?.int == documents)
            }
            snapshots += 1
        }
        #expect(failure.get(0) == nil)
        #expect(try reader.tableCounts()["documents"] == 200)
    }
}
