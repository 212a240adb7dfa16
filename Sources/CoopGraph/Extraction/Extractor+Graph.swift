/// Building a graph from mentions.
extension Extractor {
    /// Turns mentions into nodes and edges, each with evidence pointing to the source bytes.
    ///
    /// Nodes and edges are gathered per document first and added to the ``Graph`` once
    /// each, so a frequent entity does not re-merge its evidence for every mention.
    public func graph(of mentions: [Mention], document: Document) -> Graph {
        let sentences = document.sentences.sorted { $0.range < $1.range }
        let date = document.metadata.date?.value
        var nodes: [String: Node] = [:]
        var order: [String] = []
        var edges: [String: Edge] = [:]
        var edgeOrder: [String] = []

        func addNode(_ n: Node) {
            if var existing = nodes[n.id] {
                existing.aliases.formUnion(n.aliases)
                for (k, v) in n.properties where existing.properties[k] == nil { existing.properties[k] = v }
                existing.evidence += n.evidence
                nodes[n.id] = existing
            } else {
                nodes[n.id] = n
                order.append(n.id)
            }
        }
        func addEdge(_ e: Edge) {
            if var existing = edges[e.id] {
                for (k, v) in e.properties where existing.properties[k] == nil { existing.properties[k] = v }
                existing.evidence += e.evidence
                edges[e.id] = existing
            } else {
                edges[e.id] = e
                edgeOrder.append(e.id)
            }
        }

        for m in mentions {
            let evidence = Evidence(document: document.id, span: document.body.sourceRange(for: m.range),
                                    sentence: Self.sentence(containing: m.range, in: sentences), rule: m.rule)
            var aliases = m.aliases
            aliases.insert(m.surface)
            aliases.remove(m.canonical)
            var props: [String: String] = [:]
            if m.kind == .person, let t = m.properties["title"] { props["title"] = t }
            if m.kind.isBody, let c = m.properties["country"] { props["country"] = c }
            let node = Node(kind: m.kind, name: m.canonical, aliases: aliases, properties: props, evidence: [evidence])
            addNode(node)
            if m.kind == .person, let aff = m.properties["affiliation"],
               let kind = m.properties["affiliation_kind"].flatMap(NodeKind.init(rawValue:)) {
                var edgeProps: [String: String] = [:]
                if let t = m.properties["title"] { edgeProps["title"] = t }
                if let date { edgeProps["date"] = date }
                let target = NodeID.make(kind: kind, name: aff)
                if nodes[target] == nil { addNode(Node(kind: kind, name: aff, evidence: [evidence])) }
                addEdge(Edge(source: node.id, target: target, relation: .affiliatedWith, properties: edgeProps, evidence: [evidence]))
            }
            if m.kind == .ministry, let c = m.properties["country"], c != m.canonical {
                let target = NodeID.make(kind: .country, name: c)
                if nodes[target] == nil { addNode(Node(kind: .country, name: c, evidence: [evidence])) }
                addEdge(Edge(source: node.id, target: target, relation: .partOf, evidence: [evidence]))
            }
        }
        var graph = Graph()
        for id in order { if let n = nodes[id] { graph.add(n) } }
        for id in edgeOrder { if let e = edges[id] { graph.add(e) } }
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
