import Foundation

/// Runs every entity rule over a document and returns its mentions or its graph.
///
/// Build one and reuse it for all documents: the gazetteer (with its automaton) is loaded
/// once. `Extractor()` shares the bundled gazetteers, loaded on first use; when the bundled
/// files cannot be read it extracts with an empty gazetteer, so use
/// ``init(rulesDirectory:)`` (which throws) where a broken install must be reported.
public struct Extractor: Sendable {
    public let gazetteer: Gazetteer
    public let rules: [any EntityRule]

    /// The bundled gazetteers, loaded once per process.
    static let bundled: Gazetteer = (try? GazetteerLoader.load()) ?? Gazetteer(files: [])

    public init() {
        self.init(gazetteer: Self.bundled)
    }

    /// The bundled gazetteers plus the `*.tsv` files of `rulesDirectory`.
    public init(rulesDirectory: URL?) throws {
        self.init(gazetteer: try GazetteerLoader.load(rulesDirectory: rulesDirectory))
    }

    public init(gazetteer: Gazetteer, rules: [any EntityRule] = EntityRules.all) {
        self.gazetteer = gazetteer
        self.rules = rules
    }

    /// Every entity mention of the document, sorted by range, for later stages (events) to reuse.
    public func mentions(in document: Document) -> [Mention] {
        let bytes = Array(document.body.text.utf8)
        let sentences = document.sentences.map { $0.range }.sorted()
        return bytes.withUnsafeBufferPointer { buf -> [Mention] in
            var state = DocumentExtractionState()
            // One buffer for every sentence's scalar runs: the context shares it while the
            // rules run, and it is unique again (emptied in place) for the next sentence.
            var runStore: [ScalarRuns.Run] = []
            // Likewise one buffer for every sentence's mentions (see `collectMentions(in:)`).
            var mentionStore: [Mention] = []
            for s in sentences {
                let lo = max(0, min(s.lowerBound, buf.count)), hi = max(lo, min(s.upperBound, buf.count))
                guard hi > lo, Self.mayHoldNames(buf, lo, hi) else { continue }
                runStore.removeAll(keepingCapacity: true)
                ScalarRuns.cut(buf, lo, hi, into: &runStore)
                // The state moves into the context and back (swaps, no copies of its buffers).
                var context = ExtractionContext(bytes: buf, sentence: lo..<hi, gazetteer: gazetteer, document: DocumentExtractionState(),
                                                runs: ScalarRuns(runs: runStore))
                swap(&state, &context.document)
                context.collectMentions(in: &mentionStore)
                // By index: `for rule in` copied each rule's existential out for every sentence.
                for r in rules.indices { rules[r].apply(&context) }
                // Take the state out of the context rather than copy it: a copy shares the
                // buffers, so the appends below would copy every mention found so far in each
                // sentence, quadratic in a long document.
                swap(&state, &context.document)
                mentionStore = context.takeMentions()
                state.mentions.append(contentsOf: mentionStore)
            }
            for rule in rules { rule.finish(&state, gazetteer: gazetteer) }
            if let issuer = IssuerAffiliation.issuer(department: document.metadata.department, gazetteer: gazetteer) {
                IssuerAffiliation.apply(&state.mentions, issuer: issuer)
            }
            // Generic words are never entities, nor common nouns persons, whichever rule proposed them.
            // In place: the state's array is ours, so neither step copies every mention.
            let stop = gazetteer.stopwordSet
            let notNames = gazetteer.notNameSet
            var found = state.mentions
            state = DocumentExtractionState()
            found.removeAll { stop.contains($0.canonical) || ($0.kind == .person && notNames.contains($0.canonical)) }
            // Mostly in order already (sentence by sentence); the sort is stable, so an ordered
            // list is its own result.
            if !Self.isOrdered(found) { found.sort(by: Self.precedes) }
            return found
        }
    }

    /// Order of the result: by range, kind, canonical name (the tuple order, without building
    /// tuples of strings for every comparison).
    @inline(__always)
    static func precedes(_ a: Mention, _ b: Mention) -> Bool {
        if a.range != b.range { return a.range < b.range }
        if a.kind != b.kind { return a.kind < b.kind }
        return a.canonical < b.canonical
    }

    static func isOrdered(_ mentions: [Mention]) -> Bool {
        guard mentions.count > 1 else { return true }
        for i in 1..<mentions.count where precedes(mentions[i], mentions[i - 1]) { return false }
        return true
    }

    /// False for a sentence of plain lower-case ASCII (front matter keys, URLs, numbers):
    /// every name the rules know has a non-ASCII letter or an upper-case ASCII letter.
    static func mayHoldNames(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        for i in lo..<hi where b[i] >= 0x80 || (b[i] >= 0x41 && b[i] <= 0x5A) { return true }
        return false
    }

    /// The document's graph: a node per distinct entity, `affiliated_with` edges from persons
    /// to their bodies, `part_of` edges from foreign ministries to their countries, then the
    /// events and agreements found over those entities and the document's dates.
    public func extract(_ document: Document) -> Graph {
        let found = mentions(in: document)
        var graph = graph(of: found, document: document)
        EventRecognizer().apply(to: &graph, document: document, mentions: found, dates: DateRecognizer().recognize(document: document))
        return graph
    }
}
