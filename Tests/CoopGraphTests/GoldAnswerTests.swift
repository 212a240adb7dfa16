import CoopGraph
import Foundation
import Testing

@Suite("GoldAnswer")
struct GoldAnswerTests {
    typealias S = EvaluationTestSupport

    static func allFixtureGold() throws -> [(folder: String, path: String, gold: GoldAnswer)] {
        var out: [(String, String, GoldAnswer)] = []
        for folder in ["gold", "gold-extra", "gold-holdout", "gold-holdout2", "gold-holdout3", "gold-holdout4", "gold-holdout5", "gold-holdout6", "gold-holdout7", "gold-holdout8", "gold-holdout9", "gold-holdout10", "gold-holdout11"] {
            for path in try GoldAnswer.files(in: S.fixtures.appendingPathComponent(folder).path) {
                out.append((folder, path, try GoldAnswer.load(path: path)))
            }
        }
        return out
    }

    @Test("the gold fixtures load: 5 seeds, 12 extra, three held-out sets of 8 and eight of 12, chair and optional flags included")
    func loadsFixtures() throws {
        let all = try Self.allFixtureGold()
        #expect(all.filter { $0.folder == "gold" }.count == 5)
        #expect(all.filter { $0.folder == "gold-extra" }.count == 12)
        for set in ["gold-holdout", "gold-holdout2", "gold-holdout3"] { #expect(all.filter { $0.folder == set }.count == 8, "\(set)") }
        for set in ["gold-holdout4", "gold-holdout5", "gold-holdout6", "gold-holdout7", "gold-holdout8", "gold-holdout9", "gold-holdout10", "gold-holdout11"] { #expect(all.filter { $0.folder == set }.count == 12, "\(set)") }
        let msp = try GoldAnswer.load(path: S.fixtures.appendingPathComponent("gold/002_3831a9fd0fdb2adc.json").path)
        #expect(msp.docDate == "2024-09-20")
        #expect(msp.agreements.first?.chair == [GoldChair(party: "미국"), GoldChair(party: "한국", from: "2024-07", to: "2025-07")])
        #expect(msp.events.last?.isOptional == true)
        let blog = try GoldAnswer.load(path: S.fixtures.appendingPathComponent("gold/004_e6ad473aa1b0f41c.json").path)
        #expect(blog.docDate == nil)
        #expect(blog.events.first?.date == nil)
    }

    @Test("every answer is self-consistent: its document exists, every participant, party and affiliation is one of its entities, dates are ISO")
    func fixturesAreConsistent() throws {
        let iso = try Regex("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
        for (folder, path, gold) in try Self.allFixtureGold() {
            let docs = "press-releases" + folder.dropFirst("gold".count)
            #expect(FileManager.default.fileExists(atPath: S.fixtures.appendingPathComponent(docs).appendingPathComponent(gold.doc).path), "\(path)")
            let names = Set(gold.entities.flatMap { NormalizedName.set($0.name, $0.aliases) })
            let referenced = gold.entities.compactMap(\.affiliation) + gold.events.flatMap(\.participants) + gold.agreements.flatMap(\.parties)
            for r in referenced { #expect(names.contains(NormalizedName(r)), "\(path): \(r) is not an entity") }
            for d in gold.events.compactMap(\.date) + gold.agreements.compactMap(\.date) + [gold.docDate].compactMap({ $0 }) {
                #expect(d.wholeMatch(of: iso) != nil, "\(path): date \(d)")
            }
            for (i, a) in gold.entities.enumerated() {
                for b in gold.entities[(i + 1)...] {
                    #expect(NormalizedName.set(a.name, a.aliases).isDisjoint(with: NormalizedName.set(b.name, b.aliases)),
                            "\(path): \(a.name) and \(b.name) share a name")
                }
            }
        }
    }

    @Test("a perfect graph of every answer scores 1 on every figure")
    func perfectGraphsScoreOne() throws {
        for (_, path, gold) in try Self.allFixtureGold() {
            let s = Scorer().score(gold, graph: S.perfectGraph(for: gold))
            let f = ScoreFigures(totalling: [s])
            #expect([f.entityF1, f.eventF1, f.agreementRecall, f.titles, f.affiliations, f.participants, f.metPairs, f.parties] == Array(repeating: 1, count: 8),
                    "\(path)")
        }
    }

    @Test("aliases may be one |-joined string; absent lists read as empty; encoding round-trips")
    func lenientDecoding() throws {
        let json = #"{"doc": "a.md", "doc_date": null, "entities": [{"kind": "country", "name": "미국", "aliases": "미|美", "optional": true}], "extra": 1}"#
        let gold = try JSONDecoder().decode(GoldAnswer.self, from: Data(json.utf8))
        #expect(gold.entities == [GoldEntity(kind: "country", name: "미국", aliases: ["미", "美"], isOptional: true)])
        #expect(gold.events.isEmpty && gold.agreements.isEmpty)
        let again = try JSONDecoder().decode(GoldAnswer.self, from: JSONEncoder().encode(gold))
        #expect(again == gold)
    }

    @Test("a file that is not a gold answer is an unreadable error naming the problem")
    func rejectsNonGold() throws {
        let dir = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("bad.json").path
        try Data(#"{"entities": []}"#.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: CoopGraphError.unreadable(path: path, reason: "not a gold answer: missing key \"doc\" at top level")) {
            try GoldAnswer.load(path: path)
        }
        #expect(throws: CoopGraphError.unreadable(path: dir.appendingPathComponent("none.json").path, reason: "no such file or not readable")) {
            try GoldAnswer.load(path: dir.appendingPathComponent("none.json").path)
        }
    }

    @Test("gold files are listed in code-point order, JSON only")
    func files() throws {
        let dir = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for n in ["b.json", "a.json", "한.json", "Z.json", "notes.txt", ".hidden.json"] {
            try Data("{}".utf8).write(to: dir.appendingPathComponent(n))
        }
        #expect(try GoldAnswer.files(in: dir.path).map { ($0 as NSString).lastPathComponent } == ["Z.json", "a.json", "b.json", "한.json"])
    }
}
