/// Building a graph from mentions.
extension Extractor {
    /// Turns mentions into nodes and edges, each with evidence pointing to the source bytes.
    ///
    /// Nodes and edges are gathered per document first and added to the ``Graph`` once
    /// each, so a frequent entity does not re-merge its evidence for every mention.
    public func graph(of mentions: [Mention], document: Document) -> Graph {
        // Sentences come sorted from the reader: sorting a copy retained every sentence string.
        let sentences = Self.isSorted(document.sentences) ? document.sentences : document.sentences.sorted { $0.range < $1.range }
        let date = document.metadata.date?.value
        // Nodes and edges in first-seen order, merged in place (a node copied out of a
        // dictionary and written back copied its alias set and evidence list every time).
        // IDs are looked up by their bytes (String hashing checks NFC first, at a cost), see
        // ``CanonicalStringIndex``; before that, a mention finds its node by kind and the bytes
        // of its canonical name, so a repeated entity builds no ID string.
        // Tables sized for a document's distinct entities up front: each growth rehashed every key.
        let expected = min(mentions.count, Self.expectedNodes)
        var nodeIndex = CanonicalStringIndex(minimumCapacity: expected)
        var byCanonical = [[UTF8Key: Int]](repeating: [:], count: NodeKind.allCases.count)
        byCanonical[Self.ordinal(.country)].reserveCapacity(expected)
        byCanonical[Self.ordinal(.ministry)].reserveCapacity(expected)
        byCanonical[Self.ordinal(.person)].reserveCapacity(expected)
        var nodeList: [Node] = []
        nodeList.reserveCapacity(expected)
        // Per node, the last mention's alias set, surface and canonical name: a frequent
        // entity repeats them, and inserting them again would rehash every Korean string.
        var lastAliases: [Set<String>] = []
        var lastSurface: [String] = []
        var lastCanonical: [String] = []
        var edgeIndex = CanonicalStringIndex(minimumCapacity: expected)
        var edgeList: [(id: String, edge: Edge)] = []

        /// The node of `kind` named `name`, made (with this first evidence) when none exists.
        /// `knownID`, when given, is `NodeID.make(kind: kind, name: name)` made in advance.
        func node(kind: NodeKind, name: String, evidence: Evidence, knownID: String? = nil) -> (index: Int, isNew: Bool) {
            let nameKey = UTF8Key(name)
            let k = Self.ordinal(kind)
            if let i = byCanonical[k][nameKey] { return (i, false) }
            let id = knownID ?? NodeID.make(kind: kind, name: name)
            if let i = nodeIndex.value(for: id) {
                byCanonical[k][nameKey] = i
                return (i, false)
            }
            let i = nodeList.count
            nodeIndex.insert(id, i)
            byCanonical[k][nameKey] = i
            nodeList.append(Node(id: id, kind: kind, name: name, properties: [:], evidence: [evidence]))
            lastAliases.append([])
            lastSurface.append("")
            lastCanonical.append("")
            return (i, true)
        }
        /// The ID of node `i` when its name has the bytes of `name` (then `NodeID.make` would
        /// return these bytes), else the ID made from `name`.
        func id(ofNode i: Int, named name: String) -> String {
            UTF8Key(nodeList[i].name) == UTF8Key(name) ? nodeList[i].id : NodeID.make(kind: nodeList[i].kind, name: name)
        }
        func addEdge(_ e: Edge) {
            let id = e.id
            if let i = edgeIndex.value(for: id) {
                for (k, v) in e.properties where edgeList[i].edge.properties[k] == nil { edgeList[i].edge.properties[k] = v }
                edgeList[i].edge.evidence += e.evidence
            } else {
                edgeIndex.insert(id, edgeList.count)
                edgeList.append((id, e))
            }
        }

        // By index in the buffer: `for m in mentions` copied each mention (a retain and a
        // release of every string, set and dictionary it holds).
        mentions.withUnsafeBufferPointer { ms in for k in ms.indices {
            let evidence = Evidence(document: document.id, span: document.body.sourceRange(for: ms[k].range),
                                    sentence: Self.sentence(containing: ms[k].range, in: sentences), rule: ms[k].rule)
            // The gazetteer's mentions carry their node ID (``Mention/nodeID``); others make it when new.
            let (i, isNew) = node(kind: ms[k].kind, name: ms[k].canonical, evidence: evidence, knownID: ms[k].knownNodeID)
            if !isNew { nodeList[i].evidence.append(evidence) }
            // A new node takes the first mention's properties; later ones fill only gaps.
            if !ms[k].properties.isEmpty {
                if ms[k].kind == .person, let t = ms[k].properties["title"], nodeList[i].properties["title"] == nil {
                    nodeList[i].properties["title"] = t
                }
                if ms[k].kind.isBody, let c = ms[k].properties["country"], nodeList[i].properties["country"] == nil {
                    nodeList[i].properties["country"] = c
                }
            }
            // The node's aliases gain the mention's aliases and surface, less its canonical name.
            // Byte comparisons: these only skip repeated work, so a canonically equal
            // spelling that compares unequal merely repeats an insert that changes nothing.
            let sameCanonical = UTF8Key(lastCanonical[i]) == UTF8Key(ms[k].canonical)
            if !(sameCanonical && lastAliases[i] == ms[k].aliases) {
                if nodeList[i].aliases.isEmpty {
                    // The same set as inserting each alias, without hashing each again.
                    nodeList[i].aliases = ms[k].aliases
                    if !ms[k].aliases.isEmpty, ms[k].aliases.contains(ms[k].canonical) { nodeList[i].aliases.remove(ms[k].canonical) }
                } else {
                    for a in ms[k].aliases where a != ms[k].canonical { nodeList[i].aliases.insert(a) }
                }
                lastAliases[i] = ms[k].aliases
            }
            if !(sameCanonical && UTF8Key(lastSurface[i]) == UTF8Key(ms[k].surface)) {
                if UTF8Key(ms[k].surface) != UTF8Key(ms[k].canonical) && ms[k].surface != ms[k].canonical { nodeList[i].aliases.insert(ms[k].surface) }
                lastSurface[i] = ms[k].surface
            }
            lastCanonical[i] = ms[k].canonical
            if ms[k].kind == .person, let aff = ms[k].properties["affiliation"],
               let kind = ms[k].properties["affiliation_kind"].flatMap(NodeKind.init(rawValue:)) {
                // Room for both: a dictionary made for one key grew for the second.
                var edgeProps = [String: String](minimumCapacity: 2)
                if let t = ms[k].properties["title"] { edgeProps["title"] = t }
                if let date { edgeProps["date"] = date }
                let t = node(kind: kind, name: aff, evidence: evidence).index
                // IDs made from the mention's names, as the node's may differ in bytes (canonically equal).
                addEdge(Edge(source: id(ofNode: i, named: ms[k].canonical), target: id(ofNode: t, named: aff), relation: .affiliatedWith,
                             properties: edgeProps, evidence: [evidence]))
            }
            if ms[k].kind == .ministry, let c = ms[k].properties["country"], c != ms[k].canonical {
                let t = node(kind: .country, name: c, evidence: evidence).index
                addEdge(Edge(source: id(ofNode: i, named: ms[k].canonical), target: id(ofNode: t, named: c), relation: .partOf, evidence: [evidence]))
            }
        }}
        return Graph(distinctNodes: nodeList, edges: edgeList)
    }

    /// Distinct entities a document is expected to have at most, for sizing its tables (a
    /// document has fewer than ten on average; a larger one grows them as needed).
    static let expectedNodes = 32

    /// Index of a kind in ``NodeKind/allCases``, for per-kind tables.
    @inline(__always)
    static func ordinal(_ kind: NodeKind) -> Int {
        switch kind {
        case .country: return 0
        case .ministry: return 1
        case .institute: return 2
        case .organization: return 3
        case .person: return 4
        case .agreement: return 5
        case .event: return 6
        }
    }

    static func isSorted(_ sentences: [Sentence]) -> Bool {
        guard sentences.count > 1 else { return true }
        for i in 1..<sentences.count where sentences[i].range < sentences[i - 1].range { return false }
        return true
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
