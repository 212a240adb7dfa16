import CoopGraph
import Testing

@Suite("ScoreFigures")
struct ScoreFiguresTests {
    @Test("totals are micro-averaged: counts are summed before dividing")
    func microAverage() {
        let big = DocumentScore(name: "b", document: "b", entityGold: 9, entityOutput: 9, titles: ScoreCount(1, of: 1))
        let small = DocumentScore(name: "s", document: "s", entityGold: 1, entityOutput: 1, missedEntities: ["x"], extraEntities: ["y"],
                                  titles: ScoreCount(0, of: 3))
        let t = ScoreFigures(totalling: [big, small])
        #expect(t.entityPrecision == 0.9 && t.entityRecall == 0.9)
        #expect(t.titles == 0.25)
    }

    @Test("no documents: precision 0, recall and ratios 1")
    func empty() {
        let t = ScoreFigures(totalling: [])
        #expect(t.entityPrecision == 0 && t.entityRecall == 1 && t.entityF1 == 0)
        #expect(t.eventPrecision == 0 && t.eventRecall == 1)
        #expect(t.agreementRecall == 1 && t.titles == 1 && t.metPairs == 1)
    }

    @Test("F1 is the harmonic mean, 0 when both are 0")
    func f1() {
        #expect(ScoreFigures.f1(0, 0) == 0)
        #expect(ScoreFigures.f1(1, 0) == 0)
        #expect(ScoreFigures.f1(0.5, 1) == 2.0 / 3.0)
    }
}
