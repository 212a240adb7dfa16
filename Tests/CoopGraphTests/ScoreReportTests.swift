import CoopGraph
import Foundation
import Testing

@Suite("ScoreReport")
struct ScoreReportTests {
    static let doc = DocumentScore(
        name: "001_x", document: "001_x.md", entityGold: 4, entityOutput: 5, missedEntities: ["일본"], extraEntities: ["포스코", "정부"],
        titles: ScoreCount(1, of: 2), affiliations: ScoreCount(0, of: 2), eventGold: 2, eventOutput: 3, eventsMatched: 2,
        missedEvents: ["한-일 민관 철강협의회"], eventDatesRight: 1, participants: ScoreCount(3, of: 4), metPairs: ScoreCount(2, of: 6),
        agreementGold: 0, parties: ScoreCount())

    @Test("a figures line is formatted exactly as the Python scorer's line()")
    func line() {
        let t = ScoreFigures(totalling: [Self.doc])
        #expect(ScoreReport.line(t) == "entity F1 0.67 (P 0.60 R 0.75) | event F1 0.57 (P 0.67 R 0.50) | participants R 0.75 | "
            + "met-pairs R 0.33 | titles 0.50 | affiliations 0.00 | agreements R 1.00 | parties R 1.00")
    }

    @Test("the text report lists each document with its misses and extras, then ALL")
    func text() {
        let clean = DocumentScore(name: "002_y", document: "002_y.md", entityGold: 1, entityOutput: 1)
        let report = ScoreReport(documents: [Self.doc, clean])
        #expect(report.text == """
            001_x: entity F1 0.67 (P 0.60 R 0.75) | event F1 0.57 (P 0.67 R 0.50) | participants R 0.75 | met-pairs R 0.33 | titles 0.50 | affiliations 0.00 | agreements R 1.00 | parties R 1.00
                missed entities: 일본
                missed events: 한-일 민관 철강협의회
                extra entities: 포스코, 정부
            002_y: entity F1 1.00 (P 1.00 R 1.00) | event F1 0.00 (P 0.00 R 1.00) | participants R 1.00 | met-pairs R 1.00 | titles 1.00 | affiliations 1.00 | agreements R 1.00 | parties R 1.00
            ALL: entity F1 0.73 (P 0.67 R 0.80) | event F1 0.57 (P 0.67 R 0.50) | participants R 0.75 | met-pairs R 0.33 | titles 0.50 | affiliations 0.00 | agreements R 1.00 | parties R 1.00

            """)
    }

    @Test("the JSON report has sorted keys, counts as pairs, and the total under the scorer's keys")
    func json() throws {
        let s = ScoreReport(documents: [DocumentScore(name: "n\"1", document: "d.md", entityGold: 2, entityOutput: 1, missedEntities: ["한국"])]).json()
        #expect(s.hasPrefix(#"{"documents":[{"affiliations":[0,0],"agreements":{"gold":0,"missed":[],"recall":1.0},"doc":"d.md","entities":{"extra":[],"f1":0.6666666666666666,"gold":2,"missed":["한국"],"output":1,"precision":1.0,"recall":0.5},"#))
        #expect(s.hasSuffix(#""total":{"affiliations":1.0,"agreement_r":1.0,"entity_f1":0.6666666666666666,"entity_p":1.0,"entity_r":0.5,"event_f1":0.0,"event_p":0.0,"event_r":1.0,"met_pairs":1.0,"participants":1.0,"parties":1.0,"titles":1.0}}"# + "\n"))
        #expect(s.contains(#""name":"n\"1""#))
        #expect(try JSONSerialization.jsonObject(with: Data(s.utf8)) is [String: Any])
    }
}
