/// One answer of `who-met`: a counterpart who took part in an event together with the asked entity.
public struct WhoMetRow: Sendable, Hashable {
    public var counterpartID: String
    public var counterpart: String
    public var kind: String
    /// The event's date, ISO 8601 at its precision; nil when unresolved.
    public var date: String?
    public var eventID: String
    public var event: String
    public var place: String?
    /// The sentence that puts the counterpart at the event, and the document it is in.
    public var sentence: String?
    public var document: String?

    public init(counterpartID: String, counterpart: String, kind: String, date: String?, eventID: String, event: String,
                place: String?, sentence: String?, document: String?) {
        self.counterpartID = counterpartID
        self.counterpart = counterpart
        self.kind = kind
        self.date = date
        self.eventID = eventID
        self.event = event
        self.place = place
        self.sentence = sentence
        self.document = document
    }

    public var json: QueryJSON {
        .object([("counterpart", .string(counterpart)), ("counterpart_id", .string(counterpartID)), ("kind", .string(kind)),
                 ("date", .optional(date)), ("event", .string(event)), ("event_id", .string(eventID)), ("place", .optional(place)),
                 ("sentence", .optional(sentence)), ("document", .optional(document))])
    }
}
