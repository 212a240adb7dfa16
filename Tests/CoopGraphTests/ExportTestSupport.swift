import Foundation
import Testing
@testable import CoopGraph

/// Graphs, golden files and external validators shared by the exporter suites.
enum ExportFixtures {
    static func ev(_ doc: String, _ lo: Int, _ hi: Int, _ sentence: String, _ rule: String = "test.rule") -> Evidence {
        Evidence(document: doc, span: SourceRange(lo, hi), sentence: sentence, rule: rule)
    }

    /// A small graph with every kind, most relations, dated events, agreement and terms, and
    /// one id that is not an NMTOKEN (space, parenthesis, slash).
    static let small: Graph = {
        let doc = "2023-05-21_산업부"
        let nodes = [
            Node(kind: .country, name: "한국", aliases: ["대한민국", "韓"], evidence: [ev(doc, 10, 16, "한국과 미국은 회의를 열었다.", "gazetteer.country")]),
            Node(kind: .country, name: "미국", aliases: ["美"]),
            Node(kind: .ministry, name: "산업통상자원부", aliases: ["산업부"]),
            Node(kind: .person, name: "이창양", properties: ["title": "장관"]),
            Node(kind: .organization, name: "APEC", aliases: ["아시아태평양경제협력체"]),
            Node(id: "institute:KETI (전자부품연구원)/old", kind: .institute, name: "한국전자기술연구원", aliases: ["KETI"]),
            Node(kind: .event, name: "한미 산업협력 회의", properties: [
                "date": "2023-05", "date_precision": "month", "date_surface": "지난 5월", "status": "happened",
                "event_type": "meeting", "location": "서울",
            ], evidence: [ev(doc, 20, 60, "지난 5월 서울에서 한미 산업협력 회의가 열렸다.", "pattern.event")]),
            Node(kind: .agreement, name: "한미 공급망 MOU", aliases: ["공급망 MOU"], properties: [
                "date": "2019", "date_end": "2020-06", "date_precision": "year", "status": "signed", "agreement_kind": "mou",
            ]),
        ]
        let edges = [
            Edge(source: "person:이창양", target: "ministry:산업통상자원부", relation: .affiliatedWith, properties: ["title": "장관", "from": "2022-05-10"]),
            Edge(source: "ministry:산업통상자원부", target: "event:한미_산업협력_회의", relation: .participatedIn,
                 evidence: [ev(doc, 20, 60, "지난 5월 서울에서 한미 산업협력 회의가 열렸다.", "pattern.participant")]),
            Edge(source: "country:미국", target: "event:한미_산업협력_회의", relation: .participatedIn),
            Edge(source: "ministry:산업통상자원부", target: "event:한미_산업협력_회의", relation: .organized),
            Edge(source: "country:한국", target: "agreement:한미_공급망_MOU", relation: .partyTo, properties: ["date": "2019"]),
            Edge(source: "country:미국", target: "agreement:한미_공급망_MOU", relation: .partyTo),
            Edge(source: "country:한국", target: "organization:APEC", relation: .chairs, properties: ["from": "2025", "to": "2025-11"]),
            Edge(source: "country:한국", target: "organization:APEC", relation: .memberOf, properties: ["from": "1989-11"]),
            Edge(source: "ministry:산업통상자원부", target: "country:한국", relation: .partOf),
            Edge(source: "event:한미_산업협력_회의", target: "agreement:한미_공급망_MOU", relation: .about),
            Edge(source: "institute:KETI (전자부품연구원)/old", target: "event:한미_산업협력_회의", relation: .participatedIn),
        ]
        return Graph(nodes: nodes, edges: edges)
    }()

    /// The text each hostile node carries; its name, one alias, title and evidence.
    static let hostileNames: [String] = [
        "Quote \"double\" 'single' \\back\\slash\\",
        "line1\nline2\r\nline3\rline4\ttab",
        "<tag> & ]]> -- <!-- not a comment --> &amp;",
        "ctl\u{01}x\u{1F}y\u{7F}z",
        "\u{200F}עברית\u{202E}abc\u{200E}",
        "🇰🇷 회의 😀 👩‍👩‍👧",
        "node", "edge", "graph", "subgraph", "strict", "digraph",
        "2019회의",
        String(repeating: "가", count: 6667),
        " leading and trailing  ",
    ]

    /// A graph whose names, aliases, properties and evidence are hostile to every format.
    static let hostile: Graph = {
        var nodes: [Node] = []
        for (i, name) in hostileNames.enumerated() {
            let kind = NodeKind.allCases[i % NodeKind.allCases.count]
            var props: [String: String] = ["title": name, "note x/y(1)": "v\"\(i)"]
            if kind == .event || kind == .agreement { props["date"] = "2024-02" }
            nodes.append(Node(kind: kind, name: name, aliases: ["", "alias " + name],
                              properties: props,
                              evidence: [ev("doc \"\(i)\"/<x>", i, i + 5, "sentence: " + name, "rule\t\(i)")]))
        }
        var graph = Graph(nodes: nodes, edges: [])
        let ids = graph.nodes.map(\.id)
        for (i, id) in ids.enumerated() {
            let target = ids[(i + 1) % ids.count]
            graph.add(Edge(source: id, target: target, relation: Relation.allCases[i % Relation.allCases.count],
                           properties: ["from": "2020", "note": hostileNames[i % hostileNames.count]],
                           evidence: [ev("doc-\(i)", 0, 3, "edge " + hostileNames[i % hostileNames.count])]))
        }
        return graph
    }()

    static func render(_ exporter: any GraphExporter, _ graph: Graph, _ options: ExportOptions = ExportOptions()) -> String {
        var out = ""
        exporter.export(graph, options: options) { out += $0 }
        return out
    }
}

/// The repository, golden files and ../shared, found from this file's path.
enum RepoPaths {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let golden = root.appendingPathComponent("Fixtures/golden")
    static let schemas = root.deletingLastPathComponent().appendingPathComponent("shared/schemas")
    static var hasSchemas: Bool { FileManager.default.fileExists(atPath: schemas.appendingPathComponent("graphml/graphml.xsd").path) }
    static func schema(_ relative: String) -> String { schemas.appendingPathComponent(relative).path }
    static func fixtures(_ sub: String) -> URL { root.appendingPathComponent("Fixtures").appendingPathComponent(sub) }

    /// The five seed press releases, sorted by name.
    static func pressReleases() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: fixtures("press-releases"), includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Compares `text` with the golden file byte for byte; `COOPGRAPH_RECORD=1` rewrites it.
    static func checkGolden(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["COOPGRAPH_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        let expected = try Data(contentsOf: url)
        #expect(expected == Data(text.utf8), "golden \(name) differs; re-record with COOPGRAPH_RECORD=1 if intended", sourceLocation: sourceLocation)
    }
}

/// Runs consumers' own readers and validators (xmllint, dot, python3 modules) as processes.
enum External {
    struct Result { var status: Int32; var out: String; var err: String }

    static func path(of tool: String) -> String? {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for d in dirs {
            let p = String(d) + "/" + tool
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    static func has(_ tool: String) -> Bool { path(of: tool) != nil }

    /// True when `python3` can import every module named.
    static func hasPython(_ modules: String...) -> Bool {
        guard has("python3") else { return false }
        return (try? run("python3", ["-c", modules.map { "import " + $0 }.joined(separator: "; ")]).status) == 0
    }

    static func run(_ tool: String, _ arguments: [String], input: Data? = nil) throws -> Result {
        guard let exe = path(of: tool) else { return Result(status: -1, out: "", err: "\(tool) not found") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = arguments
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        // Read both pipes concurrently so a chatty tool cannot block on a full pipe.
        let group = DispatchGroup()
        let errBox = DataBox()
        DispatchQueue.global().async(group: group) { errBox.data = err.fileHandleForReading.readDataToEndOfFile() }
        if let input { inp.fileHandleForWriting.write(input) }
        try? inp.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errBox.data, as: UTF8.self))
    }

    final class DataBox: @unchecked Sendable { var data = Data() }

    /// Writes `text` to a fresh temporary file with the given extension; returns its path.
    static func temporaryFile(_ text: String, ext: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("graph." + ext)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Runs a python3 script with `arguments`; its stdout parsed as JSON.
    static func python(_ script: String, _ arguments: [String]) throws -> (Result, Any?) {
        let r = try run("python3", ["-c", script] + arguments)
        return (r, try? JSONSerialization.jsonObject(with: Data(r.out.utf8)))
    }
}
