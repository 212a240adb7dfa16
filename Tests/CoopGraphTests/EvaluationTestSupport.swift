import CoopGraph
import Foundation

/// Shared material of the evaluation suites: paths, a hand-made gold answer, graph builders,
/// and a runner for `../shared/tools/score_graphml.py`.
enum EvaluationTestSupport {
    /// The package root, found from this file's path (Tests/CoopGraphTests/…).
    static let repoRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repoRoot.appendingPathComponent("Fixtures")
    /// `../shared/tools/score_graphml.py`, next to the repository.
    static let pythonScorer = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/score_graphml.py")

    static let python3: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let p = "\(dir)/python3"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }()

    /// True when the Python scorer and python3 are both there (parity tests skip otherwise).
    static var canRunPythonScorer: Bool {
        python3 != nil && FileManager.default.fileExists(atPath: pythonScorer.path)
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The per-document JSON of `score_graphml.py GOLD GRAPH --json`.
    struct PythonScore: Decodable {
        struct Entities: Decodable { var precision, recall, f1: Double; var gold, output: Int; var missed, extra: [String] }
        struct Events: Decodable {
            var precision, recall, f1: Double; var gold, output: Int; var missed: [String]; var dates_right: Int
        }
        struct Agreements: Decodable { var recall: Double; var gold: Int; var missed: [String] }
        var entities: Entities
        var events: Events
        var agreements: Agreements
        var titles, affiliations, participants, met_pairs, parties: [Int]
    }

    /// The totals JSON of `score_graphml.py --dir GOLD_DIR GRAPH_DIR --json`.
    struct PythonTotal: Decodable {
        var entity_p, entity_r, entity_f1, event_p, event_r, event_f1, agreement_r: Double
        var titles, affiliations, participants, met_pairs, parties: Double
    }

    /// Runs the Python scorer and decodes its JSON output. (`JSONDecoder`, not
    /// `JSONSerialization`: bridged NSNumbers lose the last bit of some doubles.)
    static func runPython<T: Decodable>(_ arguments: [String], as type: T.Type) throws -> T {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python3 ?? "/usr/bin/python3")
        p.arguments = [pythonScorer.path] + arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return try JSONDecoder().decode(T.self, from: data)
    }

    static func writeGraphML(_ graph: Graph, to url: URL) throws {
        var s = ""
        GraphMLExporter().export(graph, options: ExportOptions(), write: { s += $0 })
        try s.write(to: url, atomically: true, encoding: .utf8)
    }

    static func writeGold(_ gold: GoldAnswer, to url: URL) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        try enc.encode(gold).write(to: url)
    }

    // MARK: - A small gold answer exercising every rule of the scorer

    static let gold = GoldAnswer(
        doc: "case.txt", docDate: "2023-09-21",
        entities: [
            GoldEntity(kind: "country", name: "한국", aliases: ["대한민국", "한"]),
            GoldEntity(kind: "country", name: "일본", aliases: ["일"]),
            GoldEntity(kind: "ministry", name: "산업통상자원부", aliases: ["산업부"]),
            GoldEntity(kind: "ministry", name: "일본 경제산업성", aliases: ["경제산업성"]),
            GoldEntity(kind: "organization", name: "한국철강협회"),
            GoldEntity(kind: "organization", name: "일본철강연맹"),
            GoldEntity(kind: "institute", name: "한국금속재료연구조합"),
            GoldEntity(kind: "organization", name: "한국생산성본부", isOptional: true),
            GoldEntity(kind: "person", name: "방문규", title: "장관", affiliation: "산업통상자원부"),
            GoldEntity(kind: "person", name: "변영만", title: "부회장", affiliation: "한국철강협회"),
            GoldEntity(kind: "person", name: "마츠노 다이스케", title: "금속과장", affiliation: "일본 경제산업성"),
            GoldEntity(kind: "person", name: "김종주", title: "과장", affiliation: "산업통상자원부", isOptional: true),
        ],
        events: [
            GoldEvent(kind: "seminar", name: "제1회 한-일 그린 철강 공동토론회", aliases: ["한-일 그린 철강 공동토론회"], date: "2023-09-21",
                      participants: ["한국철강협회", "일본철강연맹", "변영만", "마츠노 다이스케"]),
            GoldEvent(kind: "meeting", name: "한-일 민관 철강협의회", date: "2023-05", participants: ["한국", "일본"]),
            GoldEvent(kind: "meeting", name: "한-일 에너지장관회담", aliases: ["에너지장관회담"], date: nil, participants: ["방문규", "없는 사람"]),
            GoldEvent(kind: "launch", name: "축사", date: "2023-09-21", participants: [], isOptional: true),
        ],
        agreements: [
            GoldAgreement(name: "그린 철강 협력 양해각서", aliases: ["그린철강 MOU"], kind: "mou", date: "2023-09-21",
                          parties: ["한국철강협회", "일본철강연맹"]),
            GoldAgreement(name: "철강 공급계약", kind: "contract", parties: ["한국"], isOptional: true),
            GoldAgreement(name: "한일 철강 로드맵", kind: "agreement", parties: ["한국", "일본"]),
        ]
    )

    static func node(_ kind: NodeKind, _ name: String, aliases: Set<String> = [], _ props: [String: String] = [:]) -> Node {
        Node(kind: kind, name: name, aliases: aliases, properties: props)
    }

    static func edge(_ a: Node, _ b: Node, _ r: Relation = .participatedIn) -> Edge {
        Edge(source: a.id, target: b.id, relation: r)
    }

    /// The graph a perfect extractor would give for a gold answer: every entity, event and
    /// agreement, persons linked to their affiliation, events to participants, agreements to parties.
    static func perfectGraph(for gold: GoldAnswer) -> Graph {
        var g = Graph()
        var ids: [String: String] = [:]
        for e in gold.entities {
            let n = Node(kind: NodeKind(rawValue: e.kind) ?? .organization, name: e.name, aliases: Set(e.aliases),
                         properties: e.title.map { ["title": $0] } ?? [:])
            ids[e.name] = g.add(n)
        }
        for e in gold.entities {
            if let a = e.affiliation, let s = ids[e.name], let t = ids[a] { g.add(Edge(source: s, target: t, relation: .affiliatedWith)) }
        }
        for (i, ev) in gold.events.enumerated() {
            let n = Node(id: "event:\(i)", kind: .event, name: ev.name, aliases: Set(ev.aliases), properties: ev.date.map { ["date": $0] } ?? [:])
            g.add(n)
            for p in ev.participants { if let t = ids[p] { g.add(Edge(source: t, target: n.id, relation: .participatedIn)) } }
        }
        for (i, ag) in gold.agreements.enumerated() {
            let n = Node(id: "agreement:\(i)", kind: .agreement, name: ag.name, aliases: Set(ag.aliases), properties: ag.date.map { ["date": $0] } ?? [:])
            g.add(n)
            for p in ag.parties { if let t = ids[p] { g.add(Edge(source: t, target: n.id, relation: .partyTo)) } }
        }
        return g
    }
}

extension EvaluationTestSupport {
    /// A perfect graph damaged in regular ways: every third entity dropped, every second edge
    /// dropped, odd events moved by a day-less date, agreements renamed to a longer name.
    static func degradedGraph(for gold: GoldAnswer) -> Graph {
        let perfect = perfectGraph(for: gold)
        var g = Graph()
        var dropped: Set<String> = []
        for (i, n) in perfect.nodes.enumerated() {
            var n = n
            switch n.kind {
            case .event:
                if i % 2 == 1, let d = n.properties["date"] { n.properties["date"] = String(d.prefix(4)) }
            case .agreement:
                n.name += " 체결"
                n.aliases = []
            default:
                if i % 3 == 0 { dropped.insert(n.id); continue }
            }
            g.add(n)
        }
        for (i, e) in perfect.edges.enumerated() where i % 2 == 0 && !dropped.contains(e.source) && !dropped.contains(e.target) {
            g.add(e)
        }
        g.add(Node(kind: .organization, name: "엉뚱한 기관"))
        return g
    }
}

extension EvaluationTestSupport {
    /// SplitMix64: a deterministic generator, so that randomized cases are the same on every run.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A graph that gets a gold answer partly right in random ways: dropped and renamed nodes,
    /// wrong kinds and titles, shifted dates, duplicated names, junk nodes, random and missing edges.
    static func randomGraph(for gold: GoldAnswer, using rng: inout SeededGenerator) -> Graph {
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
        func pick<T>(_ xs: [T]) -> T? { xs.isEmpty ? nil : xs[Int.random(in: 0..<xs.count, using: &rng)] }
        func variant(_ name: String, _ aliases: [String]) -> String {
            let base = pick([name] + aliases) ?? name
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: return base + " 개최"
            case 1: return String(base.prefix(3))
            case 2: return base.replacingOccurrences(of: " ", with: "")
            case 3: return "(" + base.uppercased() + ")"
            default: return base
            }
        }
        var g = Graph()
        var ids: [String: [String]] = [:]
        var all: [String] = []
        var counter = 0
        func add(_ kind: NodeKind, _ name: String, aliases: Set<String> = [], _ props: [String: String] = [:], gold goldName: String? = nil) {
            counter += 1
            let id = String(format: "n%03d", Int.random(in: 0..<1000, using: &rng)) + "-\(counter)"
            g.add(Node(id: id, kind: kind, name: name, aliases: aliases, properties: props))
            all.append(id)
            if let goldName { ids[goldName, default: []].append(id) }
        }
        let kinds = NodeKind.allCases.filter { $0 != .event && $0 != .agreement }
        let dates = gold.events.compactMap(\.date) + ["2024", "2023-09-21"]
        for e in gold.entities where chance(0.75) {
            let kind = chance(0.15) ? (pick(kinds) ?? .country) : (NodeKind(rawValue: e.kind) ?? .organization)
            var props: [String: String] = [:]
            if let t = e.title { props["title"] = chance(0.6) ? t : (chance(0.5) ? "회장" : "부 " + t) }
            add(kind, variant(e.name, e.aliases), aliases: Set(e.aliases.filter { _ in chance(0.3) }), props, gold: e.name)
            if chance(0.1) { add(kind, e.name, gold: e.name) }   // a duplicate under the same name
        }
        for _ in 0..<Int.random(in: 0...3, using: &rng) {
            add(pick(kinds) ?? .organization, pick(["포스코", "정부", "한국", "기관", "경제산업성", "APEC"]) ?? "x")
        }
        for ev in gold.events where chance(0.75) {
            var props: [String: String] = [:]
            if chance(0.85) { props["date"] = chance(0.6) ? (ev.date ?? "") : (pick(dates) ?? "") }
            add(.event, variant(ev.name, ev.aliases), aliases: Set(ev.aliases.filter { _ in chance(0.3) }), props, gold: "event|" + ev.name)
        }
        for _ in 0..<Int.random(in: 0...2, using: &rng) { add(.event, "행사", pick(dates).map { ["date": $0] } ?? [:]) }
        for ag in gold.agreements where chance(0.75) {
            add(.agreement, variant(ag.name, ag.aliases), ag.date.map { ["date": $0] } ?? [:], gold: "agreement|" + ag.name)
        }
        if chance(0.5) { add(.agreement, "협약") }
        func link(_ a: String, _ b: String, _ r: Relation) {
            for x in ids[a] ?? [] { for y in ids[b] ?? [] where chance(0.65) { g.add(Edge(source: x, target: y, relation: r)) } }
        }
        for e in gold.entities { if let a = e.affiliation { link(e.name, a, .affiliatedWith) } }
        for ev in gold.events { for p in ev.participants { link(p, "event|" + ev.name, .participatedIn) } }
        for ag in gold.agreements { for p in ag.parties { link(p, "agreement|" + ag.name, .partyTo) } }
        for _ in 0..<Int.random(in: 0...6, using: &rng) {
            if let a = pick(all), let b = pick(all) { g.add(Edge(source: a, target: b, relation: .about)) }
        }
        return g
    }

    /// Scores many gold/graph file pairs with one Python process (`score()` of the scorer module).
    static func runPythonScore(pairs: [(gold: URL, graph: URL)]) throws -> [PythonScore] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python3 ?? "/usr/bin/python3")
        p.arguments = ["-c", """
            import sys, json
            sys.path.insert(0, sys.argv[1])
            import score_graphml as s
            out = []
            for g, path in json.loads(sys.stdin.read()):
                nodes, adj = s.read_graphml(path)
                out.append(s.score(json.load(open(g, encoding="utf-8")), nodes, adj))
            print(json.dumps(out, ensure_ascii=False))
            """, pythonScorer.deletingLastPathComponent().path]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = Pipe()
        try p.run()
        input.fileHandleForWriting.write(try JSONEncoder().encode(pairs.map { [$0.gold.path, $0.graph.path] }))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return try JSONDecoder().decode([PythonScore].self, from: data)
    }
}
