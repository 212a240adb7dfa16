import CoopGraph
import Foundation
import Testing

@Suite("Evaluator")
struct EvaluatorTests {
    typealias S = EvaluationTestSupport

    /// A gold folder `gold-t` with one answer whose document (`press-releases-t/empty.md`) is empty.
    static func emptyDocumentSetup() throws -> URL {
        let dir = try S.temporaryDirectory()
        let gold = dir.appendingPathComponent("gold-t"), docs = dir.appendingPathComponent("press-releases-t")
        try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try S.writeGold(GoldAnswer(doc: "empty.md", entities: [GoldEntity(kind: "country", name: "한국"), GoldEntity(kind: "country", name: "일본")],
                                   events: [GoldEvent(kind: "meeting", name: "회담", date: "2024-01-02", participants: ["한국", "일본"])]),
                        to: gold.appendingPathComponent("empty.json"))
        try Data().write(to: docs.appendingPathComponent("empty.md"))
        return dir
    }

    @Test("documents are looked for next to the gold folder by convention, then in seeds, then in the folder itself")
    func defaultFolders() {
        #expect(Evaluator.defaultDocumentFolders(forGold: "/r/Fixtures/gold-extra/") == ["/r/Fixtures/press-releases-extra", "/r/Fixtures/seeds", "/r/Fixtures/gold-extra"])
        #expect(Evaluator.defaultDocumentFolders(forGold: "/r/Fixtures/gold") == ["/r/Fixtures/press-releases", "/r/Fixtures/seeds", "/r/Fixtures/gold"])
        #expect(Evaluator.defaultDocumentFolders(forGold: "/s/answers") == ["/s/seeds", "/s/answers"])
    }

    @Test("an empty document yields an empty graph: everything is missed")
    func emptyDocument() throws {
        let dir = try Self.emptyDocumentSetup()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try Evaluator().evaluate(goldDirectory: dir.appendingPathComponent("gold-t").path)
        #expect(report.documents.map(\.name) == ["empty"])
        #expect(report.documents.first?.missedEntities == ["한국", "일본"])
        #expect(report.documents.first?.missedEvents == ["회담"])
        #expect(report.documents.first?.metPairs == ScoreCount(0, of: 1))
        #expect(report.total.entityF1 == 0)
    }

    @Test("a document in none of the folders is an unreadable error naming the gold file and the folders")
    func missingDocument() throws {
        let dir = try Self.emptyDocumentSetup()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gold = dir.appendingPathComponent("gold-t").path
        let elsewhere = dir.appendingPathComponent("elsewhere").path
        #expect(throws: CoopGraphError.unreadable(path: gold + "/empty.json",
                                                  reason: "its document \"empty.md\" is not in \(elsewhere); pass the folder with --docs")) {
            try Evaluator().evaluate(goldDirectory: gold, documentsDirectory: elsewhere)
        }
        #expect(throws: CoopGraphError.usage("no gold answers (*.json) in \(dir.path)")) {
            try Evaluator().evaluate(goldDirectory: dir.path)
        }
    }

    @Test("the repository's gold folders evaluate against their documents, in file-name order")
    func fixtures() throws {
        let seeds = try Evaluator().evaluate(goldDirectory: S.fixtures.appendingPathComponent("gold").path)
        #expect(seeds.documents.map(\.name) == ["000_ac5d94a41a160681", "001_cacad3f253e56116", "002_3831a9fd0fdb2adc",
                                                 "003_451513c86dda0af5", "004_e6ad473aa1b0f41c"])
        #expect(seeds.documents.map(\.entityGold) == [16, 8, 29, 16, 7])
        let extra = try Evaluator().evaluate(goldDirectory: S.fixtures.appendingPathComponent("gold-extra").path)
        #expect(extra.documents.count == 12)
        #expect(extra.documents.reduce(0) { $0 + $1.entityGold } == 122)
    }
}
