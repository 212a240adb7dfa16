/// GEXF 1.3 for Gephi's timeline: a dynamic graph with day-precision dates.
///
/// Events and agreements with a `date` get `start`/`end` (always both: NetworkX reads an
/// open end as the string `None`), expanded to days by ``DayInterval`` (`2023-05` runs
/// 2023-05-01..2023-05-31), the end taken from `date_end` when there is one. Edges with
/// `from`/`to` (chair terms, memberships) or a `date` get the same treatment; with only one
/// end known the interval is that period alone (the raw `from`/`to` stay as attributes).
/// Labels are `xsd:token` (white space collapsed); the full name is the `name` attribute.
/// Attributes: `kind`, `name`, `aliases` (joined by `|`) on nodes, `relation`, `doc` on
/// edges, `evidence`/`evidence_span` with ``ExportOptions/evidence``, then one per property
/// (`p.NAME` for a property named like a fixed attribute).
/// No `xsi:schemaLocation`: the RELAX NG schema rejects it.
public struct GEXFExporter: GraphExporter {
    public static let format = "gexf"
    public static let fileExtension = "gexf"

    public init() {}

    public func export(_ graph: Graph, options: ExportOptions, write: (String) -> Void) {
        let nodes = graph.nodesInIDOrder
        let edges = graph.edgesInIDOrder
        var nodeProps = Set<String>()
        for n in nodes { nodeProps.formUnion(n.properties.keys.map { Self.title($0, reserved: Self.nodeFixed) }) }
        var edgeProps = Set<String>()
        for e in edges { edgeProps.formUnion(e.properties.keys.map { Self.title($0, reserved: Self.edgeFixed) }) }
        let evidenceAttrs = options.evidence ? ["evidence", "evidence_span"] : []
        let nodeAttrs = ["kind", "name", "aliases"] + evidenceAttrs + nodeProps.sorted()
        let edgeAttrs = ["relation", "doc"] + evidenceAttrs + edgeProps.sorted()
        let a = { (s: String) in XMLEscaping.escape(s, attribute: true) }

        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        write("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n")
        write("  <meta>\n    <creator>coopgraph</creator>\n  </meta>\n")
        write("  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n")
        write("    <attributes class=\"node\" mode=\"static\">\n")
        for (i, name) in nodeAttrs.enumerated() {
            write("      <attribute id=\"n\(i)\" title=\"\(a(name))\" type=\"string\"/>\n")
        }
        write("    </attributes>\n")
        write("    <attributes class=\"edge\" mode=\"static\">\n")
        for (i, name) in edgeAttrs.enumerated() {
            write("      <attribute id=\"e\(i)\" title=\"\(a(name))\" type=\"string\"/>\n")
        }
        write("    </attributes>\n")
        write("    <nodes count=\"\(nodes.count)\">\n")
        for n in nodes {
            var values: [String: String] = [:]
            for (k, v) in n.properties { values[Self.title(k, reserved: Self.nodeFixed)] = v }
            values["kind"] = n.kind.rawValue
            values["name"] = n.name
            let aliases = n.sortedAliases
            values["aliases"] = aliases.isEmpty ? nil : aliases.joined(separator: "|")
            if options.evidence { Self.addEvidence(n.evidence, to: &values) }
            var head = "      <node id=\"\(a(n.id))\" label=\"\(a(Self.token(n.name)))\""
            if n.kind == .event || n.kind == .agreement, let d = n.properties["date"],
               let iv = DayInterval(d, through: n.properties["date_end"]) {
                head += " start=\"\(iv.start)\" end=\"\(iv.end)\""
            }
            write(head + ">\n" + Self.attvalues(values, order: nodeAttrs, prefix: "n") + "      </node>\n")
        }
        write("    </nodes>\n")
        write("    <edges count=\"\(edges.count)\">\n")
        for e in edges {
            var values: [String: String] = [:]
            for (k, v) in e.properties { values[Self.title(k, reserved: Self.edgeFixed)] = v }
            values["relation"] = e.relation.rawValue
            let docs = Set(e.evidence.map(\.document)).sorted()
            if !docs.isEmpty { values["doc"] = docs.joined(separator: "|") }
            if options.evidence { Self.addEvidence(e.evidence, to: &values) }
            var head = "      <edge id=\"\(a(e.id))\" source=\"\(a(e.source))\" target=\"\(a(e.target))\" label=\"\(a(e.relation.rawValue))\""
            if let iv = Self.interval(of: e) { head += " start=\"\(iv.start)\" end=\"\(iv.end)\"" }
            write(head + ">\n" + Self.attvalues(values, order: edgeAttrs, prefix: "e") + "      </edge>\n")
        }
        write("    </edges>\n")
        write("  </graph>\n</gexf>\n")
    }

    /// The days an edge holds: `from`..`to`, else the one of them given, else its `date`.
    static func interval(of e: Edge) -> DayInterval? {
        let from = e.properties["from"], to = e.properties["to"]
        if let from, let iv = DayInterval(from, through: to) { return iv }
        if let to, let iv = DayInterval(to) { return iv }
        if let d = e.properties["date"] { return DayInterval(d) }
        return nil
    }

    static let nodeFixed: Set<String> = ["kind", "name", "aliases", "evidence", "evidence_span"]
    static let edgeFixed: Set<String> = ["relation", "doc", "evidence", "evidence_span"]

    /// The attribute title of a property: its name, or `p.NAME` when a fixed attribute has it.
    static func title(_ property: String, reserved: Set<String>) -> String {
        reserved.contains(property) ? "p." + property : property
    }

    static func addEvidence(_ evidence: [Evidence], to values: inout [String: String]) {
        guard !evidence.isEmpty else { return }
        values["evidence"] = evidence.map(\.sentence).joined(separator: "\n")
        values["evidence_span"] = evidence.map { "\($0.document)#\($0.span)" }.joined(separator: "|")
    }

    static func attvalues(_ values: [String: String], order: [String], prefix: String) -> String {
        var s = "        <attvalues>\n"
        var any = false
        for (i, name) in order.enumerated() {
            guard let v = values[name] else { continue }
            any = true
            s += "          <attvalue for=\"\(prefix)\(i)\" value=\"\(XMLEscaping.escape(v, attribute: true))\"/>\n"
        }
        return any ? s + "        </attvalues>\n" : ""
    }

    /// `s` as an `xsd:token`: runs of white space become one space, none at either end;
    /// characters XML cannot carry are dropped.
    static func token(_ s: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if XMLEscaping.isDropped(scalar) { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out += " "; pendingSpace = false }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
