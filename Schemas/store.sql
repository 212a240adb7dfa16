-- CoopGraph store schema (SQLite).
--
-- The code mirrors this file in Sources/CoopGraph/Store/StoreSchema.swift as an ordered list of
-- migrations; StoreSchemaTests fails when the two disagree. Each block below headed by a line
-- "-- migration <N>" is step N, applied in one transaction that ends with PRAGMA user_version = N.
-- PRAGMA application_id = 1128747591 (ASCII "CGRG") marks the file as a CoopGraph store.
-- The store runs in WAL mode with foreign keys on (set per connection, not part of the schema);
-- the writer turns the checks off around its own batches, whose rows reference only rows it wrote.
--
-- Provenance: every fact is a row in `mentions` tied to the document it was read from. Aliases
-- (since migration 4 as `alias_documents` pairs) and properties are also kept per document, so
-- re-ingesting a changed document replaces exactly what it contributed; nodes, edges and aliases
-- left with no document are deleted.
-- A node property's effective value is the one from the earliest-ingested document that gives it.

-- migration 1
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

-- migration 2
-- Per-document rows are keyed by document first, so an ingest appends them at the end of each
-- table instead of inserting them all over it; lookups by node or edge go through an index
-- (which a bulk load into an empty store builds once at the end, see GraphStore+BulkLoad.swift).
CREATE TABLE aliases_v2 (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    node_id     TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    normalized  TEXT NOT NULL,
    PRIMARY KEY (document_id, node_id, alias)
) WITHOUT ROWID;
INSERT INTO aliases_v2 (document_id, node_id, alias, normalized) SELECT document_id, node_id, alias, normalized FROM aliases;
DROP TABLE aliases;
ALTER TABLE aliases_v2 RENAME TO aliases;
CREATE INDEX aliases_by_node ON aliases(node_id, alias);
CREATE INDEX aliases_by_normalized ON aliases(normalized);
CREATE TABLE node_properties_v2 (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    node_id     TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (document_id, node_id, key)
) WITHOUT ROWID;
INSERT INTO node_properties_v2 (document_id, node_id, key, value) SELECT document_id, node_id, key, value FROM node_properties;
DROP TABLE node_properties;
ALTER TABLE node_properties_v2 RENAME TO node_properties;
CREATE INDEX node_properties_by_node ON node_properties(node_id, key);
CREATE TABLE edge_properties_v2 (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    edge_id     TEXT NOT NULL REFERENCES edges(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (document_id, edge_id, key)
) WITHOUT ROWID;
INSERT INTO edge_properties_v2 (document_id, edge_id, key, value) SELECT document_id, edge_id, key, value FROM edge_properties;
DROP TABLE edge_properties;
ALTER TABLE edge_properties_v2 RENAME TO edge_properties;
CREATE INDEX edge_properties_by_edge ON edge_properties(edge_id, key);

-- migration 3
-- A mention is of a node or of an edge, never both: each lookup index holds only the rows it
-- can find (`node_id = ?` implies NOT NULL, so queries use it), and neither is built over,
-- or stores, the other kind's NULLs (a quarter and three quarters of the rows).
DROP INDEX IF EXISTS mentions_by_node;
DROP INDEX IF EXISTS mentions_by_edge;
CREATE INDEX mentions_by_node ON mentions(node_id) WHERE node_id IS NOT NULL;
CREATE INDEX mentions_by_edge ON mentions(edge_id) WHERE edge_id IS NOT NULL;

-- migration 4
-- An alias is stored once per node, and each document that gives it adds a pair of integers:
-- over the corpus 21 thousand aliases instead of 417 thousand (document, node, alias) rows,
-- whose two text indexes took a bulk load a second to build. Re-ingesting a document deletes
-- its pairs, then the aliases that no document gives any more.
ALTER TABLE aliases RENAME TO aliases_v3;
DROP INDEX IF EXISTS aliases_by_node;
DROP INDEX IF EXISTS aliases_by_normalized;
CREATE TABLE aliases (
    id          INTEGER PRIMARY KEY,
    node_id     TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    normalized  TEXT NOT NULL,
    UNIQUE (node_id, alias)
);
CREATE INDEX aliases_by_normalized ON aliases(normalized);
CREATE TABLE alias_documents (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    alias_id    INTEGER NOT NULL REFERENCES aliases(id) ON DELETE CASCADE,
    PRIMARY KEY (document_id, alias_id)
) WITHOUT ROWID;
CREATE INDEX alias_documents_by_alias ON alias_documents(alias_id);
INSERT INTO aliases (node_id, alias, normalized) SELECT node_id, alias, min(normalized) FROM aliases_v3 GROUP BY node_id, alias ORDER BY node_id, alias;
INSERT INTO alias_documents (document_id, alias_id) SELECT DISTINCT o.document_id, a.id FROM aliases_v3 o JOIN aliases a ON a.node_id = o.node_id AND a.alias = o.alias;
DROP TABLE aliases_v3;

-- migration 5
-- Nodes and edges get integer keys, and every row that points at one holds that integer: a
-- node's text ID (kind:name) is stored once, in `nodes.key`, and an edge's (source|relation|
-- target) is no longer stored at all but derived from its ends. Over the corpus the store
-- shrinks by a third, and a bulk load compares and writes small integers where it compared
-- and wrote 20-60 byte strings (546 thousand mentions, 189 thousand properties, 84 thousand
-- edges and their indexes). A mention names its rule by number too (40 rules, 18 bytes each on
-- average, over 546 thousand rows). Each table is rebuilt as a new one, filled, the old dropped and
-- the new renamed; the old edge IDs are mapped to the new numbers through a temporary table.
CREATE TABLE nodes_v5 (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,        -- kind:canonical name (NodeID)
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL,
    normalized TEXT NOT NULL                -- NameKey of name: lookup without spaces or ·-_
);
INSERT INTO nodes_v5 (key, kind, name, normalized) SELECT id, kind, name, normalized FROM nodes ORDER BY id;
CREATE TABLE edges_v5 (
    id       INTEGER PRIMARY KEY,
    source   INTEGER NOT NULL REFERENCES nodes(id),
    relation TEXT NOT NULL,
    target   INTEGER NOT NULL REFERENCES nodes(id),
    UNIQUE (source, relation, target)
);
CREATE TEMP TABLE edge_numbers (old TEXT PRIMARY KEY, new INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO edges_v5 (source, relation, target) SELECT s.id, e.relation, t.id FROM edges e JOIN nodes_v5 s ON s.key = e.source JOIN nodes_v5 t ON t.key = e.target ORDER BY e.id;
INSERT INTO temp.edge_numbers (old, new) SELECT e.id, n.id FROM edges e JOIN nodes_v5 s ON s.key = e.source JOIN nodes_v5 t ON t.key = e.target JOIN edges_v5 n ON n.source = s.id AND n.relation = e.relation AND n.target = t.id;
CREATE TABLE aliases_v5 (
    id          INTEGER PRIMARY KEY,
    node_id     INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    normalized  TEXT NOT NULL,
    UNIQUE (node_id, alias)
);
INSERT INTO aliases_v5 (id, node_id, alias, normalized) SELECT a.id, n.id, a.alias, a.normalized FROM aliases a JOIN nodes_v5 n ON n.key = a.node_id ORDER BY a.id;
CREATE TABLE node_properties_v5 (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    node_id     INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (document_id, node_id, key)
) WITHOUT ROWID;
INSERT INTO node_properties_v5 (document_id, node_id, key, value) SELECT p.document_id, n.id, p.key, p.value FROM node_properties p JOIN nodes_v5 n ON n.key = p.node_id;
CREATE TABLE edge_properties_v5 (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    edge_id     INTEGER NOT NULL REFERENCES edges(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (document_id, edge_id, key)
) WITHOUT ROWID;
INSERT INTO edge_properties_v5 (document_id, edge_id, key, value) SELECT p.document_id, k.new, p.key, p.value FROM edge_properties p JOIN temp.edge_numbers k ON k.old = p.edge_id;
CREATE TABLE rules (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE              -- Evidence.rule, or `document` for a fact without evidence
);
INSERT INTO rules (name) SELECT DISTINCT rule FROM mentions ORDER BY rule;
CREATE TABLE mentions_v5 (
    id          INTEGER PRIMARY KEY,
    node_id     INTEGER REFERENCES nodes(id) ON DELETE CASCADE,
    edge_id     INTEGER REFERENCES edges(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    span_start  INTEGER,                    -- UTF-8 byte offsets in the source; null when unknown
    span_end    INTEGER,
    sentence_id INTEGER REFERENCES sentences(id),
    rule_id     INTEGER NOT NULL REFERENCES rules(id),
    CHECK ((node_id IS NULL) <> (edge_id IS NULL))
);
INSERT INTO mentions_v5 (id, node_id, edge_id, document_id, span_start, span_end, sentence_id, rule_id) SELECT m.id, n.id, k.new, m.document_id, m.span_start, m.span_end, m.sentence_id, r.id FROM mentions m JOIN rules r ON r.name = m.rule LEFT JOIN nodes_v5 n ON n.key = m.node_id LEFT JOIN temp.edge_numbers k ON k.old = m.edge_id ORDER BY m.id;
DROP TABLE temp.edge_numbers;
DROP TABLE mentions;
DROP TABLE edge_properties;
DROP TABLE node_properties;
DROP TABLE aliases;
DROP TABLE edges;
DROP TABLE nodes;
ALTER TABLE nodes_v5 RENAME TO nodes;
ALTER TABLE edges_v5 RENAME TO edges;
ALTER TABLE aliases_v5 RENAME TO aliases;
ALTER TABLE node_properties_v5 RENAME TO node_properties;
ALTER TABLE edge_properties_v5 RENAME TO edge_properties;
ALTER TABLE mentions_v5 RENAME TO mentions;
CREATE INDEX nodes_by_normalized ON nodes(normalized);
CREATE INDEX nodes_by_kind ON nodes(kind);
CREATE INDEX aliases_by_normalized ON aliases(normalized);
CREATE INDEX node_properties_by_node ON node_properties(node_id, key);
CREATE INDEX edges_by_target ON edges(target, relation);
CREATE INDEX edge_properties_by_edge ON edge_properties(edge_id, key);
CREATE INDEX mentions_by_node ON mentions(node_id) WHERE node_id IS NOT NULL;
CREATE INDEX mentions_by_edge ON mentions(edge_id) WHERE edge_id IS NOT NULL;
CREATE INDEX mentions_by_document ON mentions(document_id);
