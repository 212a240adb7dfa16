/// Building a graph from mentions.
extension Extractor {
    /// Turns mentions into nodes and edges, each with evidence pointing to the source bytes.
    public func graph(of mentions: [Mention], document: Document) -> Graph {
        var graph = Graph()
        let sentences = document.sentences.sorted { $0.range < $1.range }
        let date = document.metadata.date?.value
        for m in mentions {
            let evidence = Evidence(document: document.id, span: document.body.sourceRange(for: m.range),
                                    sentence: Self.sentence(containing: m.range, in: sentences), rule: m.rule)
            var aliases = m.aliases
            aliases.insert(m.surface)
            aliases.remove(m.canonical)
            var props: [String: String] = [:]
            if m.kind == .person, let t = m.properties["title"] { props["title"] = t }
            if m.kind.isBody, let c = m.properties["country"] { props["country"] = c }
            let id = graph.add(Node(kind: m.kind, name: m.canonical, aliases: aliases, properties: props, evidence: [evidence]))
            if m.kind == .person, let aff = m.properties["affiliation"],
               let kind = m.properties["affiliation_kind"].flatMap(NodeKind.init(rawValue:)) {
                var edgeProps: [String: String] = [:]
                if let t = m.properties["title"] { edgeProps["title"] = t }
                if let date { edgeProps["date"] = date }
                let target = NodeID.make(kind: kind, name: aff)
                if graph.node(target) == nil { graph.add(Node(kind: kind, name: aff, evidence: [evidence])) }
                graph.add(Edge(source: id, target: target, relation: .affiliatedWith, properties: edgeProps, evidence: [evidence]))
            }
            if m.kind == .ministry, let c = m.properties["country"], c != m.canonical {
                let target = NodeID.make(kind: .country, name: c)
                if graph.node(target) == nil { graph.add(Node(kind: .country, name: c, evidence: [evidence])) }
                graph.add(Edge(source: id, target: target, relation: .partOf, evidence: [evidence]))
            }
        }
        return graph
    }

    static func sentence(containing r: SourceRange, in sentences: [Sentence]) -> String {
        var lo = 0, hi = sentences.count - 1, found = -1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if sentences[mid].range.lowerBound <= r.lowerBound { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        guard found >= 0, sentences[found].range.upperBound >= r.upperBound else { return "" }
        return sentences[found].text
    }
}
