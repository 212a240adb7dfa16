import Foundation

/// The scores of several documents and their micro-averaged total, ready to print.
///
/// ``text`` is the output of `score_graphml.py --dir` line for line (per document: the figures,
/// then what was missed and what was extra; then `ALL:`), so the two can be diffed. ``json()``
/// adds the raw counts of every document.
public struct ScoreReport: Sendable, Hashable {
    public var documents: [DocumentScore]

    public init(documents: [DocumentScore]) {
        self.documents = documents
    }

    public var total: ScoreFigures { ScoreFigures(totalling: documents) }

    /// One line of figures, formatted as the Python scorer's `line()`.
    public static func line(_ t: ScoreFigures) -> String {
        func f(_ x: Double) -> String { String(format: "%.2f", x) }
        return "entity F1 \(f(t.entityF1)) (P \(f(t.entityPrecision)) R \(f(t.entityRecall))) | event F1 \(f(t.eventF1)) "
            + "(P \(f(t.eventPrecision)) R \(f(t.eventRecall))) | participants R \(f(t.participants)) | met-pairs R \(f(t.metPairs)) | "
            + "titles \(f(t.titles)) | affiliations \(f(t.affiliations)) | agreements R \(f(t.agreementRecall)) | "
            + "parties R \(f(t.parties))"
    }

    /// Per-document lines with misses and extras, then the total line.
    public var text: String {
        var s = ""
        for d in documents {
            s += "\(d.name): " + Self.line(ScoreFigures(totalling: [d])) + "\n"
            for (what, missed) in [("entities", d.missedEntities), ("events", d.missedEvents), ("agreements", d.missedAgreements)]
            where !missed.isEmpty {
                s += "    missed \(what): " + missed.joined(separator: ", ") + "\n"
            }
            if !d.extraEntities.isEmpty { s += "    extra entities: " + d.extraEntities.joined(separator: ", ") + "\n" }
        }
        return s + "ALL: " + Self.line(total) + "\n"
    }

    /// The report as JSON with sorted keys: `documents` (figures and counts of each) and `total`.
    public func json() -> String {
        var docs: [String] = []
        for d in documents {
            let f = ScoreFigures(totalling: [d])
            docs.append("{" + Self.fields([
                ("name", Self.string(d.name)), ("doc", Self.string(d.document)),
                ("entities", "{" + Self.fields([
                    ("gold", "\(d.entityGold)"), ("output", "\(d.entityOutput)"),
                    ("precision", Self.number(d.entityPrecision)), ("recall", Self.number(d.entityRecall)),
                    ("f1", Self.number(d.entityF1)), ("missed", Self.strings(d.missedEntities)),
                    ("extra", Self.strings(d.extraEntities)),
                ]) + "}"),
                ("events", "{" + Self.fields([
                    ("gold", "\(d.eventGold)"), ("output", "\(d.eventOutput)"), ("matched", "\(d.eventsMatched)"),
                    ("precision", Self.number(d.eventPrecision)), ("recall", Self.number(d.eventRecall)),
                    ("f1", Self.number(d.eventF1)), ("missed", Self.strings(d.missedEvents)),
                    ("dates_right", "\(d.eventDatesRight)"),
                ]) + "}"),
                ("agreements", "{" + Self.fields([
                    ("gold", "\(d.agreementGold)"), ("recall", Self.number(d.agreementRecall)),
                    ("missed", Self.strings(d.missedAgreements)),
                ]) + "}"),
                ("titles", Self.count(d.titles)), ("affiliations", Self.count(d.affiliations)),
                ("participants", Self.count(d.participants)), ("met_pairs", Self.count(d.metPairs)),
                ("parties", Self.count(d.parties)), ("figures", Self.figures(f)),
            ]) + "}")
        }
        return "{\"documents\":[" + docs.joined(separator: ",") + "],\"total\":" + Self.figures(total) + "}\n"
    }

    /// Figures under the Python scorer's `total()` keys.
    static func figures(_ t: ScoreFigures) -> String {
        "{" + fields([
            ("entity_p", number(t.entityPrecision)), ("entity_r", number(t.entityRecall)), ("entity_f1", number(t.entityF1)),
            ("event_p", number(t.eventPrecision)), ("event_r", number(t.eventRecall)), ("event_f1", number(t.eventF1)),
            ("agreement_r", number(t.agreementRecall)), ("titles", number(t.titles)), ("affiliations", number(t.affiliations)),
            ("participants", number(t.participants)), ("met_pairs", number(t.metPairs)), ("parties", number(t.parties)),
        ]) + "}"
    }

    static func fields(_ pairs: [(String, String)]) -> String {
        pairs.sorted { $0.0 < $1.0 }.map { string($0.0) + ":" + $0.1 }.joined(separator: ",")
    }

    static func count(_ c: ScoreCount) -> String { "[\(c.hit),\(c.all)]" }
    static func strings(_ list: [String]) -> String { "[" + list.map(string).joined(separator: ",") + "]" }

    /// Shortest round-tripping decimal (Swift's `description`), as Python's `repr` of a float.
    static func number(_ x: Double) -> String { x.isFinite ? "\(x)" : "null" }

    static func string(_ s: String) -> String { JSONEscaping.quoted(s) }
}
