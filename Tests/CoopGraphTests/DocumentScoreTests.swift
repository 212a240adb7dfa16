import CoopGraph
import Testing

@Suite("DocumentScore")
struct DocumentScoreTests {
    @Test("precision, recall and F1 derive from the counts as in the Python scorer")
    func derived() {
        let s = DocumentScore(name: "n", document: "n.md", entityGold: 4, entityOutput: 8, missedEntities: ["a"], extraEntities: ["x", "y"],
                              eventGold: 2, eventOutput: 4, eventsMatched: 1, missedEvents: ["e"], agreementGold: 4, missedAgreements: ["m"])
        #expect(s.entityPrecision == 0.75 && s.entityRecall == 0.75 && s.entityF1 == 0.75)
        #expect(s.eventPrecision == 0.25 && s.eventRecall == 0.5)
        #expect(s.eventF1 == 2 * 0.25 * 0.5 / 0.75)
        #expect(s.agreementRecall == 0.75)
    }

    @Test("nothing output: precision 0; nothing required: recall 1")
    func edges() {
        let s = DocumentScore(name: "n", document: "n.md")
        #expect(s.entityPrecision == 0 && s.entityRecall == 1 && s.eventPrecision == 0 && s.eventRecall == 1 && s.agreementRecall == 1)
    }
}
