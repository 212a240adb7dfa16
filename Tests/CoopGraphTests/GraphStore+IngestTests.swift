import Foundation
import Testing
@testable import CoopGraph

@Suite("GraphStore+Ingest")
struct GraphStoreIngestTests {
    typealias S = StoreTestSupport
    let stamp = "2026-01-01T00:00:00Z"

    func freshStore() throws -> GraphStore {
        try GraphStore(path: try S.temporaryFolder("ingest").appendingPathComponent("s.sqlite").path, access: .write)
    }

    @Test("ingesting the same documents twice changes no count and reports them unchanged")
    func idempotent() throws {
        let store = try freshStore()
        let items = [S.item(S.seed002, S.seed002Graph()), S.item(S.followUp, S.followUpGraph())]
        #expect(try store.ingestBatch(items, ingestedAt: stamp) == [.added, .added])
        let first = try store.tableCounts()
        #expect(first == ["documents": 2, "nodes": 25, "aliases": 11, "alias_documents": 11, "node_properties": 21, "edges": 27, "edge_properties": 5, "sentences": 7, "mentions": 55])
        #expect(try store.ingestBatch(items, ingestedAt: "2026-01-02T00:00:00Z") == [.unchanged, .unchanged])
        #expect(try store.tableCounts() == first)
        // Without graphs (extraction skipped because the hash is known) the answer is the same.
        var bare = items
        for i in bare.indices { bare[i].graph = nil }
        #expect(try store.ingestBatch(bare, ingestedAt: stamp) == [.unchanged, .unchanged])
        #expect(try store.tableCounts() == first)
    }

    @Test("an edited document (same path, new hash) has its facts replaced; nodes only it named are gone")
    func editReplacesFacts() throws {
        let store = try freshStore()
        _ = try store.ingestBatch([S.item(S.seed002, S.seed002Graph()), S.item(S.followUp, S.followUpGraph())], ingestedAt: stamp)
        // The follow-up is edited: 임종우 is gone, 김성국 took part instead, and the event lost its place.
        var g = Graph()
        let sentence = "연세대 글로벌융합공학부 김성국 교수도 참석했다."
        let ev = S.evidence(sentence, document: S.followUp, rule: "event.attendees")
        g.add(Node(kind: .person, name: "김성국", properties: ["title": "교수"], evidence: [ev]))
        g.add(Node(id: S.roundtable, kind: .event, name: "제2차 경제안보외교 민관합동 라운드테이블", properties: ["date": "2024-09-20"], evidence: [ev]))
        g.add(Edge(source: "person:김성국", target: S.roundtable, relation: .participatedIn, evidence: [ev]))
        let edited = S.item(S.followUp, g, hash: "edited")
        #expect(try store.ingestBatch([edited], ingestedAt: stamp) == [.replaced])
        #expect(try store.node(id: "person:임종우") == nil)
        #expect(try store.node(id: "person:김성국")?.properties == ["title": "교수"])
        let event = try #require(try store.node(id: S.roundtable))
        #expect(event.properties["location"] == nil)
        #expect(!event.aliases.contains("민관합동 라운드테이블"))
        // 강인선 survives (seed 002 names it) but lost the follow-up's alias and mention.
        let kang = try #require(try store.node(id: "person:강인선"))
        #expect(kang.aliases == [])
        #expect(try store.report(kang).mentions.map(\.document) == [S.seed002])
        #expect(try store.whoMet("person:강인선").map(\.counterpart) == ["외교부", "서울대학교", "김성국", "김희상", "최장욱"])
        // Exactly the facts of seed 002 plus the edited follow-up: the same as ingesting those two afresh.
        let fresh = try freshStore()
        _ = try fresh.ingestBatch([S.item(S.seed002, S.seed002Graph()), edited], ingestedAt: stamp)
        #expect(try store.tableCounts() == fresh.tableCounts())
        #expect(try store.stats() == fresh.stats())
        #expect(try store.integrityCheck() == "ok")
    }

    @Test("the same event reported by two documents is one node with both as provenance; aliases are unioned")
    func crossDocumentMerge() throws {
        let store = try freshStore()
        _ = try store.ingestBatch([S.item(S.seed002, S.seed002Graph()), S.item(S.followUp, S.followUpGraph())], ingestedAt: stamp)
        let event = try #require(try store.node(id: S.roundtable))
        #expect(event.aliases == ["경제안보외교 민관합동 라운드테이블", "라운드테이블", "민관합동 라운드테이블"])
        // The earliest document's value wins; a key only the later one gives is added.
        #expect(event.properties["date_surface"] == "9월 20일(금)")
        #expect(event.properties["location"] == "서울")
        #expect(try store.report(event).mentions.map(\.document) == [S.seed002, S.followUp])
        #expect(try store.node(id: "person:강인선")?.properties["title"] == "2차관")
    }

    @Test("a document with the content of a stored one is recorded as its duplicate, without facts")
    func duplicates() throws {
        let store = try freshStore()
        let original = S.item(S.seed002, S.seed002Graph(), hash: "same")
        let copy = S.item("copy.txt", S.seed002Graph(), hash: "same", folder: "/elsewhere")
        #expect(try store.ingestBatch([original, copy], ingestedAt: stamp) == [.added, .duplicate(of: S.seed002)])
        #expect(try store.db.scalar("SELECT count(*) FROM mentions WHERE document_id = 2")?.int == 0)
        #expect(try store.stats().documents == ["duplicate": 1, "extracted": 1])
        // When the original changes, the duplicate is no longer current and is extracted on its next ingest.
        _ = try store.ingestBatch([S.item(S.seed002, S.followUpGraph(), hash: "changed")], ingestedAt: stamp)
        #expect(try store.currentHashes()["/elsewhere/copy.txt"] == nil)
        var bare = copy
        bare.graph = nil
        #expect(try store.ingestBatch([bare], ingestedAt: stamp) { _ in copy } == [.replaced])
        #expect(try store.stats().documents == ["extracted": 2])
    }

    @Test("stubs are recorded with no facts")
    func stubs() throws {
        let store = try freshStore()
        var stub = S.item("stub.txt", S.seed002Graph())
        stub.isStub = true
        #expect(try store.ingestBatch([stub], ingestedAt: stamp) == [.stub])
        #expect(try store.tableCounts()["nodes"] == 0)
    }

    @Test("a failing batch leaves the store as of the last committed batch")
    func atomicBatches() throws {
        let store = try freshStore()
        _ = try store.ingestBatch([S.item(S.seed002, S.seed002Graph())], ingestedAt: stamp)
        let committed = try store.tableCounts()
        struct Interrupted: Error {}
        let needy = S.item("late.txt", Graph(), hash: "late")
        var bare = needy
        bare.graph = nil
        #expect(throws: Interrupted.self) {
            _ = try store.ingestBatch([S.item(S.followUp, S.followUpGraph()), bare], ingestedAt: stamp) { _ in throw Interrupted() }
        }
        #expect(try store.tableCounts() == committed)
    }

    @Test("batches inside one writeTransaction commit together, and a failure rolls all of them back")
    func sharedTransaction() throws {
        let store = try freshStore()
        _ = try store.ingestBatch([S.item("first.txt", Graph(), hash: "first")], ingestedAt: stamp)
        let committed = try store.tableCounts()
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try store.writeTransaction {
                #expect(try store.ingestBatch([S.item(S.seed002, S.seed002Graph())], ingestedAt: stamp) == [.added])
                #expect(store.db.isInTransaction)
                throw Interrupted()
            }
        }
        #expect(try store.tableCounts() == committed)
        #expect(!store.db.isInTransaction)
        let outcomes = try store.writeTransaction {
            try store.ingestBatch([S.item(S.seed002, S.seed002Graph())], ingestedAt: stamp)
                + store.ingestBatch([S.item(S.followUp, S.followUpGraph())], ingestedAt: stamp)
        }
        #expect(outcomes == [.added, .added])
        #expect(try store.tableCounts()["documents"] == 3)
        #expect(try store.tableCounts()["mentions"] == 55)
        // Foreign keys are back on after the transaction, and nothing dangles.
        #expect(try store.db.scalar("PRAGMA foreign_keys")?.int == 1)
        #expect(try store.db.rows("PRAGMA foreign_key_check").isEmpty)
    }

    @Test("edges whose ends are not in the store are not written")
    func danglingEdges() throws {
        let store = try freshStore()
        var g = Graph()
        g.add(Node(kind: .person, name: "홍길동", evidence: [S.evidence("홍길동", rule: "t")]))
        g.add(Edge(source: "person:홍길동", target: "event:nowhere", relation: .participatedIn))
        _ = try store.ingestBatch([S.item("x.txt", g)], ingestedAt: stamp)
        #expect(try store.tableCounts()["edges"] == 0)
        #expect(try store.tableCounts()["mentions"] == 1)
    }

    @Test("a copy of a stored document needs no graph: it is recorded with the original's metadata")
    func duplicateWithoutGraph() throws {
        let store = try freshStore()
        var original = S.item(S.seed002, S.seed002Graph(), hash: "h")
        original.metadata = DocumentMetadata(title: "경제안보외교 민관합동 라운드테이블 개최", date: .day(2024, 9, 20, surface: "2024.09.20"), department: "외교부")
        var copy = S.item("copy.txt", Graph(), hash: "h", folder: "/other")
        copy.graph = nil
        #expect(try store.ingestBatch([original], ingestedAt: stamp) == [.added])
        let counts = try store.tableCounts()
        #expect(try store.ingestBatch([copy], ingestedAt: stamp) == [.duplicate(of: S.seed002)])
        #expect(try store.db.rows("SELECT title, date, department, status FROM documents WHERE name = 'copy.txt'").first?.values ==
                [.text("경제안보외교 민관합동 라운드테이블 개최"), .text("2024-09-20"), .text("외교부"), .text("duplicate")])
        var after = try store.tableCounts()
        after["documents"] = counts["documents"]
        #expect(after == counts)
        #expect(try store.originalContentHashes() == ["h"])
    }

    @Test("rows a writer remembers from its earlier batches are written again when another connection has deleted them since")
    func memoForgetsAfterOtherWriters() throws {
        let path = try S.temporaryFolder("memo").appendingPathComponent("m.sqlite").path
        let a = try GraphStore(path: path, access: .write)
        func graph(_ document: String) -> Graph {
            var g = Graph()
            let ev = S.evidence(S.msp, document: document, rule: "test")
            g.add(Node(kind: .organization, name: "핵심광물안보파트너십", aliases: ["MSP"], evidence: [ev]))
            g.add(Node(kind: .country, name: "미국", evidence: [ev]))
            g.add(Edge(source: "country:미국", target: "organization:핵심광물안보파트너십", relation: .memberOf, evidence: [ev]))
            return g
        }
        #expect(try a.ingestBatch([S.item("one.txt", graph("one.txt"))], ingestedAt: stamp) == [.added])
        // Another connection edits the only document: the node, its alias and the edge are deleted.
        let b = try GraphStore(path: path, access: .write)
        #expect(try b.ingestBatch([S.item("one.txt", Graph(), hash: "edited")], ingestedAt: stamp) == [.replaced])
        #expect(try b.tableCounts()["nodes"] == 0)
        // The first connection names them again: they must be stored again, not taken as present.
        #expect(try a.ingestBatch([S.item("two.txt", graph("two.txt"))], ingestedAt: stamp) == [.added])
        #expect(try a.tableCounts() == ["documents": 2, "nodes": 2, "aliases": 1, "alias_documents": 1, "node_properties": 0,
                                        "edges": 1, "edge_properties": 0, "sentences": 1, "mentions": 3])
        #expect(try a.node(id: "organization:핵심광물안보파트너십")?.aliases == ["MSP"])
        #expect(try a.db.rows("PRAGMA foreign_key_check").isEmpty)
        // Without another writer in between, a later batch finds them remembered and stores each once.
        #expect(try a.ingestBatch([S.item("three.txt", graph("three.txt"))], ingestedAt: stamp) == [.added])
        #expect(try a.tableCounts()["aliases"] == 1)
        #expect(try a.tableCounts()["alias_documents"] == 2)
        #expect(try a.tableCounts()["edges"] == 1)
    }
}
