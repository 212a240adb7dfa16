import CoopGraph
import Foundation
import Testing

@Suite("Scorer")
struct ScorerTests {
    typealias S = EvaluationTestSupport

    /// A graph that gets some things right, some wrong, exercising each rule of the scorer.
    static func partialGraph() -> Graph {
        var g = Graph()
        let korea = S.node(.country, "대한민국")                                       // alias of 한국
        let kisa = S.node(.institute, "한국철강협회".decomposedStringWithCanonicalMapping)  // kind family, NFD
        let jisf = S.node(.organization, "일본철강연맹", aliases: ["JISF|일본 철강 연맹"])   // alias holding `|`
        let motie = S.node(.organization, "산업부")                                    // ministry as organization, by alias
        let bang = S.node(.person, "방문규", ["title": "산업통상자원부 장관"])               // title contains 장관
        let byun = S.node(.person, "변영만", ["title": "회장"])                         // 부회장 not in 회장
        let matsuno = S.node(.person, "마츠노·다이스케", ["title": "금속 과장"])            // punctuation and spaces ignored
        let meti = S.node(.country, "경제산업성")                                       // wrong kind: missed, yet not extra
        let posco = S.node(.organization, "포스코")                                     // extra
        let kpc = S.node(.institute, "한국생산성본부")                                   // optional gold: neither
        for n in [korea, kisa, jisf, motie, bang, byun, matsuno, meti, posco, kpc] { g.add(n) }
        g.add(S.edge(bang, motie, .affiliatedWith))
        g.add(S.edge(matsuno, meti, .affiliatedWith))
        // Two events on the seminar's date tie on linked participants: the first in ID order (축사) wins.
        let a = S.node(.event, "한-일 그린 철강 공동토론회 개최", ["date": "2023-09-21"])
        let b = S.node(.event, "축사", ["date": "2023-09-21"])
        let c = S.node(.event, "에너지장관회담 개최", ["date": "2023-10-01"])   // gold date null: found by name
        let d = S.node(.event, "한-일 민관 철강협의회")                        // no date: gold 2023-05 misses it
        let e = S.node(.event, "다른 행사", ["date": "2024-01-01"])
        for n in [a, b, c, d, e] { g.add(n) }
        g.add(S.edge(kisa, a)); g.add(S.edge(byun, a))
        g.add(S.edge(jisf, b)); g.add(S.edge(matsuno, b))
        g.add(S.edge(bang, c))
        let mou = S.node(.agreement, "그린철강 MOU 체결")   // contains the alias 그린철강 MOU
        let roadmap = S.node(.agreement, "로드맵")         // 3 code points: too short to count as contained
        g.add(mou); g.add(roadmap)
        g.add(S.edge(kisa, mou, .partyTo))
        return g
    }

    static func extraOnlyGraph() -> Graph {
        var g = Graph()
        let x = S.node(.organization, "포스코")
        let y = S.node(.event, "철강의 날", ["date": "2023-06-09"])
        g.add(x); g.add(y); g.add(S.edge(x, y))
        g.add(S.node(.agreement, "무관한 협정"))
        return g
    }

    @Test("a perfect graph: every figure is exact, participants and met-pairs lose only the unknown participant")
    func perfect() {
        let s = Scorer().score(S.gold, graph: S.perfectGraph(for: S.gold))
        #expect(s.name == "case")
        #expect(s.entityGold == 10)
        #expect(s.entityOutput == 12)
        #expect(s.missedEntities.isEmpty)
        #expect(s.extraEntities.isEmpty)
        #expect(s.entityPrecision == 1 && s.entityRecall == 1 && s.entityF1 == 1)
        #expect(s.titles == ScoreCount(3, of: 3))
        #expect(s.affiliations == ScoreCount(3, of: 3))
        #expect(s.eventGold == 3 && s.eventOutput == 4 && s.eventsMatched == 4)
        #expect(s.missedEvents.isEmpty)
        #expect(s.eventDatesRight == 3)
        #expect(s.participants == ScoreCount(7, of: 8))
        #expect(s.metPairs == ScoreCount(7, of: 8))
        #expect(s.agreementGold == 2 && s.missedAgreements.isEmpty)
        #expect(s.parties == ScoreCount(4, of: 4))
    }

    @Test("a partial graph: alias, kind family, wrong kind, extras, ties, contain matching, all exact")
    func partial() {
        let s = Scorer().score(S.gold, graph: Self.partialGraph())
        #expect(s.entityGold == 10)
        #expect(s.entityOutput == 10)
        #expect(s.missedEntities == ["일본", "일본 경제산업성", "한국금속재료연구조합"])
        #expect(s.extraEntities == ["포스코"])
        #expect(s.entityPrecision == 0.9)
        #expect(s.entityRecall == 0.7)
        #expect(abs(s.entityF1 - 0.7875) < 1e-12)
        #expect(s.titles == ScoreCount(2, of: 3))
        #expect(s.affiliations == ScoreCount(1, of: 3))
        #expect(s.eventGold == 3 && s.eventOutput == 5 && s.eventsMatched == 3)
        #expect(s.missedEvents == ["한-일 민관 철강협의회"])
        #expect(s.eventPrecision == 0.6)
        #expect(s.eventRecall == 2.0 / 3.0)
        #expect(abs(s.eventF1 - 0.631578947368421) < 1e-12)
        #expect(s.eventDatesRight == 1)
        #expect(s.participants == ScoreCount(3, of: 8))
        #expect(s.metPairs == ScoreCount(2, of: 8))
        #expect(s.agreementGold == 2)
        #expect(s.missedAgreements == ["한일 철강 로드맵"])
        #expect(s.agreementRecall == 0.5)
        #expect(s.parties == ScoreCount(1, of: 4))
    }

    @Test("an empty graph finds nothing: precision 0, recall 0, recall-style counts 0 of all")
    func empty() {
        let s = Scorer().score(S.gold, graph: Graph())
        #expect(s.entityPrecision == 0 && s.entityRecall == 0 && s.entityF1 == 0)
        #expect(s.missedEntities.count == 10)
        #expect(s.eventPrecision == 0 && s.eventRecall == 0)
        #expect(s.titles == ScoreCount(0, of: 3))
        #expect(s.participants == ScoreCount(0, of: 8))
        #expect(s.metPairs == ScoreCount(0, of: 8))
        #expect(s.agreementRecall == 0)
        #expect(s.parties == ScoreCount(0, of: 4))
    }

    @Test("an answer requiring nothing has recall 1 and, with no output, precision 0")
    func nothingRequired() {
        let gold = GoldAnswer(doc: "x.md", entities: [GoldEntity(kind: "country", name: "한국", isOptional: true)])
        let s = Scorer().score(gold, graph: Graph())
        #expect(s.entityRecall == 1 && s.entityPrecision == 0 && s.entityF1 == 0)
        #expect(s.eventRecall == 1 && s.agreementRecall == 1)
        #expect(s.titles.ratio == 1)
    }

    @Test("optional gold events consume output events they match, before later gold events can")
    func optionalEventConsumes() {
        let gold = GoldAnswer(doc: "x.md", events: [
            GoldEvent(kind: "meeting", name: "예비 회의", date: "2024-01-02", isOptional: true),
            GoldEvent(kind: "meeting", name: "본 회의", date: "2024-01-02"),
        ])
        var g = Graph()
        g.add(S.node(.event, "회의", ["date": "2024-01-02"]))
        let s = Scorer().score(gold, graph: g)
        #expect(s.eventsMatched == 1)
        #expect(s.missedEvents == ["본 회의"])
        #expect(s.eventPrecision == 1 && s.eventRecall == 0)
    }

    @Test("a stem is the file name without its last extension")
    func stem() {
        #expect(Scorer().score(GoldAnswer(doc: "dir/a.b.md"), graph: Graph()).name == "a.b")
        #expect(Scorer().score(GoldAnswer(doc: "x.md"), graph: Graph(), name: "given").name == "given")
    }

    // MARK: - Parity with ../shared/tools/score_graphml.py

    static func cases() throws -> [(String, GoldAnswer, Graph)] {
        var out: [(String, GoldAnswer, Graph)] = [
            ("perfect", S.gold, S.perfectGraph(for: S.gold)),
            ("partial", S.gold, partialGraph()),
            ("empty", S.gold, Graph()),
            ("extra", S.gold, extraOnlyGraph()),
        ]
        for folder in ["gold", "gold-extra"] {
            for file in try GoldAnswer.files(in: S.fixtures.appendingPathComponent(folder).path) {
                let gold = try GoldAnswer.load(path: file)
                out.append((folder + "/" + gold.doc, gold, S.perfectGraph(for: gold)))
                out.append((folder + "/" + gold.doc + " vs partial", gold, partialGraph()))
                out.append((folder + "/" + gold.doc + " degraded", gold, S.degradedGraph(for: gold)))
            }
        }
        return out
    }

    @Test("every figure equals the Python scorer's, case by case", .enabled(if: EvaluationTestSupport.canRunPythonScorer,
          "needs python3 and ../shared/tools/score_graphml.py next to the repository"))
    func parityPerDocument() throws {
        let dir = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (i, (label, gold, graph)) in try Self.cases().enumerated() {
            let goldURL = dir.appendingPathComponent("\(i).json")
            let graphURL = dir.appendingPathComponent("\(i).graphml")
            try S.writeGold(gold, to: goldURL)
            try S.writeGraphML(graph, to: graphURL)
            let py = try S.runPython([goldURL.path, graphURL.path, "--json"], as: S.PythonScore.self)
            Self.compare(py, Scorer().score(gold, graph: graph), label)
        }
    }

    /// Expects every figure of a Swift score to equal the Python scorer's.
    static func compare(_ py: S.PythonScore, _ s: DocumentScore, _ label: String) {
        let e = py.entities, v = py.events, a = py.agreements
        func pair(_ p: [Int]) -> ScoreCount { ScoreCount(p.first ?? -1, of: p.count == 2 ? p[1] : -1) }
        #expect(e.precision == s.entityPrecision, "\(label): entity precision")
        #expect(e.recall == s.entityRecall, "\(label): entity recall")
        #expect(e.f1 == s.entityF1, "\(label): entity F1")
        #expect(e.gold == s.entityGold, "\(label): entity gold")
        #expect(e.output == s.entityOutput, "\(label): entity output")
        #expect(e.missed == s.missedEntities, "\(label): missed entities")
        #expect(e.extra == s.extraEntities, "\(label): extra entities")
        #expect(pair(py.titles) == s.titles, "\(label): titles")
        #expect(pair(py.affiliations) == s.affiliations, "\(label): affiliations")
        #expect(v.precision == s.eventPrecision, "\(label): event precision")
        #expect(v.recall == s.eventRecall, "\(label): event recall")
        #expect(v.f1 == s.eventF1, "\(label): event F1")
        #expect(v.gold == s.eventGold, "\(label): event gold")
        #expect(v.output == s.eventOutput, "\(label): event output")
        #expect(v.missed == s.missedEvents, "\(label): missed events")
        #expect(v.dates_right == s.eventDatesRight, "\(label): dates right")
        #expect(pair(py.participants) == s.participants, "\(label): participants")
        #expect(pair(py.met_pairs) == s.metPairs, "\(label): met-pairs")
        #expect(a.recall == s.agreementRecall, "\(label): agreement recall")
        #expect(a.gold == s.agreementGold, "\(label): agreement gold")
        #expect(a.missed == s.missedAgreements, "\(label): missed agreements")
        #expect(pair(py.parties) == s.parties, "\(label): parties")
    }

    @Test("randomized graphs for every gold answer score exactly as in Python", .enabled(if: EvaluationTestSupport.canRunPythonScorer,
          "needs python3 and ../shared/tools/score_graphml.py next to the repository"))
    func parityRandomized() throws {
        let dir = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var rng = S.SeededGenerator(state: 20_261_121)
        var cases: [(String, GoldAnswer, Graph, URL, URL)] = []
        let golds = try Self.cases().map { ($0.0, $0.1) }.filter { !$0.0.contains(" ") }
        for (label, gold) in golds {
            for k in 0..<12 {
                let i = cases.count
                let goldURL = dir.appendingPathComponent("\(i).json"), graphURL = dir.appendingPathComponent("\(i).graphml")
                let graph = S.randomGraph(for: gold, using: &rng)
                try S.writeGold(gold, to: goldURL)
                try S.writeGraphML(graph, to: graphURL)
                cases.append(("\(label) #\(k)", gold, graph, goldURL, graphURL))
            }
        }
        let python = try S.runPythonScore(pairs: cases.map { ($0.3, $0.4) })
        #expect(python.count == cases.count)
        var swiftScores: [DocumentScore] = []
        for (py, c) in zip(python, cases) {
            let s = Scorer().score(c.1, graph: c.2)
            swiftScores.append(s)
            Self.compare(py, s, c.0)
        }
        // The cases are varied: neither all perfect nor all empty.
        let f1s = Set(swiftScores.map { ($0.entityF1 * 100).rounded() })
        #expect(f1s.count > 20)
    }

    @Test("micro-averaged totals equal the Python scorer's --dir totals", .enabled(if: EvaluationTestSupport.canRunPythonScorer,
          "needs python3 and ../shared/tools/score_graphml.py next to the repository"))
    func parityTotals() throws {
        let dir = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let golds = dir.appendingPathComponent("gold"), graphs = dir.appendingPathComponent("graphs")
        try FileManager.default.createDirectory(at: golds, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: graphs, withIntermediateDirectories: true)
        var scores: [DocumentScore] = []
        for (i, (_, gold, graph)) in try Self.cases().enumerated() {
            var g = gold
            g.doc = String(format: "%03d.md", i)
            try S.writeGold(g, to: golds.appendingPathComponent(String(format: "%03d.json", i)))
            try S.writeGraphML(graph, to: graphs.appendingPathComponent(String(format: "%03d.graphml", i)))
            scores.append(Scorer().score(g, graph: graph))
        }
        let py = try S.runPython(["--dir", golds.path, graphs.path, "--json"], as: S.PythonTotal.self)
        let t = ScoreFigures(totalling: scores)
        #expect(py.entity_p == t.entityPrecision)
        #expect(py.entity_r == t.entityRecall)
        #expect(py.entity_f1 == t.entityF1)
        #expect(py.event_p == t.eventPrecision)
        #expect(py.event_r == t.eventRecall)
        #expect(py.event_f1 == t.eventF1)
        #expect(py.agreement_r == t.agreementRecall)
        #expect(py.titles == t.titles)
        #expect(py.affiliations == t.affiliations)
        #expect(py.participants == t.participants)
        #expect(py.met_pairs == t.metPairs)
        #expect(py.parties == t.parties)
        #expect(t.entityF1 > 0 && t.entityF1 < 1)   // the cases mix perfect and partial graphs
    }
}
