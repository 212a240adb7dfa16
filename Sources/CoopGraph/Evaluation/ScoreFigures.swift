/// Micro-averaged figures over one or more documents: `total()` of the Python scorer.
///
/// Counts are summed over documents before dividing, so a long release weighs more than a
/// short one. Ratios of empty counts are 1; precision over no output is 0.
public struct ScoreFigures: Sendable, Hashable {
    public var entityPrecision: Double
    public var entityRecall: Double
    public var entityF1: Double
    public var eventPrecision: Double
    public var eventRecall: Double
    public var eventF1: Double
    public var agreementRecall: Double
    public var titles: Double
    public var affiliations: Double
    public var participants: Double
    public var metPairs: Double
    public var parties: Double

    public init(totalling scores: [DocumentScore]) {
        var eOut = 0, eExtra = 0, eNeed = 0, eHit = 0, vOut = 0, vUsed = 0, vNeed = 0, vHit = 0
        var titles = ScoreCount(), affiliations = ScoreCount(), participants = ScoreCount(), metPairs = ScoreCount()
        var parties = ScoreCount(), agreements = ScoreCount()
        for s in scores {
            eOut += s.entityOutput
            eExtra += s.extraEntities.count
            eNeed += s.entityGold
            eHit += s.entityGold - s.missedEntities.count
            vOut += s.eventOutput
            vUsed += s.eventsMatched
            vNeed += s.eventGold
            vHit += s.eventGold - s.missedEvents.count
            titles = titles + s.titles
            affiliations = affiliations + s.affiliations
            participants = participants + s.participants
            metPairs = metPairs + s.metPairs
            parties = parties + s.parties
            agreements = agreements + ScoreCount(s.agreementGold - s.missedAgreements.count, of: s.agreementGold)
        }
        entityPrecision = eOut == 0 ? 0 : Double(eOut - eExtra) / Double(eOut)
        entityRecall = eNeed == 0 ? 1 : Double(eHit) / Double(eNeed)
        entityF1 = Self.f1(entityPrecision, entityRecall)
        eventPrecision = vOut == 0 ? 0 : Double(vUsed) / Double(vOut)
        eventRecall = vNeed == 0 ? 1 : Double(vHit) / Double(vNeed)
        eventF1 = Self.f1(eventPrecision, eventRecall)
        agreementRecall = agreements.ratio
        self.titles = titles.ratio
        self.affiliations = affiliations.ratio
        self.participants = participants.ratio
        self.metPairs = metPairs.ratio
        self.parties = parties.ratio
    }

    /// The harmonic mean, 0 when both are 0 (computed as `2 * p * r / (p + r)`, as in Python).
    public static func f1(_ p: Double, _ r: Double) -> Double {
        p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}
