/// The store writer's per-row statements, prepared once per connection and held by the store.
///
/// ``SQLiteDatabase/cached(_:)`` finds a statement by hashing its SQL text: cheap once, but the
/// writer asked for its statements per document and per new node, edge or alias, a few
/// hundred thousand times over the corpus. Holding them costs nothing; SQLite prepares them
/// again by itself when the schema changes (as when a bulk load builds its indexes).
final class WriterStatements {
    let insertNodeProperty: SQLiteStatement
    let insertEdgeProperty: SQLiteStatement
    let insertSentence: SQLiteStatement
    let findNode: SQLiteStatement
    let insertNode: SQLiteStatement
    let findEdge: SQLiteStatement
    let insertEdge: SQLiteStatement
    let findAlias: SQLiteStatement
    let insertAlias: SQLiteStatement

    init(db: SQLiteDatabase) throws {
        insertNodeProperty = try db.prepare("INSERT OR REPLACE INTO node_properties (document_id, node_id, key, value) VALUES (?, ?, ?, ?)")
        insertEdgeProperty = try db.prepare("INSERT OR REPLACE INTO edge_properties (document_id, edge_id, key, value) VALUES (?, ?, ?, ?)")
        insertSentence = try db.prepare("INSERT INTO sentences (document_id, text) VALUES (?, ?)")
        findNode = try db.prepare("SELECT id FROM nodes WHERE key = ?")
        insertNode = try db.prepare("INSERT INTO nodes (key, kind, name, normalized) VALUES (?, ?, ?, ?)")
        findEdge = try db.prepare("SELECT id FROM edges WHERE source = ? AND relation = ? AND target = ?")
        insertEdge = try db.prepare("INSERT INTO edges (source, relation, target) VALUES (?, ?, ?)")
        findAlias = try db.prepare("SELECT id FROM aliases WHERE node_id = ? AND alias = ?")
        insertAlias = try db.prepare("INSERT INTO aliases (node_id, alias, normalized) VALUES (?, ?, ?)")
    }
}
