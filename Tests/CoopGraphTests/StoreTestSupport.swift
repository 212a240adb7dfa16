import Foundation
@testable import CoopGraph

/// Shared fixtures of the store suites: temporary folders and a hand-built graph of seed 002.
enum StoreTestSupport {
    static let repoRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh empty folder under the system temporary directory.
    static func temporaryFolder(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let seed002 = "002_3831a9fd0fdb2adc.txt"
    static let seed002Text: String = (try? String(contentsOf: repoRoot.appendingPathComponent("Fixtures/press-releases/\(seed002)"), encoding: .utf8)) ?? ""

    /// Evidence for `sentence` in a document, its span found in the seed's text when present.
    static func evidence(_ sentence: String, document: String = seed002, rule: String) -> Evidence {
        var span = SourceRange(0, 0)
        if let r = seed002Text.range(of: sentence) {
            let start = seed002Text.utf8.distance(from: seed002Text.startIndex, to: r.lowerBound)
            span = SourceRange(start, start + sentence.utf8.count)
        }
        return Evidence(document: document, span: span, sentence: sentence, rule: rule)
    }

    static let opening = "외교부는 9월 20일(금) 「제2차 경제안보외교 민관합동 라운드테이블」을 개최했다."
    static let attendees = "※ 참석자 : (정부) 외교부 강인선 2차관, 김희상 경제외교조정관 등"
    static let experts = "(전문가) 서울대 화학생물공학부 최장욱 교수"
    static let launch = "2022년 6월 출범, 우리나라는 미국에 이어 2대 의장국 수임(2024.7월부터 1년)"
    static let msp = "※ 핵심광물안보파트너십(MSP, Minerals Security Partnership) : 핵심광물 공급망 관련 국제 협의체로 14개국(한국, 미국, 영국, 일본, 캐나다, 스웨덴, 프랑스, 호주, 핀란드, 독일, 노르웨이, 이탈리아, 인도, 에스토니아) 및 EU 참여 중"
    static let firstRound = "※ 제1차 라운드테이블은 「미중 전략경쟁 시대의 AI 및 반도체 전략」 주제로 6.21(금) 개최"

    static let roundtable = NodeID.make(kind: .event, name: "제2차 경제안보외교 민관합동 라운드테이블", qualifier: "2024-09-20")
    static let mspID = NodeID.make(kind: .agreement, name: "핵심광물안보파트너십")
    static let mspParties = ["한국", "미국", "영국", "일본", "캐나다", "스웨덴", "프랑스", "호주", "핀란드", "독일", "노르웨이", "이탈리아", "인도", "에스토니아"]

    /// What extraction should make of seed 002: the roundtable and its participants, the MSP with
    /// its parties and chairs, the first roundtable and the MSP launch.
    static func seed002Graph() -> Graph {
        var g = Graph()
        func node(_ kind: NodeKind, _ name: String, aliases: Set<String> = [], properties: [String: String] = [:],
                  _ sentence: String, rule: String, qualifier: String? = nil) -> String {
            let id = NodeID.make(kind: kind, name: name, qualifier: qualifier)
            g.add(Node(id: id, kind: kind, name: name, aliases: aliases, properties: properties,
                       evidence: [evidence(sentence, rule: rule)]))
            return id
        }
        func edge(_ s: String, _ r: Relation, _ t: String, _ sentence: String, rule: String, props: [String: String] = [:]) {
            g.add(Edge(source: s, target: t, relation: r, properties: props, evidence: [evidence(sentence, rule: rule)]))
        }
        let mofa = node(.ministry, "외교부", aliases: ["대한민국 외교부"], opening, rule: "gazetteer.ministry")
        let kang = node(.person, "강인선", properties: ["title": "2차관"], attendees, rule: "person.title")
        let kim = node(.person, "김희상", properties: ["title": "경제외교조정관"], attendees, rule: "person.title")
        let choi = node(.person, "최장욱", properties: ["title": "교수"], experts, rule: "person.title")
        let snu = node(.organization, "서울대학교", aliases: ["서울대"], experts, rule: "gazetteer.organization")
        let event = node(.event, "제2차 경제안보외교 민관합동 라운드테이블", aliases: ["경제안보외교 민관합동 라운드테이블", "라운드테이블"],
                         properties: ["date": "2024-09-20", "date_precision": "day", "date_surface": "9월 20일(금)",
                                      "event_type": "meeting", "modality": "happened"],
                         opening, rule: "event.held", qualifier: "2024-09-20")
        let first = node(.event, "제1차 라운드테이블", properties: ["date": "2024-06-21", "event_type": "meeting", "modality": "happened"],
                         firstRound, rule: "event.held", qualifier: "2024-06-21")
        _ = first
        let mspNode = node(.agreement, "핵심광물안보파트너십", aliases: ["MSP", "Minerals Security Partnership"],
                       properties: ["date": "2022-06", "date_precision": "month", "agreement_kind": "partnership"],
                       msp, rule: "agreement.named")
        let launchEvent = node(.event, "핵심광물안보파트너십 출범", properties: ["date": "2022-06", "event_type": "launch", "modality": "happened"],
                               launch, rule: "event.launch", qualifier: "2022-06")
        edge(mofa, .organized, event, opening, rule: "event.organizer")
        edge(kang, .affiliatedWith, mofa, attendees, rule: "person.affiliation", props: ["title": "2차관"])
        edge(kim, .affiliatedWith, mofa, attendees, rule: "person.affiliation", props: ["title": "경제외교조정관"])
        edge(choi, .affiliatedWith, snu, experts, rule: "person.affiliation", props: ["title": "교수"])
        for p in [kang, kim] { edge(p, .participatedIn, event, attendees, rule: "event.attendees") }
        edge(choi, .participatedIn, event, experts, rule: "event.attendees")
        edge(snu, .participatedIn, event, experts, rule: "event.attendees")
        for name in mspParties {
            let c = node(.country, name, aliases: name == "한국" ? ["대한민국", "우리나라"] : [], msp, rule: "gazetteer.country")
            edge(c, .partyTo, mspNode, msp, rule: "agreement.parties")
        }
        let eu = node(.organization, "EU", aliases: ["유럽연합"], msp, rule: "gazetteer.organization")
        edge(eu, .partyTo, mspNode, msp, rule: "agreement.parties")
        edge(NodeID.make(kind: .country, name: "미국"), .chairs, mspNode, launch, rule: "agreement.chair")
        edge(NodeID.make(kind: .country, name: "한국"), .chairs, mspNode, launch, rule: "agreement.chair", props: ["from": "2024-07", "to": "2025-07"])
        edge(launchEvent, .about, mspNode, launch, rule: "event.about")
        return g
    }

    /// A second release about the same roundtable (same event ID), adding a participant.
    static let followUp = "900_followup.txt"
    static let followUpSentence = "서울대 화학부 임종우 교수도 라운드테이블에 참석했다."

    static func followUpGraph() -> Graph {
        var g = Graph()
        let ev = { (s: String) in evidence(s, document: followUp, rule: "event.attendees") }
        let lim = NodeID.make(kind: .person, name: "임종우")
        g.add(Node(kind: .person, name: "임종우", properties: ["title": "교수"], evidence: [ev(followUpSentence)]))
        g.add(Node(id: roundtable, kind: .event, name: "제2차 경제안보외교 민관합동 라운드테이블", aliases: ["민관합동 라운드테이블"],
                   properties: ["date": "2024-09-20", "location": "서울"], evidence: [ev(followUpSentence)]))
        g.add(Node(kind: .person, name: "강인선", aliases: ["강인선 차관"], properties: ["title": "차관"], evidence: [ev(followUpSentence)]))
        g.add(Edge(source: lim, target: roundtable, relation: .participatedIn, evidence: [ev(followUpSentence)]))
        g.add(Edge(source: NodeID.make(kind: .person, name: "강인선"), target: roundtable, relation: .participatedIn, evidence: [ev(followUpSentence)]))
        return g
    }

    static func item(_ name: String, _ graph: Graph, hash: String? = nil, folder: String = "/docs") -> IngestItem {
        IngestItem(key: folder + "/" + name, name: name, contentHash: hash ?? SHA256.hexDigest(Array(name.utf8)), graph: graph)
    }

    /// A store at a fresh path holding seed 002 (and the follow-up when asked).
    static func seededStore(followUp withFollowUp: Bool = false) throws -> (store: GraphStore, path: String) {
        let path = try temporaryFolder("seeded").appendingPathComponent("store.sqlite").path
        let store = try GraphStore(path: path, access: .write)
        var items = [item(seed002, seed002Graph())]
        if withFollowUp { items.append(item(followUp, followUpGraph())) }
        _ = try store.ingestBatch(items, ingestedAt: "2026-01-01T00:00:00Z")
        return (store, path)
    }

    /// Writes at `path` a store of schema `version` (1 to 4, text node and edge IDs) holding the
    /// rows of the current store at `currentPath`, as that version would have stored them.
    static func oldStore(version: Int, from currentPath: String, at path: String) throws {
        let db = try SQLiteDatabase(path: path, mode: .create)
        try db.exec("PRAGMA journal_mode = WAL")
        let migrations = StoreSchema.migrations[0..<version].map(\.sql).joined(separator: ";\n")
        try db.exec("BEGIN; \(migrations); PRAGMA user_version = \(version); PRAGMA application_id = \(StoreSchema.applicationID); COMMIT")
        try db.exec("ATTACH DATABASE '\(currentPath)' AS current")
        let edgeID = "s.key || '|' || e.relation || '|' || t.key"
        // Since version 4 a document's aliases are pairs of integers pointing at one row per alias.
        let aliases = version >= 4
            ? "SELECT a.id AS id, n.key AS node_id, a.alias AS alias, a.normalized AS normalized FROM current.aliases a JOIN current.nodes n ON n.id = a.node_id"
            : """
              SELECT n.key AS node_id, d.document_id AS document_id, a.alias AS alias, a.normalized AS normalized
              FROM current.aliases a JOIN current.nodes n ON n.id = a.node_id JOIN current.alias_documents d ON d.alias_id = a.id
              """
        let sources: [(table: String, select: String)] = [
            ("documents", "SELECT * FROM current.documents"),
            ("nodes", "SELECT key AS id, kind, name, normalized FROM current.nodes"),
            ("aliases", aliases),
            ("alias_documents", "SELECT * FROM current.alias_documents"),
            ("node_properties", "SELECT p.document_id AS document_id, n.key AS node_id, p.key AS key, p.value AS value FROM current.node_properties p JOIN current.nodes n ON n.id = p.node_id"),
            ("edges", "SELECT \(edgeID) AS id, s.key AS source, t.key AS target, e.relation AS relation FROM current.edges e JOIN current.nodes s ON s.id = e.source JOIN current.nodes t ON t.id = e.target"),
            ("edge_properties", """
                SELECT p.document_id AS document_id, \(edgeID) AS edge_id, p.key AS key, p.value AS value FROM current.edge_properties p
                JOIN current.edges e ON e.id = p.edge_id JOIN current.nodes s ON s.id = e.source JOIN current.nodes t ON t.id = e.target
                """),
            ("sentences", "SELECT * FROM current.sentences"),
            ("mentions", """
                SELECT m.id AS id, n.key AS node_id, \(edgeID) AS edge_id, m.document_id AS document_id, m.span_start AS span_start,
                       m.span_end AS span_end, m.sentence_id AS sentence_id, r.name AS rule
                FROM current.mentions m JOIN current.rules r ON r.id = m.rule_id LEFT JOIN current.nodes n ON n.id = m.node_id LEFT JOIN current.edges e ON e.id = m.edge_id
                LEFT JOIN current.nodes s ON s.id = e.source LEFT JOIN current.nodes t ON t.id = e.target
                """),
        ]
        for (table, select) in sources {
            let columns = try db.rows("PRAGMA main.table_info(\(table))").map { $0.text(1) }.joined(separator: ", ")
            guard !columns.isEmpty else { continue }  // alias_documents before version 4
            try db.exec("INSERT INTO main.\(table) (\(columns)) SELECT \(columns) FROM (\(select))")
        }
    }

    /// Runs a CLI command against a store and returns status, standard output and standard error.
    static func run(_ arguments: [String], store: String) -> (status: Int32, out: String, err: String) {
        let io = CommandIO.capture(environment: ["COOPGRAPH_STORE": store])
        let status = CoopGraphCLI.run(arguments, io: io)
        return (status, io.captured.out, io.captured.err)
    }
}
