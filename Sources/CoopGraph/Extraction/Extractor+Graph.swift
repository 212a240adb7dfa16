/// Building a graph from mentions.
extension Extractor {
    /// Turns mentions into nodes and edges, each with evidence pointing to the source bytes.
    ///
    /// Nodes and edges are gathered per document first and added to the ``Graph`` once
    /// each, so a frequent entity does not re-merge its evidence for every mention.
    public func graph(of mentions: [Mention], document: Document) -> Graph {
        // Sentences come sorted from the reader: sorting a copy retained every sentence string.
        let sentences = Self.isSorted(document.sentences) ? document.sentences : document.sentences.sorted { $0.range < $1.range }
        // Gathered by ``EntityGraphBuilder`` (nodes and edges in first-seen order, merged in place).
        var builder = EntityGraphBuilder(expected: min(mentions.count, Self.expectedNodes), date: document.metadata.date?.value)
        // By index: a mention is lent to the builder, not copied (no closure over the builder either).
        for k in mentions.indices {
            let evidence = Evidence(document: document.id, span: document.body.sourceRange(for: mentions[k].range),
                                    sentence: Self.sentence(containing: mentions[k].range, in: sentences), rule: mentions[k].rule)
            builder.add(mentions[k], evidence: evidence)
        }
        return builder.graph
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
