import Foundation

extension GraphStore {
    /// Writes a batch of documents in one transaction, in order; returns what happened to each.
    ///
    /// Idempotent: a path already stored with the same content hash is skipped. A path with a
    /// new hash has its earlier provenance (mentions, aliases, properties) removed first, and
    /// nodes and edges left without any mention are deleted, so the store then holds exactly
    /// the new facts. A document whose content equals another stored document is recorded as
    /// a duplicate of it and not extracted again. When an item arrives without a graph but
    /// needs one, `extract` is asked for it. If anything throws, the whole batch is rolled back
    /// (inside ``writeTransaction(_:)``, the whole of that transaction).
    public func ingestBatch(_ items: [IngestItem], ingestedAt: String,
                            extract: (IngestItem) throws -> IngestItem = { $0 }) throws -> [IngestOutcome] {
        try writeTransaction {
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

    /// Runs `body` in one write transaction, which every ``ingestBatch(_:ingestedAt:extract:)``
    /// call inside it joins: committed when `body` returns, rolled back (all of it) when it throws.
    ///
    /// ``IngestPipeline`` writes a batch of `--batch-size` documents as it arrives, a chunk at
    /// a time, inside one such transaction: a commit rewrites every B-tree page the batch
    /// touched (the keys of nodes and edges land all over their tables), so fewer, larger
    /// commits write far fewer pages. Nested calls join the outer transaction.
    public func writeTransaction<T>(_ body: () throws -> T) throws -> T {
        if db.isInTransaction { return try body() }
        // The rows written inside reference only rows written before them in the same
        // transaction or already stored (ingestOne checks an edge's ends), so SQLite's per-row
        // parent lookups only cost time. The pragma is a no-op inside a transaction, hence set around it.
        try db.exec("PRAGMA foreign_keys = OFF")
        defer { try? db.exec("PRAGMA foreign_keys = ON") }
        do {
            return try db.transaction {
                // Rows this connection wrote are still there unless another connection has
                // committed since (it may have deleted them): `data_version` tells.
                let version = try db.scalar("PRAGMA data_version")?.int
                if version == nil || version != writtenVersion
                    || writtenNodes.count + writtenEdges.count + aliasRowIDs.count > Self.writtenLimit {
                    forgetWrittenRows()
                }
                writtenVersion = version
                return try body()
            }
        } catch {
            // Rolled back: what this transaction wrote is gone.
            forgetWrittenRows()
            writtenVersion = nil
            throw error
        }
    }

    /// Empties the memos of rows known to be stored.
    func forgetWrittenRows() {
        writtenNodes = ByteStringIndex()
        writtenEdges.removeAll(keepingCapacity: true)
        aliasRowIDs = ByteStringIndex()
        ruleRowIDs = ByteStringIndex()
        writtenRowsComplete = false
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
        // Statements fetched once per document; the loops below bind each value in place and step.
        let statements = try writerStatements()
        let insertNodeProperty = statements.insertNodeProperty
        let insertEdgeProperty = statements.insertEdgeProperty
        // Mentions and (document, alias) pairs are appended and sent many rows per statement at the end.
        let mentionRows = self.mentionRows
        let aliasRows = self.aliasDocumentRows
        mentionRows.discard()
        aliasRows.discard()
        let insertSentence = statements.insertSentence
        // The document is parameter 1 of every per-document row and never changes here.
        try insertNodeProperty.bind(1, documentID)
        try insertEdgeProperty.bind(1, documentID)
        try insertSentence.bind(1, documentID)
        var aliasIDs: [Int64] = []
        var newAliases: [String] = []
        // A sentence states many facts: store it once per document and point mentions at it.
        var sentenceIDs = ByteStringIndex(minimumCapacity: 64)
        func sentenceRow(_ text: String) throws -> Int64 {
            guard !text.isEmpty else { return BatchedInsert.null }
            if let id = sentenceIDs.value(for: text) { return Int64(id) }
            try insertSentence.bind(2, text)
            try insertSentence.execute()
            let id = db.lastInsertRowID
            sentenceIDs.setValue(Int(id), for: text)
            return id
        }
        // Columns: document (bound once), owner row, key, value; in key order for a stable file.
        func properties(_ properties: [String: String], of owner: Int64, with statement: SQLiteStatement) throws {
            guard !properties.isEmpty else { return }
            try statement.bind(2, owner)
            for (key, value) in properties.sorted(by: { $0.key < $1.key }) {
                try statement.bind(3, key)
                try statement.bind(4, value)
                try statement.execute()
            }
        }
        // Every fact gets at least one mention, so provenance (and garbage collection) never misses it.
        // Columns: node, edge (one of them NULL), document, span, sentence, rule.
        func mentions(_ evidence: [Evidence], node: Int64, edge: Int64) throws {
            if evidence.isEmpty {
                for value in [node, edge, documentID, BatchedInsert.null, BatchedInsert.null, BatchedInsert.null, try ruleRow("document")] {
                    mentionRows.append(value)
                }
            }
            for e in evidence {
                let sentence = try sentenceRow(e.sentence)
                let rule = try ruleRow(e.rule)
                mentionRows.append(node)
                mentionRows.append(edge)
                mentionRows.append(documentID)
                mentionRows.append(Int64(e.span.lowerBound))
                mentionRows.append(Int64(e.span.upperBound))
                mentionRows.append(sentence)
                mentionRows.append(rule)
            }
        }
        // Sorted on the stored keys (Edge.id is computed; sorting edges by it would rebuild it per comparison).
        for (id, node) in graph.nodesByID.sorted(by: { $0.key < $1.key }) {
            let number = try nodeRow(id, node)
            if !node.aliases.isEmpty {
                // Row IDs in order, and aliases new to the store added in name order: a stable file.
                aliasIDs.removeAll(keepingCapacity: true)
                newAliases.removeAll(keepingCapacity: true)
                for alias in node.aliases where !alias.isEmpty {
                    if let known = aliasRowIDs.value(for: alias, tag: Int(number)) { aliasIDs.append(Int64(known)) } else { newAliases.append(alias) }
                }
                if !newAliases.isEmpty {
                    for alias in newAliases.sorted() { aliasIDs.append(try aliasRowID(node: number, alias: alias)) }
                }
                aliasIDs.sort()
                for aliasID in aliasIDs {
                    aliasRows.append(documentID)
                    aliasRows.append(aliasID)
                }
            }
            try properties(node.properties, of: number, with: insertNodeProperty)
            try mentions(node.evidence, node: number, edge: BatchedInsert.null)
        }
        for (_, edge) in graph.edgesByID.sorted(by: { $0.key < $1.key }) {
            // An edge needs both ends stored; extraction always emits them, so a miss is a defect upstream.
            guard let source = try storedNodeRow(edge.source), let target = try storedNodeRow(edge.target) else { continue }
            let number = try edgeRow(EdgeKey(source: source, relation: edge.relation, target: target))
            try properties(edge.properties, of: number, with: insertEdgeProperty)
            try mentions(edge.evidence, node: BatchedInsert.null, edge: number)
        }
        try aliasRows.flush()
        try mentionRows.flush()
    }

    /// The writer's prepared statements, made at the first call.
    func writerStatements() throws -> WriterStatements {
        if let known = preparedWriterStatements { return known }
        let made = try WriterStatements(db: db)
        preparedWriterStatements = made
        return made
    }

    /// The `nodes` row of `node` (ID `id`), added when missing, and remembered.
    private func nodeRow(_ id: String, _ node: Node) throws -> Int64 {
        if let known = writtenNodes.value(for: id) { return Int64(known) }
        if !writtenRowsComplete, let found = try storedNodeRow(id) { return found }
        let insert = try writerStatements().insertNode
        try insert.bind(1, id)
        try insert.bind(2, node.kind.rawValue)
        try insert.bind(3, node.name)
        try insert.bind(4, nameKey(node.name))
        try insert.execute()
        let number = db.lastInsertRowID
        writtenNodes.setValue(Int(number), for: id)
        return number
    }

    /// The row number of the stored node with ID `id` (remembered), or nil when there is none.
    private func storedNodeRow(_ id: String) throws -> Int64? {
        if let known = writtenNodes.value(for: id) { return Int64(known) }
        if writtenRowsComplete { return nil }
        let find = try writerStatements().findNode
        try find.bind(1, id)
        defer { find.reset() }
        guard try find.step() else { return nil }
        let number = find.int64(0)
        writtenNodes.setValue(Int(number), for: id)
        return number
    }

    /// The `edges` row of `key`, added when missing, and remembered.
    private func edgeRow(_ key: EdgeKey) throws -> Int64 {
        if let known = writtenEdges[key] { return known }
        let statements = try writerStatements()
        let number = try rowNumber(find: writtenRowsComplete ? nil : statements.findEdge, else: statements.insertEdge) { statement in
            try statement.bind(1, key.source)
            try statement.bind(2, key.relation.rawValue)
            try statement.bind(3, key.target)
        }
        writtenEdges[key] = number
        return number
    }

    /// The row number `find` gives, or else that of the row `insert` adds; `bind` binds the
    /// same leading parameters of either (`insert` may take more, bound in `more`).
    ///
    /// The insert is bound only when the row is missing: most lookups of an ingest find theirs.
    /// A nil `find` says the row is known to be missing (see ``writtenRowsComplete``).
    private func rowNumber(find: SQLiteStatement?, else insert: SQLiteStatement,
                           bind: (SQLiteStatement) throws -> Void,
                           more: (SQLiteStatement) throws -> Void = { _ in }) throws -> Int64 {
        if let find {
            try bind(find)
            let found = try find.step() ? find.int64(0) : nil
            find.reset()
            if let found { return found }
        }
        try bind(insert)
        try more(insert)
        try insert.execute()
        return db.lastInsertRowID
    }

    /// The `rules` row of the rule named `name`, added when missing, and remembered.
    private func ruleRow(_ name: String) throws -> Int64 {
        if let known = ruleRowIDs.value(for: name) { return Int64(known) }
        let number: Int64
        if let found = try db.rows("SELECT id FROM rules WHERE name = ?", [.text(name)]).first?.int(0) {
            number = found
        } else {
            try db.run("INSERT INTO rules (name) VALUES (?)", [.text(name)])
            number = db.lastInsertRowID
        }
        ruleRowIDs.setValue(Int(number), for: name)
        return number
    }

    /// The `aliases` row of `alias` for the node in row `node`, added when missing, and remembered.
    func aliasRowID(node: Int64, alias: String) throws -> Int64 {
        if let known = aliasRowIDs.value(for: alias, tag: Int(node)) { return Int64(known) }
        let statements = try writerStatements()
        let id = try rowNumber(find: writtenRowsComplete ? nil : statements.findAlias, else: statements.insertAlias, bind: { statement in
            try statement.bind(1, node)
            try statement.bind(2, alias)
        }, more: { try $0.bind(3, nameKey(alias)) })
        aliasRowIDs.setValue(Int(id), for: alias, tag: Int(node))
        return id
    }

    /// ``NameKey/make(_:)`` of `name`, memoised for the life of the store.
    func nameKey(_ name: String) -> String {
        if let key = nameKeyMemo[UTF8Key(name)] { return key }
        let key = NameKey.make(name)
        // Bounded: a very long ingest of ever new names should not grow memory without end.
        if nameKeyMemo.count >= 1 << 20 { nameKeyMemo.removeAll(keepingCapacity: true) }
        nameKeyMemo[UTF8Key(name)] = key
        return key
    }

    /// Removes one document's contributions and deletes the nodes and edges no document mentions any more.
    func purge(documentID: Int64) throws {
        forgetWrittenRows()
        let doc = SQLiteValue.integer(documentID)
        let edgeIDs = try db.rows("SELECT DISTINCT edge_id FROM mentions WHERE document_id = ? AND edge_id IS NOT NULL ORDER BY 1", [doc]).map { $0.int(0) }
        var nodeIDs = Set(try db.rows("SELECT DISTINCT node_id FROM mentions WHERE document_id = ? AND node_id IS NOT NULL", [doc]).map { $0.int(0) })
        let aliasIDs = try db.rows("SELECT alias_id FROM alias_documents WHERE document_id = ?", [doc]).map { $0.int(0) }
        for table in ["mentions", "sentences", "alias_documents", "node_properties", "edge_properties"] {
            try db.run("DELETE FROM \(table) WHERE document_id = ?", [doc])
        }
        for id in aliasIDs {
            try db.run("DELETE FROM aliases WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM alias_documents WHERE alias_id = ?1)", [.integer(id)])
        }
        for id in edgeIDs {
            let ends = try db.rows("SELECT source, target FROM edges WHERE id = ?", [.integer(id)])
            try db.run("DELETE FROM edges WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM mentions WHERE edge_id = ?1)", [.integer(id)])
            if db.changes > 0, let e = ends.first { nodeIDs.insert(e.int(0)); nodeIDs.insert(e.int(1)) }
        }
        for id in nodeIDs.sorted() {
            try db.run("""
                DELETE FROM nodes WHERE id = ?1
                  AND NOT EXISTS (SELECT 1 FROM mentions WHERE node_id = ?1)
                  AND NOT EXISTS (SELECT 1 FROM edges WHERE source = ?1)
                  AND NOT EXISTS (SELECT 1 FROM edges WHERE target = ?1)
                """, [.integer(id)])
        }
    }
}
