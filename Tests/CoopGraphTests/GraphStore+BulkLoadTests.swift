import Foundation
import Testing
@testable import CoopGraph

@Suite("GraphStore+BulkLoad")
struct GraphStoreBulkLoadTests {
    typealias S = StoreTestSupport
    let stamp = "2026-01-01T00:00:00Z"
    let names = StoreSchema.deferredIndexes.map(\.name)

    func items() -> [IngestItem] { [S.item(S.seed002, S.seed002Graph()), S.item(S.followUp, S.followUpGraph())] }

    func indexes(_ store: GraphStore) throws -> [String] {
        try store.db.rows("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name").map { $0.text(0) }
    }

    @Test("a bulk load drops the lookup indexes, writes the same rows, and builds the indexes again at the end")
    func bulkEqualsPlain() throws {
        let (plain, _) = try S.seededStore(followUp: true)
        let allIndexes = try indexes(plain)
        #expect(allIndexes.count == 12)
        let store = try GraphStore(path: try S.temporaryFolder("bulk").appendingPathComponent("b.sqlite").path, access: .write)
        #expect(try store.beginBulkLoad())
        #expect(try store.missingIndexes() == names)
        #expect(try indexes(store) == ["aliases_by_normalized", "documents_by_hash"])
        #expect(try store.ingestBatch(items(), ingestedAt: stamp) == [.added, .added])
        // Queries answer correctly without the indexes, only slower.
        #expect(try store.whoMet("person:강인선") == plain.whoMet("person:강인선"))
        try store.finishBulkLoad()
        #expect(try store.missingIndexes().isEmpty)
        #expect(try indexes(store) == allIndexes)
        // The small cache of the index build and the loading settings are gone again.
        #expect(try store.db.scalar("PRAGMA cache_size")?.int == Int64(GraphStore.cacheSize))
        #expect(try store.db.scalar("PRAGMA threads")?.int == 0)
        #expect(try store.tableCounts() == plain.tableCounts())
        #expect(try store.graph(sentences: true) == plain.graph(sentences: true))
        #expect(try store.resolve("MSP") == plain.resolve("MSP"))
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.db.rows("PRAGMA foreign_key_check").isEmpty)
    }

    @Test("a store that holds a document is not bulk loaded: nothing is dropped")
    func notWhenFilled() throws {
        let (store, _) = try S.seededStore()
        #expect(try !store.beginBulkLoad())
        #expect(try store.missingIndexes().isEmpty)
    }

    @Test("a bulk load that never finished (the process killed) gets its indexes back at the next open for writing")
    func unfinishedIsRepaired() throws {
        let path = try S.temporaryFolder("bulk-killed").appendingPathComponent("k.sqlite").path
        do {
            let store = try GraphStore(path: path, access: .write)
            #expect(try store.beginBulkLoad())
            _ = try store.ingestBatch(items(), ingestedAt: stamp)
        }
        // A reader sees the rows, without the indexes, and changes nothing.
        let reader = try GraphStore(path: path, access: .read)
        #expect(try reader.missingIndexes() == names)
        #expect(try reader.node(id: "person:임종우")?.properties == ["title": "교수"])
        let reopened = try GraphStore(path: path, access: .write)
        #expect(try reopened.missingIndexes().isEmpty)
        #expect(try reopened.tableCounts()["mentions"] == 55)
        #expect(try reopened.integrityCheck() == "ok")
    }

    @Test("an ingest run into an empty store leaves every index in place, as does one into a filled store")
    func pipelineRestores() throws {
        let root = try S.temporaryFolder("bulk-pipeline")
        for i in 0..<3 { try IngestPipelineTests.body(i).write(to: root.appendingPathComponent("d\(i).txt"), atomically: true, encoding: .utf8) }
        let store = try GraphStore(path: root.appendingPathComponent("s.sqlite").path, access: .write)
        let sources = (0..<3).map { IngestSource(displayPath: "d\($0).txt", absolutePath: root.appendingPathComponent("d\($0).txt").path) }
        #expect(try IngestPipeline(batchSize: 2, workers: 2).run(Array(sources.prefix(2)), into: store).added == 2)
        #expect(try store.missingIndexes().isEmpty)
        #expect(try IngestPipeline(batchSize: 2, workers: 2).run(sources, into: store).added == 1)
        #expect(try store.missingIndexes().isEmpty)
        #expect(try store.tableCounts()["documents"] == 3)
    }

    @Test("into an empty store the writer inserts rows it never wrote without looking for them, until another connection commits")
    func insertsWithoutLookups() throws {
        let path = try S.temporaryFolder("bulk-complete").appendingPathComponent("c.sqlite").path
        let store = try GraphStore(path: path, access: .write)
        #expect(!store.writtenRowsComplete)
        #expect(try store.beginBulkLoad())
        #expect(store.writtenRowsComplete)
        // Two documents naming the same nodes, edges and aliases, in two transactions: each row once.
        #expect(try store.ingestBatch([S.item(S.seed002, S.seed002Graph())], ingestedAt: stamp) == [.added])
        #expect(try store.ingestBatch([S.item(S.followUp, S.followUpGraph())], ingestedAt: stamp) == [.added])
        #expect(store.writtenRowsComplete)
        let (plain, _) = try S.seededStore(followUp: true)
        #expect(try store.tableCounts() == plain.tableCounts())
        // Another connection commits: the memos may be stale, lookups are back.
        let other = try GraphStore(path: path, access: .write)
        #expect(try other.ingestBatch([S.item("one.txt", Graph(), hash: "other")], ingestedAt: stamp) == [.added])
        #expect(try store.ingestBatch([S.item(S.followUp, S.followUpGraph(), hash: "again")], ingestedAt: stamp) == [.replaced])
        #expect(!store.writtenRowsComplete)
        try store.finishBulkLoad()
        var counts = try plain.tableCounts()
        counts["documents"] = 3
        #expect(try store.tableCounts() == counts)
        #expect(try store.graph(sentences: true) == plain.graph(sentences: true))
        #expect(try store.integrityCheck() == "ok")
    }

    @Test("a bulk load over a store that still holds nodes (its documents all removed) keeps looking rows up")
    func lookupsWhenRowsRemain() throws {
        let path = try S.temporaryFolder("bulk-rows").appendingPathComponent("r.sqlite").path
        let store = try GraphStore(path: path, access: .write)
        try store.db.exec("INSERT INTO nodes (key, kind, name, normalized) VALUES ('country:미국', 'country', '미국', '미국')")
        #expect(try store.beginBulkLoad())
        #expect(!store.writtenRowsComplete)
    }
}
