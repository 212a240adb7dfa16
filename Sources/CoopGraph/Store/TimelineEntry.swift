/// One dated step in an entity's history, as `timeline` lists it.
///
/// Entries sort by `date` as a string, so a partial date sorts at the start of its period
/// (`2022-06` before `2022-06-15`, `2022` before `2022-01`); undated entries come last.
public struct TimelineEntry: Sendable, Hashable {
    public var date: String?
    /// What happened: `dated` (an agreement's own date) or its `status`, `joined`, `party`, `member`, `chair`, `post`, or an event type.
    public var what: String
    /// Who or what it concerns (a party, a chair, an event).
    public var subject: String
    public var subjectID: String
    /// More about it: a chair term `2024-07 → 2025-07`, a place, a role.
    public var detail: String
    public var document: String?

    public init(date: String?, what: String, subject: String, subjectID: String, detail: String, document: String?) {
        self.date = date
        self.what = what
        self.subject = subject
        self.subjectID = subjectID
        self.detail = detail
        self.document = document
    }

    /// Date order with partial dates at the start of their period, undated last; then what and subject.
    public static func ordered(_ a: TimelineEntry, _ b: TimelineEntry) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return (a.what, a.subject, a.detail) < (b.what, b.subject, b.detail)
        }
    }

    public var json: QueryJSON {
        .object([("date", .optional(date)), ("what", .string(what)), ("subject", .string(subject)), ("subject_id", .string(subjectID)),
                 ("detail", .string(detail)), ("document", .optional(document))])
    }
}
