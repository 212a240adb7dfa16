import Foundation
import Testing
@testable import CoopGraph

@Suite("GraphStore+Remove")
struct GraphStoreRemoveTests {
    typealias S = StoreTestSupport

    /// A store holding the hand-built graph of seed 002 and, under another folder, the follow-up release.
    static func twoDocuments() throws -> GraphStore {
        let path = try S.temporaryFolder("remove").appendingPathComponent("store.sqlite").path
        let store = try GraphStore(path: path, access: .write)
        _ = try store.ingestBatch([S.item(S.seed002, S.seed002Graph(), folder: "/docs/2024"),
                                   S.item(S.followUp, S.followUpGraph(), folder: "/docs/2024%x")], ingestedAt: "t")
        return store
    }

    @Test("a file's path, a folder's path and bench copies match; a longer name and LIKE wildcards do not")
    func pathsAtOrUnder() throws {
        let store = try Self.twoDocuments()
        #expect(try store.storedPaths(atOrUnder: "/docs/2024/\(S.seed002)") == ["/docs/2024/\(S.seed002)"])
        #expect(try store.storedPaths(atOrUnder: "/docs/2024") == ["/docs/2024/\(S.seed002)"])
        #expect(try store.storedPaths(atOrUnder: "/docs/2024/") == ["/docs/2024/\(S.seed002)"])
        #expect(try store.storedPaths(atOrUnder: "/docs") == ["/docs/2024%x/\(S.followUp)", "/docs/2024/\(S.seed002)"])
        #expect(try store.storedPaths(atOrUnder: "/docs/202").isEmpty)
        #expect(try store.storedPaths(atOrUnder: "/docs/2024_x").isEmpty)
        _ = try store.ingestBatch([IngestItem(key: "/b/a.txt#copy1", name: "a.txt", contentHash: "h", graph: S.followUpGraph())], ingestedAt: "t")
        #expect(try store.storedPaths(atOrUnder: "/b/a.txt") == ["/b/a.txt#copy1"])
    }

    @Test("files gone from disk are listed without their copy suffix being asked about; standard input never")
    func withoutFile() throws {
        let store = try Self.twoDocuments()
        _ = try store.ingestBatch([IngestItem(key: "stdin:0123456789abcdef", name: "-", contentHash: "s", graph: S.followUpGraph()),
                                   IngestItem(key: "/b/a.txt#copy1", name: "a.txt", contentHash: "h", graph: S.followUpGraph())], ingestedAt: "t")
        var asked: [String] = []
        let gone = try store.storedPathsWithoutFile { asked.append($0); return $0 == "/docs/2024/\(S.seed002)" }
        #expect(gone == ["/b/a.txt#copy1", "/docs/2024%x/\(S.followUp)"])
        #expect(asked == ["/b/a.txt", "/docs/2024%x/\(S.followUp)", "/docs/2024/\(S.seed002)"])
    }

    @Test("removing the follow-up leaves exactly the store of seed 002 alone")
    func removeLeavesTheOther() throws {
        let store = try Self.twoDocuments()
        let alone = try S.seededStore().store
        let summary = try store.remove(paths: ["/docs/2024%x/\(S.followUp)", "/nowhere.txt"])
        #expect(summary.removed == ["/docs/2024%x/\(S.followUp)"])
        #expect(summary.orphanedDuplicates.isEmpty)
        #expect(summary.nodesBefore - summary.nodesAfter == 1)  // 임종우, only the follow-up names him
        #expect(summary.edgesAfter < summary.edgesBefore)
        #expect(try store.tableCounts() == alone.tableCounts())
        #expect(try store.graph(sentences: true) == alone.graph(sentences: true))
        #expect(try store.integrityCheck() == "ok")
    }

    @Test("a dry run reports and changes nothing")
    func dryRun() throws {
        let store = try Self.twoDocuments()
        let before = try store.tableCounts()
        let summary = try store.remove(paths: ["/docs/2024/\(S.seed002)"], dryRun: true)
        #expect(summary.removed == ["/docs/2024/\(S.seed002)"])
        #expect(summary.nodesAfter == summary.nodesBefore && summary.edgesAfter == summary.edgesBefore)
        #expect(try store.tableCounts() == before)
    }

    @Test("removing an original lists its stored duplicate, which then needs extracting again")
    func orphanedDuplicate() throws {
        let store = try Self.twoDocuments()
        let copy = IngestItem(key: "/copies/\(S.seed002)", name: S.seed002, contentHash: SHA256.hexDigest(Array(S.seed002.utf8)), graph: nil)
        #expect(try store.ingestBatch([copy], ingestedAt: "t") == [.duplicate(of: S.seed002)])
        let summary = try store.remove(paths: ["/docs/2024/\(S.seed002)"])
        #expect(summary.orphanedDuplicates == ["/copies/\(S.seed002)"])
        #expect(try store.currentHashes()["/copies/\(S.seed002)"] == nil)
        #expect(try store.ingestBatch([copy], ingestedAt: "t") == [.needsExtraction])
        #expect(try store.ingestBatch([IngestItem(key: copy.key, name: copy.name, contentHash: copy.contentHash, graph: S.seed002Graph())], ingestedAt: "t") == [.replaced])
        #expect(try store.integrityCheck() == "ok")
    }
}
