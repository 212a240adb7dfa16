import Foundation

extension GraphStore {
    /// Writes a batch of documents in one transaction, in order; returns what happened to each.
    ///
    /// Idempotent: a path already stored with the same content hash is skipped. A path with a
    /// new hash has its earlier provenance (mentions, aliases, properties) removed first, and
    /// nodes and edges left without any mention are deleted, so the store then holds exactly
    /// the new facts. A document whose content equals another stored document is recorded as
    /// a duplicate of it and not extracted again. When an item arrives without a graph but
    /// needs one, `extract` is asked for it. If anything throws, the whole batch is rolled back.
    public func ingestBatch(_ items: [IngestItem], ingestedAt: String,
                            extract: (IngestItem) throws -> IngestItem = { $0 }) throws -> [IngestOutcome] {
        try db.transaction {
            var outcomes: [IngestOutcome] = []
            outcomes.reserveCapacity(items.count)
            for item in items {
                var outcome = try ingestOne(item, ingestedAt: ingestedAt)
                if outcome == .needsExtraction {
                    let full = try extract(item)
                    outcome = full.graph == nil ? .needsExtraction : try ingestOne(full, ingestedAt: ingestedAt)
                }
                outcomes.append(outcome)
            }
            return outcomes
        }
    }

    /// Content hashes of stored originals: a file with one of them is a duplicate and needs no extraction.
    public func originalContentHashes() throws -> Set<String> {
        Set(try db.rows("SELECT DISTINCT content_hash FROM documents WHERE status <> 'duplicate'").map { $0.text(0) })
    }

    /// Paths whose stored content is current, with their hash: extraction can be skipped for them.
    public func currentHashes() throws -> [String: String] {
        let rows = try db.rows("""
            SELECT d.path, d.content_hash FROM documents d
            WHERE d.status <> 'duplicate'
               OR EXISTS (SELECT 1 FROM documents o WHERE o.id = d.duplicate_of AND o.content_hash = d.content_hash)
            """)
        var out: [String: String] = [:]
        for r in rows { out[r.text(0)] = r.text(1) }
        return out
    }

    private func ingestOne(_ item: IngestItem, ingestedAt: String) throws -> IngestOutcome {
        let existing = try db.rows("SELECT id, content_hash, status, duplicate_of FROM documents WHERE path = ?", [.text(item.key)]).first
        if let existing, existing.text(1) == item.contentHash, try isCurrent(existing) {
            return .unchanged
        }
        let original = try db.rows("""
            SELECT id, name, title, date, department, url FROM documents
            WHERE content_hash = ? AND path <> ? AND status <> 'duplicate' ORDER BY id LIMIT 1
            """, [.text(item.contentHash), .text(item.key)]).first
        // A duplicate needs no graph (its metadata is the original's); anything else does.
        if original == nil && item.graph == nil { return .needsExtraction }
        var metadata: [SQLiteValue] = [.optional(item.metadata.title), .optional(item.metadata.date?.value),
                                       .optional(item.metadata.department), .optional(item.metadata.url)]
        if item.graph == nil, let original { metadata = Array(original.values[2...5]) }
        let documentID: Int64
        if let existing {
            documentID = existing.int(0)
            try purge(documentID: documentID)
            try db.run("""
                UPDATE documents SET name = ?, content_hash = ?, status = 'extracted', duplicate_of = NULL,
                       title = ?, date = ?, department = ?, url = ?, ingested_at = ? WHERE id = ?
                """, [.text(item.name), .text(item.contentHash)] + metadata + [.text(ingestedAt), .integer(documentID)])
        } else {
            try db.run("""
                INSERT INTO documents (path, name, content_hash, status, title, date, department, url, ingested_at)
                VALUES (?, ?, ?, 'extracted', ?, ?, ?, ?, ?)
                """, [.text(item.key), .text(item.name), .text(item.contentHash)] + metadata + [.text(ingestedAt)])
            documentID = db.lastInsertRowID
        }
        if let original {
            try db.run("UPDATE documents SET status = 'duplicate', duplicate_of = ? WHERE id = ?", [.integer(original.int(0)), .integer(documentID)])
            return .duplicate(of: original.text(1))
        }
        if item.isStub {
            try db.run("UPDATE documents SET status = 'stub' WHERE id = ?", [.integer(documentID)])
            return .stub
        }
        if let graph = item.graph { try write(graph, documentID: documentID) }
        return existing == nil ? .added : .replaced
    }

    /// A stored row is current unless it is a duplicate whose original no longer has its content.
    private func isCurrent(_ row: SQLiteRow) throws -> Bool {
        guard row.text(2) == "duplicate" else { return true }
        guard !row.isNull(3) else { return false }
        let hash = try db.scalar("SELECT content_hash FROM documents WHERE id = ?", [.integer(row.int(3))])?.string
        return hash == row.text(1)
    }

    private func write(_ graph: Graph, documentID: Int64) throws {
        let doc = SQLiteValue.integer(documentID)
        // Statements fetched once per document: the hot loop then binds and steps only.
        let insertNode = try db.cached("INSERT OR IGNORE INTO nodes (id, kind, name, normalized) VALUES (?, ?, ?, ?)")
        let insertAlias = try db.cached("INSERT OR IGNORE INTO aliases (node_id, document_id, alias, normalized) VALUES (?, ?, ?, ?)")
        let insertNodeProperty = try db.cached("INSERT OR REPLACE INTO node_properties (node_id, document_id, key, value) VALUES (?, ?, ?, ?)")
        let insertEdge = try db.cached("INSERT OR IGNORE INTO edges (id, source, target, relation) VALUES (?, ?, ?, ?)")
        let insertEdgeProperty = try db.cached("INSERT OR REPLACE INTO edge_properties (edge_id, document_id, key, value) VALUES (?, ?, ?, ?)")
        let insertMention = try db.cached("""
            INSERT INTO mentions (node_id, edge_id, document_id, span_start, span_end, sentence_id, rule) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let insertSentence = try db.cached("INSERT INTO sentences (document_id, text) VALUES (?, ?)")
        // A sentence states many facts: store it once per document and point mentions at it.
        var sentenceIDs: [String: Int64] = [:]
        func sentence(_ text: String) throws -> SQLiteValue {
            guard !text.isEmpty else { return .null }
            if let id = sentenceIDs[text] { return .integer(id) }
            try insertSentence.run([doc, .text(text)])
            let id = db.lastInsertRowID
            sentenceIDs[text] = id
            return .integer(id)
        }
        // Every fact gets at least one mention, so provenance (and garbage collection) never misses it.
        func mentions(_ evidence: [Evidence], node: SQLiteValue, edge: SQLiteValue) throws {
            if evidence.isEmpty {
                try insertMention.run([node, edge, doc, .null, .null, .null, "document"])
            }
            for e in evidence {
                try insertMention.run([node, edge, doc, .integer(Int64(e.span.lowerBound)), .integer(Int64(e.span.upperBound)),
                                       try sentence(e.sentence), .text(e.rule)])
            }
        }
        // Sorted on the stored keys (Edge.id is computed; sorting edges by it would rebuild it per comparison).
        for (id, node) in graph.nodesByID.sorted(by: { $0.key < $1.key }) {
            let nodeID = SQLiteValue.text(id)
            try insertNode.run([nodeID, .text(node.kind.rawValue), .text(node.name), .text(NameKey.make(node.name))])
            for alias in node.aliases.sorted() where !alias.isEmpty {
                try insertAlias.run([nodeID, doc, .text(alias), .text(NameKey.make(alias))])
            }
            for (key, value) in node.properties.sorted(by: { $0.key < $1.key }) {
                try insertNodeProperty.run([nodeID, doc, .text(key), .text(value)])
            }
            try mentions(node.evidence, node: nodeID, edge: .null)
        }
        for (id, edge) in graph.edgesByID.sorted(by: { $0.key < $1.key }) {
            // An edge needs both ends stored; extraction always emits them, so a miss is a defect upstream.
            if graph.nodesByID[edge.source] == nil || graph.nodesByID[edge.target] == nil {
                let ends = try db.scalar("SELECT count(*) FROM nodes WHERE id IN (?, ?)", [.text(edge.source), .text(edge.target)])?.int ?? 0
                guard ends == (edge.source == edge.target ? 1 : 2) else { continue }
            }
            let edgeID = SQLiteValue.text(id)
            try insertEdge.run([edgeID, .text(edge.source), .text(edge.target), .text(edge.relation.rawValue)])
            for (key, value) in edge.properties.sorted(by: { $0.key < $1.key }) {
                try insertEdgeProperty.run([edgeID, doc, .text(key), .text(value)])
            }
            try mentions(edge.evidence, node: .null, edge: edgeID)
        }
    }

    /// Removes one document's contributions and deletes the nodes and edges no document mentions any more.
    func purge(documentID: Int64) throws {
        let doc = SQLiteValue.integer(documentID)
        let edgeIDs = try db.rows("SELECT DISTINCT edge_id FROM mentions WHERE document_id = ? AND edge_id IS NOT NULL ORDER BY 1", [doc]).map { $0.text(0) }
        var nodeIDs = Set(try db.rows("SELECT DISTINCT node_id FROM mentions WHERE document_id = ? AND node_id IS NOT NULL", [doc]).map { $0.text(0) })
        for table in ["mentions", "sentences", "aliases", "node_properties", "edge_properties"] {
            try db.run("DELETE FROM \(table) WHERE document_id = ?", [doc])
        }
        for id in edgeIDs {
            let ends = try db.rows("SELECT source, target FROM edges WHERE id = ?", [.text(id)])
            try db.run("DELETE FROM edges WHERE id = ? AND NOT EXISTS (SELECT 1 FROM mentions WHERE edge_id = ?)", [.text(id), .text(id)])
            if db.changes > 0, let e = ends.first { nodeIDs.insert(e.text(0)); nodeIDs.insert(e.text(1)) }
        }
        for id in nodeIDs.sorted() {
            try db.run("""
                DELETE FROM nodes WHERE id = ?1
                  AND NOT EXISTS (SELECT 1 FROM mentions WHERE node_id = ?1)
                  AND NOT EXISTS (SELECT 1 FROM edges WHERE source = ?1)
                  AND NOT EXISTS (SELECT 1 FROM edges WHERE target = ?1)
                """, [.text(id)])
        }
    }
}
