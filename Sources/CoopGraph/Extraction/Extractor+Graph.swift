/// Building a graph from mentions.
extension Extractor {
    /// Turns mentions into nodes and edges, each with evidence pointing to the source bytes.
    ///
    /// Nodes and edges are gathered per document first and added to the ``Graph`` once
    /// each, so a frequent entity does not re-merge its evidence for every mention.
    public func graph(of mentions: [Mention], document: Document) -> Graph {
        let sentences = document.sentences.sorted { $0.range < $1.range }
        let date = document.metadata.date?.value
        // Nodes and edges in first-seen order, merged in place (a node copied out of a
        // dictionary and written back copied its alias set and evidence list every time).
        // Looked up per mention by the ID's bytes (String hashing checks NFC first, at a cost);
        // a miss is checked again by String equality before a node is made, so canonically
        // equal spellings of an ID still meet, as they would in one [String: Int].
        var nodeIndex: [UTF8Key: Int] = [:]
        var nodeIndexByString: [String: Int] = [:]
        var nodeList: [Node] = []
        // Per node, the last mention's alias set, surface and canonical name: a frequent
        // entity repeats them, and inserting them again would rehash every Korean string.
        var lastAliases: [Set<String>] = []
        var lastSurface: [String] = []
        var lastCanonical: [String] = []
        var edgeIndex: [UTF8Key: Int] = [:]
        var edgeIndexByString: [String: Int] = [:]
        var edgeList: [Edge] = []

        func findNode(_ id: String) -> Int? {
            let key = UTF8Key(id)
            if let i = nodeIndex[key] { return i }
            guard let i = nodeIndexByString[id] else { return nil }
            nodeIndex[key] = i
            return i
        }
        func addNode(id: String, kind: NodeKind, name: String, properties: [String: String], evidence: Evidence) -> Int {
            if let i = findNode(id) {
                for (k, v) in properties where nodeList[i].properties[k] == nil { nodeList[i].properties[k] = v }
                nodeList[i].evidence.append(evidence)
                return i
            }
            nodeIndex[UTF8Key(id)] = nodeList.count
            nodeIndexByString[id] = nodeList.count
            nodeList.append(Node(id: id, kind: kind, name: name, properties: properties, evidence: [evidence]))
            lastAliases.append([])
            lastSurface.append("")
            lastCanonical.append("")
            return nodeList.count - 1
        }
        func addEdge(_ e: Edge) {
            let id = e.id
            let key = UTF8Key(id)
            if let i = edgeIndex[key] ?? edgeIndexByString[id] {
                edgeIndex[key] = i
                for (k, v) in e.properties where edgeList[i].properties[k] == nil { edgeList[i].properties[k] = v }
                edgeList[i].evidence += e.evidence
            } else {
                edgeIndex[key] = edgeList.count
                edgeIndexByString[id] = edgeList.count
                edgeList.append(e)
            }
        }

        for m in mentions {
            let evidence = Evidence(document: document.id, span: document.body.sourceRange(for: m.range),
                                    sentence: Self.sentence(containing: m.range, in: sentences), rule: m.rule)
            var props: [String: String] = [:]
            if m.kind == .person, let t = m.properties["title"] { props["title"] = t }
            if m.kind.isBody, let c = m.properties["country"] { props["country"] = c }
            let id = m.nodeID
            let i = addNode(id: id, kind: m.kind, name: m.canonical, properties: props, evidence: evidence)
            // The node's aliases gain the mention's aliases and surface, less its canonical name.
            // Byte comparisons: these only skip repeated work, so a canonically equal
            // spelling that compares unequal merely repeats an insert that changes nothing.
            let sameCanonical = UTF8Key(lastCanonical[i]) == UTF8Key(m.canonical)
            if !(sameCanonical && lastAliases[i] == m.aliases) {
                for a in m.aliases where a != m.canonical { nodeList[i].aliases.insert(a) }
                lastAliases[i] = m.aliases
            }
            if !(sameCanonical && UTF8Key(lastSurface[i]) == UTF8Key(m.surface)) {
                if m.surface != m.canonical { nodeList[i].aliases.insert(m.surface) }
                lastSurface[i] = m.surface
            }
            lastCanonical[i] = m.canonical
            if m.kind == .person, let aff = m.properties["affiliation"],
               let kind = m.properties["affiliation_kind"].flatMap(NodeKind.init(rawValue:)) {
                var edgeProps: [String: String] = [:]
                if let t = m.properties["title"] { edgeProps["title"] = t }
                if let date { edgeProps["date"] = date }
                let target = NodeID.make(kind: kind, name: aff)
                if findNode(target) == nil { _ = addNode(id: target, kind: kind, name: aff, properties: [:], evidence: evidence) }
                addEdge(Edge(source: id, target: target, relation: .affiliatedWith, properties: edgeProps, evidence: [evidence]))
            }
            if m.kind == .ministry, let c = m.properties["country"], c != m.canonical {
                let target = NodeID.make(kind: .country, name: c)
                if findNode(target) == nil { _ = addNode(id: target, kind: .country, name: c, properties: [:], evidence: evidence) }
                addEdge(Edge(source: id, target: target, relation: .partOf, evidence: [evidence]))
            }
        }
        var graph = Graph()
        for n in nodeList { graph.add(n) }
        for e in edgeList { graph.add(e) }
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
