/// The store's schema as an ordered list of migrations, mirroring `Schemas/store.sql`.
///
/// Migration N brings a store from `user_version` N-1 to N; each runs in one transaction.
/// Add a migration by appending a step here and a `-- migration N` block to `Schemas/store.sql`
/// (StoreSchemaTests checks that they agree). Never edit a released step.
public enum StoreSchema {
    /// `PRAGMA application_id` of a CoopGraph store (ASCII "CGRG").
    public static let applicationID: Int64 = 1128747591

    /// Every migration, oldest first; step i has version i + 1.
    public static let migrations: [StoreMigration] = [
        StoreMigration(version: 1, sql: """
        CREATE TABLE documents (
            id           INTEGER PRIMARY KEY,
            path         TEXT NOT NULL UNIQUE,      -- absolute path as walked, or stdin:<hash prefix>
            name         TEXT NOT NULL,             -- Document.id (file name), shown in query output
            content_hash TEXT NOT NULL,             -- lower-case hex SHA-256 of the file's bytes
            status       TEXT NOT NULL CHECK (status IN ('extracted', 'stub', 'duplicate')),
            duplicate_of INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            title        TEXT,
            date         TEXT,                      -- publication date, ISO 8601
            department   TEXT,
            url          TEXT,
            ingested_at  TEXT NOT NULL              -- UTC, ISO 8601; never printed by queries
        );
        CREATE INDEX documents_by_hash ON documents(content_hash);
        CREATE TABLE nodes (
            id         TEXT PRIMARY KEY NOT NULL,   -- kind:canonical name (NodeID)
            kind       TEXT NOT NULL,
            name       TEXT NOT NULL,
            normalized TEXT NOT NULL                -- NameKey of name: lookup without spaces or ·-_
        ) WITHOUT ROWID;
        CREATE INDEX nodes_by_normalized ON nodes(normalized);
        CREATE INDEX nodes_by_kind ON nodes(kind);
        CREATE TABLE aliases (
            node_id     TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            alias       TEXT NOT NULL,
            normalized  TEXT NOT NULL,
            PRIMARY KEY (node_id, alias, document_id)
        ) WITHOUT ROWID;
        CREATE INDEX aliases_by_normalized ON aliases(normalized);
        CREATE INDEX aliases_by_document ON aliases(document_id);
        CREATE TABLE node_properties (
            node_id     TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            key         TEXT NOT NULL,
            value       TEXT NOT NULL,
            PRIMARY KEY (node_id, key, document_id)
        ) WITHOUT ROWID;
        CREATE INDEX node_properties_by_document ON node_properties(document_id);
        CREATE TABLE edges (
            id       TEXT PRIMARY KEY NOT NULL,     -- source|relation|target
            source   TEXT NOT NULL REFERENCES nodes(id),
            target   TEXT NOT NULL REFERENCES nodes(id),
            relation TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX edges_by_source ON edges(source, relation);
        CREATE INDEX edges_by_target ON edges(target, relation);
        CREATE TABLE edge_properties (
            edge_id     TEXT NOT NULL REFERENCES edges(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            key         TEXT NOT NULL,
            value       TEXT NOT NULL,
            PRIMARY KEY (edge_id, key, document_id)
        ) WITHOUT ROWID;
        CREATE INDEX edge_properties_by_document ON edge_properties(document_id);
        -- Each sentence a document's facts were read from, stored once however many facts it states.
        CREATE TABLE sentences (
            id          INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            text        TEXT NOT NULL
        );
        CREATE INDEX sentences_by_document ON sentences(document_id);

        CREATE TABLE mentions (
            id          INTEGER PRIMARY KEY,
            node_id     TEXT REFERENCES nodes(id) ON DELETE CASCADE,
            edge_id     TEXT REFERENCES edges(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            span_start  INTEGER,                    -- UTF-8 byte offsets in the source; null when unknown
            span_end    INTEGER,
            sentence_id INTEGER REFERENCES sentences(id),
            rule        TEXT NOT NULL,
            CHECK ((node_id IS NULL) <> (edge_id IS NULL))
        );
        CREATE INDEX mentions_by_node ON mentions(node_id);
        CREATE INDEX mentions_by_edge ON mentions(edge_id);
        CREATE INDEX mentions_by_document ON mentions(document_id);
        """),
    ]

    /// The schema version this code writes and understands.
    public static var currentVersion: Int { migrations.last?.version ?? 0 }
}
