/// How one graph compares with one gold answer: the counts of `score()` in the Python scorer.
///
/// Precision, recall and F1 are derived from the counts exactly as the scorer computes them:
/// entity precision is 0 when the graph has no entity node, recall is 1 when the answer requires
/// nothing. Optional gold items count neither as needed nor as missed.
public struct DocumentScore: Sendable, Hashable {
    /// The gold file's stem (what the scorer prints before each line).
    public var name: String
    /// The document file the answer is for.
    public var document: String

    /// Required gold entities.
    public var entityGold: Int
    /// Entity nodes in the graph (every kind but event and agreement).
    public var entityOutput: Int
    public var missedEntities: [String]
    /// Names of entity nodes that match no gold entity.
    public var extraEntities: [String]
    public var titles: ScoreCount
    public var affiliations: ScoreCount

    public var eventGold: Int
    public var eventOutput: Int
    /// Event nodes matched by some gold event (optional ones included).
    public var eventsMatched: Int
    public var missedEvents: [String]
    public var eventDatesRight: Int
    public var participants: ScoreCount
    public var metPairs: ScoreCount

    public var agreementGold: Int
    public var missedAgreements: [String]
    public var parties: ScoreCount

    public init(name: String, document: String, entityGold: Int = 0, entityOutput: Int = 0, missedEntities: [String] = [],
                extraEntities: [String] = [], titles: ScoreCount = ScoreCount(), affiliations: ScoreCount = ScoreCount(),
                eventGold: Int = 0, eventOutput: Int = 0, eventsMatched: Int = 0, missedEvents: [String] = [],
                eventDatesRight: Int = 0, participants: ScoreCount = ScoreCount(), metPairs: ScoreCount = ScoreCount(),
                agreementGold: Int = 0, missedAgreements: [String] = [], parties: ScoreCount = ScoreCount()) {
        self.name = name
        self.document = document
        self.entityGold = entityGold
        self.entityOutput = entityOutput
        self.missedEntities = missedEntities
        self.extraEntities = extraEntities
        self.titles = titles
        self.affiliations = affiliations
        self.eventGold = eventGold
        self.eventOutput = eventOutput
        self.eventsMatched = eventsMatched
        self.missedEvents = missedEvents
        self.eventDatesRight = eventDatesRight
        self.participants = participants
        self.metPairs = metPairs
        self.agreementGold = agreementGold
        self.missedAgreements = missedAgreements
        self.parties = parties
    }

    public var entityPrecision: Double {
        entityOutput == 0 ? 0 : Double(entityOutput - extraEntities.count) / Double(entityOutput)
    }
    public var entityRecall: Double {
        entityGold == 0 ? 1 : Double(entityGold - missedEntities.count) / Double(entityGold)
    }
    public var entityF1: Double { ScoreFigures.f1(entityPrecision, entityRecall) }
    public var eventPrecision: Double { eventOutput == 0 ? 0 : Double(eventsMatched) / Double(eventOutput) }
    public var eventRecall: Double { eventGold == 0 ? 1 : Double(eventGold - missedEvents.count) / Double(eventGold) }
    public var eventF1: Double { ScoreFigures.f1(eventPrecision, eventRecall) }
    public var agreementRecall: Double {
        agreementGold == 0 ? 1 : Double(agreementGold - missedAgreements.count) / Double(agreementGold)
    }
}
