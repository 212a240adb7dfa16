/// The graph's ontology: kinds, relations with their allowed endpoints, property names and types.
///
/// Mirrors `Schemas/ontology.json` (a test fails when they disagree), so tools outside Swift
/// read the same rules. ``violations(in:)`` checks a graph against it; extraction may produce
/// properties not declared here, which are reported, not removed.
public struct Ontology: Sendable, Hashable {
    /// The type of a property value.
    public enum ValueType: Sendable, Hashable {
        case string
        /// ISO 8601 at year, month or day precision.
        case date
        /// One of the listed values.
        case oneOf([String])

        /// The JSON name: `string`, `date`, `enum`.
        public var name: String {
            switch self {
            case .string: return "string"
            case .date: return "date"
            case .oneOf: return "enum"
            }
        }

        /// What a value must be, for messages: `an ISO date`, `one of year, month, day`.
        public var expected: String {
            switch self {
            case .string: return "a string"
            case .date: return "an ISO 8601 date (2019, 2023-05, 2023-09-21)"
            case .oneOf(let values): return "one of " + values.joined(separator: ", ")
            }
        }

        /// True when `value` is of this type.
        public func accepts(_ value: String) -> Bool {
            switch self {
            case .string: return true
            case .date: return ISODate.parse(value) != nil
            case .oneOf(let values): return values.contains(value)
            }
        }
    }

    /// The kinds a relation may join, source to target.
    public struct Endpoints: Sendable, Hashable {
        /// Kinds the edge may start from.
        public var source: Set<NodeKind>
        /// Kinds the edge may point to.
        public var target: Set<NodeKind>
    }

    /// A declared property: its type and, for node properties, the kinds that carry it.
    public struct Property: Sendable, Hashable {
        /// The type of its values.
        public var type: ValueType
        /// Kinds that may carry it (node properties); nil for edge properties.
        public var kinds: Set<NodeKind>?
    }

    /// Node kinds, in ``NodeKind`` order.
    public var kinds: [NodeKind]
    /// Allowed endpoint kinds of each relation.
    public var relations: [Relation: Endpoints]
    /// Declared node properties by name.
    public var nodeProperties: [String: Property]
    /// Declared edge properties by name.
    public var edgeProperties: [String: Property]

    /// The ontology of this version of CoopGraph.
    public static let standard: Ontology = {
        let bodies: Set<NodeKind> = [.ministry, .institute, .organization]
        let actors: Set<NodeKind> = bodies.union([.country, .person])
        let facts: Set<NodeKind> = [.agreement, .event]
        let statuses = ["happened", "planned", "negated", "signed", "negotiating", "in_force"]
        return Ontology(
            kinds: NodeKind.allCases,
            relations: [
                .participatedIn: Endpoints(source: actors, target: [.event]),
                .organized: Endpoints(source: actors, target: [.event]),
                .partyTo: Endpoints(source: bodies.union([.country]), target: [.agreement]),
                .memberOf: Endpoints(source: bodies.union([.country]), target: [.organization, .agreement]),
                .affiliatedWith: Endpoints(source: [.person], target: bodies.union([.country])),
                .chairs: Endpoints(source: actors, target: [.organization, .agreement, .event]),
                .about: Endpoints(source: [.event], target: [.agreement]),
                .partOf: Endpoints(source: bodies, target: bodies.union([.country])),
            ],
            nodeProperties: [
                "title": Property(type: .string, kinds: [.person]),
                "date": Property(type: .date, kinds: facts),
                "date_end": Property(type: .date, kinds: facts),
                "date_precision": Property(type: .oneOf(["year", "month", "day"]), kinds: facts),
                "date_surface": Property(type: .string, kinds: facts),
                "status": Property(type: .oneOf(statuses), kinds: facts),
                "modality": Property(type: .oneOf(statuses), kinds: facts),
                "event_type": Property(type: .string, kinds: [.event]),
                "agreement_kind": Property(type: .string, kinds: [.agreement]),
                "location": Property(type: .string, kinds: facts),
                "country": Property(type: .string, kinds: bodies.union([.person])),
                "en": Property(type: .string, kinds: Set(NodeKind.allCases)),
            ],
            edgeProperties: [
                "from": Property(type: .date, kinds: nil),
                "to": Property(type: .date, kinds: nil),
                "date": Property(type: .date, kinds: nil),
                "title": Property(type: .string, kinds: nil),
                "role": Property(type: .string, kinds: nil),
            ]
        )
    }()

    /// What in `graph` the ontology does not allow, one readable line each, sorted: edges
    /// between kinds their relation does not join, dangling edges, undeclared properties,
    /// properties on kinds that should not carry them, values of the wrong type.
    public func violations(in graph: Graph) -> [String] {
        var out: [String] = []
        for n in graph.nodes {
            for (k, v) in n.properties.sorted(by: { $0.key < $1.key }) {
                guard let p = nodeProperties[k] else { out.append("node \(n.id): undeclared property \(k)"); continue }
                if let kinds = p.kinds, !kinds.contains(n.kind) { out.append("node \(n.id): property \(k) is not for a \(n.kind.rawValue)") }
                if !p.type.accepts(v) { out.append("node \(n.id): property \(k) = \"\(v)\" is not \(p.type.expected)") }
            }
        }
        for e in graph.edges {
            guard let s = graph.node(e.source), let t = graph.node(e.target) else {
                out.append("edge \(e.id): an end is not in the graph")
                continue
            }
            if let ends = relations[e.relation], !(ends.source.contains(s.kind) && ends.target.contains(t.kind)) {
                out.append("edge \(e.id): \(e.relation.rawValue) does not join \(s.kind.rawValue) to \(t.kind.rawValue)")
            }
            for (k, v) in e.properties.sorted(by: { $0.key < $1.key }) {
                guard let p = edgeProperties[k] else { out.append("edge \(e.id): undeclared property \(k)"); continue }
                if !p.type.accepts(v) { out.append("edge \(e.id): property \(k) = \"\(v)\" is not \(p.type.expected)") }
            }
        }
        return out
    }
}
