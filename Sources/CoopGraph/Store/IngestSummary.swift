/// What an ingest did: files read, skipped and failed, and how the store grew.
public struct IngestSummary: Sendable, Hashable {
    /// Files read from disk or standard input (every input that did not fail to read).
    public var read = 0
    public var added = 0
    public var replaced = 0
    public var unchanged = 0
    public var stubs = 0
    public var duplicates = 0
    public var failures: [IngestFailure] = []
    public var nodesBefore = 0
    public var nodesAfter = 0
    public var edgesBefore = 0
    public var edgesAfter = 0
    public var bytes = 0

    public init() {}

    mutating func count(_ outcome: IngestOutcome, path: String) {
        switch outcome {
        case .added: added += 1
        case .replaced: replaced += 1
        case .unchanged: unchanged += 1
        case .duplicate: duplicates += 1
        case .stub: stubs += 1
        case .needsExtraction: failures.append(IngestFailure(path: path, reason: "could not be extracted"))
        }
    }

    /// The summary lines `coopgraph ingest` prints (deterministic: no times).
    public var lines: [String] {
        func delta(_ a: Int, _ b: Int) -> String { b >= a ? "+\(b - a)" : "-\(a - b)" }
        return [
            "read \(read) files: \(added) added, \(replaced) replaced, \(unchanged) unchanged, \(stubs) stubs, \(duplicates) duplicates, \(failures.count) failed",
            "nodes: \(nodesAfter) (\(delta(nodesBefore, nodesAfter))), edges: \(edgesAfter) (\(delta(edgesBefore, edgesAfter)))",
        ]
    }
}
