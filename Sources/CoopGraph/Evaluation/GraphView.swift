/// A graph seen as the Python scorer reads its GraphML: string data per node and undirected adjacency.
///
/// Built once per scoring; node order is ID order, the order ``GraphMLExporter`` writes.
struct GraphView {
    let ids: [String]
    let kind: [String: String]
    let name: [String: String]
    let title: [String: String]
    let date: [String: String]
    let names: [String: Set<NormalizedName>]
    let adjacency: [String: Set<String>]

    init(_ graph: Graph) {
        var ids: [String] = [], kind: [String: String] = [:], name: [String: String] = [:]
        var title: [String: String] = [:], date: [String: String] = [:], names: [String: Set<NormalizedName>] = [:]
        for n in graph.nodes {
            ids.append(n.id)
            kind[n.id] = n.kind.rawValue
            name[n.id] = n.name
            if let t = n.properties["title"] { title[n.id] = t }
            if let d = n.properties["date"] { date[n.id] = d }
            // The exporter joins aliases with `|` and the scorer splits them again.
            let pieces = n.sortedAliases.flatMap { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
            names[n.id] = NormalizedName.set(n.name, pieces)
        }
        var adjacency: [String: Set<String>] = [:]
        for e in graph.edges {
            adjacency[e.source, default: []].insert(e.target)
            adjacency[e.target, default: []].insert(e.source)
        }
        self.ids = ids
        self.kind = kind
        self.name = name
        self.title = title
        self.date = date
        self.names = names
        self.adjacency = adjacency
    }

    func linked(_ a: String, _ b: String) -> Bool { adjacency[a]?.contains(b) ?? false }

    static func kindOK(_ gold: String, _ out: String) -> Bool {
        gold == out || (Scorer.bodyKinds.contains(gold) && Scorer.bodyKinds.contains(out))
    }

    /// The scorer's `find`: the first node sharing a name, else (with `contain`) the first whose
    /// name contains or is contained in a gold name, both at least four code points long.
    func find(_ goldNames: Set<NormalizedName>, in pool: [String], kind goldKind: String?, contain: Bool) -> String? {
        var best: String?
        for n in pool {
            if let goldKind, !goldKind.isEmpty, !Self.kindOK(goldKind, kind[n] ?? "") { continue }
            let out = names[n] ?? []
            if !goldNames.isDisjoint(with: out) { return n }
            if contain, best == nil,
               goldNames.contains(where: { g in
                   out.contains { o in
                       !g.isEmpty && !o.isEmpty && (g.contains(o) || o.contains(g)) && min(g.count, o.count) >= 4
                   }
               }) {
                best = n
            }
        }
        return best
    }
}
