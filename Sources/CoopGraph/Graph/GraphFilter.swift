/// Selects part of a graph: by node kind, relation, date range, or neighbourhood of a node.
///
/// Rules, applied in this order: `kinds` keeps nodes of those kinds; `relations` keeps edges
/// of those relations; `from`/`to` drop events and agreements whose date period does not
/// overlap the range (undated ones too) and edges whose `date` lies outside it; `around`
/// keeps the nodes within `depth` edges of that node ID. When any of relations, dates or
/// around is given, entities left with no edge are dropped, so the picture shows what the
/// filter asked about. Edges always need both ends kept.
public struct GraphFilter: Sendable, Hashable {
    public var kinds: Set<NodeKind>?
    public var relations: Set<Relation>?
    /// ISO 8601 at any precision (`2024`, `2024-09`, `2024-09-20`).
    public var from: String?
    public var to: String?
    /// A node ID; see ``depth``.
    public var around: String?
    public var depth: Int

    public init(kinds: Set<NodeKind>? = nil, relations: Set<Relation>? = nil, from: String? = nil, to: String? = nil,
                around: String? = nil, depth: Int = 1) {
        self.kinds = kinds
        self.relations = relations
        self.from = from
        self.to = to
        self.around = around
        self.depth = depth
    }

    public var isEmpty: Bool { kinds == nil && relations == nil && from == nil && to == nil && around == nil }

    public func apply(to graph: Graph) -> Graph {
        guard !isEmpty else { return graph }
        var keep = Set(graph.nodesByID.keys)
        if let kinds { keep = keep.filter { graph.nodesByID[$0].map { kinds.contains($0.kind) } ?? false } }
        if from != nil || to != nil {
            keep = keep.filter { id in
                guard let n = graph.nodesByID[id], n.kind == .event || n.kind == .agreement else { return true }
                guard let date = n.properties["date"] else { return false }
                return Self.overlaps(date, end: n.properties["date_end"], from: from, to: to)
            }
        }
        var edges = graph.edgesByID.values.filter { keep.contains($0.source) && keep.contains($0.target) }
        if let relations { edges = edges.filter { relations.contains($0.relation) } }
        if from != nil || to != nil {
            edges = edges.filter { e in e.properties["date"].map { Self.overlaps($0, end: nil, from: from, to: to) } ?? true }
        }
        if let around {
            var reached: Set<String> = keep.contains(around) ? [around] : []
            var frontier = reached
            var neighbours: [String: [String]] = [:]
            for e in edges {
                neighbours[e.source, default: []].append(e.target)
                neighbours[e.target, default: []].append(e.source)
            }
            for _ in 0..<max(0, depth) where !frontier.isEmpty {
                var next: Set<String> = []
                for id in frontier { for n in neighbours[id] ?? [] where !reached.contains(n) { next.insert(n) } }
                reached.formUnion(next)
                frontier = next
            }
            keep = reached
            edges = edges.filter { keep.contains($0.source) && keep.contains($0.target) }
        }
        if relations != nil || from != nil || to != nil || around != nil {
            var touched: Set<String> = []
            for e in edges { touched.insert(e.source); touched.insert(e.target) }
            keep = keep.filter { touched.contains($0) || $0 == around }
        }
        return Graph(nodes: keep.compactMap { graph.nodesByID[$0] }, edges: edges)
    }

    /// True when the period of `date` (through `end` when given) overlaps `[from, to]`.
    static func overlaps(_ date: String, end: String?, from: String?, to: String?) -> Bool {
        // A partial date spans its whole period: `2022-06` covers `2022-06-00` … `2022-06-99`.
        func low(_ d: String) -> String { d + String("-00-00".suffix(max(0, 10 - d.count))) }
        func high(_ d: String) -> String { d + String("-99-99".suffix(max(0, 10 - d.count))) }
        if let from, high(end ?? date) < low(from) { return false }
        if let to, low(date) > high(to) { return false }
        return true
    }
}
