/// What ``GraphStore/remove(paths:dryRun:)`` did: the documents removed and how the graph shrank.
public struct RemovalSummary: Sendable, Hashable {
    /// Stored paths of the removed documents, sorted.
    public var removed: [String] = []
    /// Stored duplicates whose original was removed, sorted: they have no facts until ingested again.
    public var orphanedDuplicates: [String] = []
    public var nodesBefore = 0
    public var nodesAfter = 0
    public var edgesBefore = 0
    public var edgesAfter = 0

    public init() {}

    /// The summary lines `coopgraph remove` prints (deterministic).
    public func lines(dryRun: Bool) -> [String] {
        var out = [(dryRun ? "would remove " : "removed ") + "\(removed.count) document" + (removed.count == 1 ? "" : "s")]
        if !dryRun {
            out.append("nodes: \(nodesAfter) (-\(nodesBefore - nodesAfter)), edges: \(edgesAfter) (-\(edgesBefore - edgesAfter))")
        }
        if !orphanedDuplicates.isEmpty {
            out.append("\(orphanedDuplicates.count) stored duplicate" + (orphanedDuplicates.count == 1 ? " loses its" : "s lose their")
                       + " original; ingest " + (orphanedDuplicates.count == 1 ? "it" : "them") + " again to extract:")
            out += orphanedDuplicates.map { "  " + $0 }
        }
        return out
    }
}
