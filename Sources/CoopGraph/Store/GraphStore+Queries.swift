extension GraphStore {
    /// Relations through which an entity takes part in an event.
    static let eventRoles = "'participated_in', 'organized'"

    /// An edge's ``Edge/id`` (`source|relation|target`) in SQL, for edges `e` whose ends are
    /// joined as `s` and `t`: ordering by it orders exactly as by the text IDs stored before version 5.
    static let edgeKey = "s.key || '|' || e.relation || '|' || t.key"

    /// The row number of the node with ID `id`; nil when there is none.
    func nodeRow(id: String) throws -> Int64? {
        try db.rows("SELECT id FROM nodes WHERE key = ?", [.text(id)]).first?.int(0)
    }

    /// The node with this ID, with aliases and resolved properties; nil when absent.
    public func node(id: String) throws -> StoredNode? {
        guard let row = try db.rows("SELECT key, kind, name, id FROM nodes WHERE key = ?", [.text(id)]).first else { return nil }
        let aliases = try db.rows("SELECT DISTINCT alias FROM aliases WHERE node_id = ? AND alias <> ? ORDER BY alias",
                                  [.integer(row.int(3)), .text(row.text(2))]).map { $0.text(0) }
        return StoredNode(id: row.text(0), kind: row.text(1), name: row.text(2), aliases: aliases, properties: try properties(node: row.int(3)))
    }

    /// A node's properties: for each key, the value of the earliest-ingested document that gives one.
    func properties(node: Int64) throws -> [String: String] {
        var out: [String: String] = [:]
        for r in try db.rows("SELECT key, value FROM node_properties WHERE node_id = ? ORDER BY key, document_id", [.integer(node)])
        where out[r.text(0)] == nil {
            out[r.text(0)] = r.text(1)
        }
        return out
    }

    func properties(edge: Int64) throws -> [String: String] {
        var out: [String: String] = [:]
        for r in try db.rows("SELECT key, value FROM edge_properties WHERE edge_id = ? ORDER BY key, document_id", [.integer(edge)])
        where out[r.text(0)] == nil {
            out[r.text(0)] = r.text(1)
        }
        return out
    }

    /// The first sentence (by document name, then position) that states an edge or a node.
    func firstEvidence(edge: Int64? = nil, node: Int64? = nil) throws -> (sentence: String?, document: String)? {
        let column = edge != nil ? "edge_id" : "node_id"
        guard let id = edge ?? node else { return nil }
        let row = try db.rows("""
            SELECT s.text, d.name FROM mentions m JOIN documents d ON d.id = m.document_id
            LEFT JOIN sentences s ON s.id = m.sentence_id
            WHERE m.\(column) = ? ORDER BY m.sentence_id IS NULL, d.name, d.path, m.span_start, m.id LIMIT 1
            """, [.integer(id)]).first
        return row.map { ($0.string(0), $0.text(1)) }
    }

    /// Finds the node a user means: an exact ID, else the one canonical name, else the one alias.
    ///
    /// Names compare by ``NameKey`` (case, spaces and `·-_` ignored). Several matches throw
    /// ``CoopGraphError/ambiguous(name:candidates:)`` listing their IDs, which resolve exactly.
    public func resolve(_ name: String) throws -> StoredNode {
        if let exact = try node(id: name) { return exact }
        let key = NameKey.make(name)
        guard !key.isEmpty else { throw CoopGraphError.notFound(name: name) }
        for sql in ["SELECT key FROM nodes WHERE normalized = ? ORDER BY key",
                    "SELECT DISTINCT n.key FROM aliases a JOIN nodes n ON n.id = a.node_id WHERE a.normalized = ? ORDER BY n.key"] {
            let ids = try db.rows(sql, [.text(key)]).map { $0.text(0) }
            if ids.count > 1 { throw CoopGraphError.ambiguous(name: name, candidates: ids) }
            if let id = ids.first, let n = try node(id: id) { return n }
        }
        throw CoopGraphError.notFound(name: name)
    }

    /// Everyone who took part in an event together with `nodeID`, derived from the event nodes.
    ///
    /// Events marked `modality=negated` are left out. `from`/`to` (ISO, any precision) keep
    /// events whose date period overlaps the range; an undated event is then left out.
    /// `kinds` keeps only counterparts of those kinds. Ordered by date (undated last), event,
    /// counterpart kind and name.
    public func whoMet(_ nodeID: String, from: String? = nil, to: String? = nil, kinds: Set<String>? = nil) throws -> [WhoMetRow] {
        guard let node = try nodeRow(id: nodeID) else { return [] }
        let events = try db.rows("""
            SELECT DISTINCT n.key, n.name, n.id FROM edges e JOIN nodes n ON n.id = e.target
            WHERE e.source = ? AND e.relation IN (\(Self.eventRoles)) AND n.kind = 'event'
            """, [.integer(node)])
        var rows: [WhoMetRow] = []
        for event in events {
            let eventID = event.text(0)
            let props = try properties(node: event.int(2))
            if props["modality"] == "negated" || props["status"] == "negated" { continue }
            let date = props["date"]
            if from != nil || to != nil {
                guard let date, Self.overlaps(date, from: from, to: to) else { continue }
            }
            let counterparts = try db.rows("""
                SELECT e.id, n.key, n.kind, n.name FROM edges e JOIN nodes n ON n.id = e.source
                WHERE e.target = ? AND e.relation IN (\(Self.eventRoles)) AND e.source <> ?
                ORDER BY n.key, e.relation DESC
                """, [.integer(event.int(2)), .integer(node)])
            var seen: Set<String> = []
            for c in counterparts where seen.insert(c.text(1)).inserted {
                if let kinds, !kinds.contains(c.text(2)) { continue }
                let evidence = try firstEvidence(edge: c.int(0))
                rows.append(WhoMetRow(counterpartID: c.text(1), counterpart: c.text(3), kind: c.text(2), date: date,
                                      eventID: eventID, event: event.text(1), place: props["location"],
                                      sentence: evidence?.sentence, document: evidence?.document))
            }
        }
        return rows.sorted { a, b in
            if a.date != b.date {
                guard let x = a.date else { return false }
                guard let y = b.date else { return true }
                return x < y
            }
            if a.eventID != b.eventID { return a.eventID < b.eventID }
            let ka = NodeKind(rawValue: a.kind), kb = NodeKind(rawValue: b.kind)
            if ka != kb, let ka, let kb { return ka < kb }
            return (a.kind, a.counterpart, a.counterpartID) < (b.kind, b.counterpart, b.counterpartID)
        }
    }

    /// True when the period of `date` (a year, month or day) overlaps `[from, to]`.
    static func overlaps(_ date: String, from: String?, to: String?) -> Bool {
        // Pad so a partial date spans its whole period: `2022-06` covers `2022-06-00`…`2022-06-99`.
        func low(_ d: String) -> String { d + String("-00-00".suffix(max(0, 10 - d.count))) }
        func high(_ d: String) -> String { d + String("-99-99".suffix(max(0, 10 - d.count))) }
        if let from, high(date) < low(from) { return false }
        if let to, low(date) > high(to) { return false }
        return true
    }

    /// The dated history of a node, oldest first (see ``TimelineEntry/ordered(_:_:)``).
    ///
    /// For an agreement: its own date, parties and members (dated when the edge says when),
    /// chair terms, and the events about it. For anything else: the events it took part in
    /// or organised, and its dated memberships, chairs and affiliations.
    public func timeline(_ node: StoredNode) throws -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        guard let number = try nodeRow(id: node.id) else { return [] }
        let id = SQLiteValue.integer(number)
        if node.kind == NodeKind.agreement.rawValue || node.kind == NodeKind.event.rawValue {
            if let date = node.date {
                let what = node.kind == NodeKind.event.rawValue ? (node.properties["event_type"] ?? "event") : (node.properties["status"] ?? "dated")
                let detail = node.properties["agreement_kind"] ?? node.properties["location"] ?? ""
                entries.append(TimelineEntry(date: date, what: what, subject: node.name, subjectID: node.id, detail: detail,
                                             document: try firstEvidence(node: number)?.document))
            }
        }
        if node.kind == NodeKind.agreement.rawValue {
            let incoming = try db.rows("""
                SELECT e.id, e.relation, s.key, s.name FROM edges e JOIN nodes s ON s.id = e.source JOIN nodes t ON t.id = e.target
                WHERE e.target = ? AND e.relation IN ('party_to', 'member_of', 'chairs') ORDER BY \(Self.edgeKey)
                """, [id])
            for r in incoming {
                let props = try properties(edge: r.int(0))
                let relation = r.text(1)
                let start = props["from"] ?? props["date"]
                let what: String
                if relation == "chairs" { what = "chair" } else if start != nil { what = "joined" } else { what = relation == "party_to" ? "party" : "member" }
                entries.append(TimelineEntry(date: start, what: what, subject: r.text(3), subjectID: r.text(2),
                                             detail: Self.term(props), document: try firstEvidence(edge: r.int(0))?.document))
            }
            let about = try db.rows("""
                SELECT n.key FROM edges e JOIN nodes n ON n.id = CASE WHEN e.source = ?1 THEN e.target ELSE e.source END
                WHERE (e.target = ?1 OR e.source = ?1) AND e.relation = 'about' AND n.kind = 'event' ORDER BY n.key
                """, [id])
            for r in about {
                guard let event = try self.node(id: r.text(0)) else { continue }
                entries.append(TimelineEntry(date: event.date, what: event.properties["event_type"] ?? "event", subject: event.name,
                                             subjectID: event.id, detail: event.properties["location"] ?? "",
                                             document: try firstEvidence(node: nodeRow(id: event.id))?.document))
            }
        } else {
            let outgoing = try db.rows("""
                SELECT e.id, e.relation, t.key, t.name, t.kind, t.id FROM edges e JOIN nodes s ON s.id = e.source JOIN nodes t ON t.id = e.target
                WHERE e.source = ? ORDER BY \(Self.edgeKey)
                """, [id])
            for r in outgoing {
                let relation = r.text(1)
                let props = try properties(edge: r.int(0))
                let target = try properties(node: r.int(5))
                if r.text(4) == NodeKind.event.rawValue, relation == "participated_in" || relation == "organized" {
                    if target["modality"] == "negated" { continue }
                    var detail = relation == "organized" ? "organizer" : "participant"
                    if let place = target["location"] { detail += ", " + place }
                    entries.append(TimelineEntry(date: target["date"], what: target["event_type"] ?? "event", subject: r.text(3),
                                                 subjectID: r.text(2), detail: detail, document: try firstEvidence(edge: r.int(0))?.document))
                } else if ["party_to", "member_of", "chairs", "affiliated_with"].contains(relation) {
                    // Undated memberships are left out: the agreement's own date says nothing of when this party joined.
                    guard let date = props["from"] ?? props["date"] else { continue }
                    var detail = Self.term(props)
                    if let title = props["title"] { detail = detail.isEmpty ? title : title + ", " + detail }
                    let what = ["party_to": "party", "member_of": "member", "chairs": "chair"][relation] ?? "post"
                    entries.append(TimelineEntry(date: date, what: what, subject: r.text(3), subjectID: r.text(2),
                                                 detail: detail, document: try firstEvidence(edge: r.int(0))?.document))
                }
            }
        }
        return entries.sorted(by: TimelineEntry.ordered)
    }

    /// `from → to`, `from →`, `→ to` or empty, from an edge's properties.
    static func term(_ props: [String: String]) -> String {
        switch (props["from"], props["to"]) {
        case let (f?, t?): return "\(f) → \(t)"
        case let (f?, nil): return "\(f) →"
        case let (nil, t?): return "→ \(t)"
        default: return ""
        }
    }

    /// The node with its relations (both directions) and the sentences that mention it.
    public func report(_ node: StoredNode) throws -> EntityReport {
        var relations: [EntityReport.Relation] = []
        let number = SQLiteValue.integer(try nodeRow(id: node.id) ?? 0)
        for (outgoing, sql) in [(true, "SELECT e.id, e.relation, n.key, n.name, n.kind FROM edges e JOIN nodes n ON n.id = e.target WHERE e.source = ?"),
                                (false, "SELECT e.id, e.relation, n.key, n.name, n.kind FROM edges e JOIN nodes n ON n.id = e.source WHERE e.target = ?")] {
            for r in try db.rows(sql, [number]) {
                relations.append(EntityReport.Relation(outgoing: outgoing, relation: r.text(1), otherID: r.text(2), other: r.text(3),
                                                       otherKind: r.text(4), properties: try properties(edge: r.int(0))))
            }
        }
        relations.sort { ($0.relation, $0.outgoing ? 0 : 1, $0.other, $0.otherID) < ($1.relation, $1.outgoing ? 0 : 1, $1.other, $1.otherID) }
        let mentions = try db.rows("""
            SELECT d.name, m.span_start, m.span_end, r.name, s.text FROM mentions m JOIN documents d ON d.id = m.document_id
            JOIN rules r ON r.id = m.rule_id
            LEFT JOIN sentences s ON s.id = m.sentence_id
            WHERE m.node_id = ? ORDER BY d.name, d.path, m.span_start, m.span_end, r.name
            """, [number]).map { r in
            EntityReport.Mention(document: r.text(0), spanStart: r.isNull(1) ? nil : Int(r.int(1)), spanEnd: r.isNull(2) ? nil : Int(r.int(2)),
                                 rule: r.text(3), sentence: r.string(4))
        }
        return EntityReport(node: node, relations: relations, mentions: mentions)
    }

    /// Nodes whose canonical name or an alias contains `text` (compared as ``NameKey``s), by kind and name.
    public func search(_ text: String) throws -> [SearchHit] {
        let key = NameKey.make(text)
        guard !key.isEmpty else { return [] }
        var hits: [String: SearchHit] = [:]
        for r in try db.rows("SELECT key, kind, name FROM nodes WHERE instr(normalized, ?) > 0", [.text(key)]) {
            hits[r.text(0)] = SearchHit(id: r.text(0), kind: r.text(1), name: r.text(2), alias: nil)
        }
        for r in try db.rows("""
            SELECT n.key, n.kind, n.name, min(a.alias) FROM aliases a JOIN nodes n ON n.id = a.node_id
            WHERE instr(a.normalized, ?) > 0 GROUP BY n.id
            """, [.text(key)]) where hits[r.text(0)] == nil {
            hits[r.text(0)] = SearchHit(id: r.text(0), kind: r.text(1), name: r.text(2), alias: r.string(3))
        }
        return hits.values.sorted { a, b in
            let ka = NodeKind(rawValue: a.kind), kb = NodeKind(rawValue: b.kind)
            if ka != kb, let ka, let kb { return ka < kb }
            return (a.name, a.id) < (b.name, b.id)
        }
    }

    /// Counts by document status, node kind and relation, and the date ranges covered.
    public func stats() throws -> StoreStats {
        func counts(_ sql: String) throws -> [String: Int] {
            var out: [String: Int] = [:]
            for r in try db.rows(sql) { out[r.text(0)] = Int(r.int(1)) }
            return out
        }
        func range(_ sql: String) throws -> (first: String, last: String)? {
            guard let r = try db.rows(sql).first, !r.isNull(0), !r.isNull(1) else { return nil }
            return (r.text(0), r.text(1))
        }
        return StoreStats(
            documents: try counts("SELECT status, count(*) FROM documents GROUP BY status"),
            nodesByKind: try counts("SELECT kind, count(*) FROM nodes GROUP BY kind"),
            edgesByRelation: try counts("SELECT relation, count(*) FROM edges GROUP BY relation"),
            mentions: Int(try db.scalar("SELECT count(*) FROM mentions")?.int ?? 0),
            documentDates: try range("SELECT min(date), max(date) FROM documents WHERE date IS NOT NULL"),
            factDates: try range("""
                SELECT min(p.value), max(p.value) FROM node_properties p JOIN nodes n ON n.id = p.node_id
                WHERE p.key = 'date' AND n.kind IN ('event', 'agreement')
                """))
    }
}
