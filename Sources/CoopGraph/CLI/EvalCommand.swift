import Foundation

/// `coopgraph eval`: extract the documents of gold answers and score the graphs against them.
public enum EvalCommand: Command {
    public static let name = "eval"
    public static let abstract = "Score extraction against hand-made gold answers (precision, recall, F1)."
    public static let help = """
    Usage: coopgraph eval --gold DIR [--docs DIR] [--min-f1 X] [--min-event-f1 X] [--json]

    Reads every gold answer (*.json, the format of Fixtures/gold) in the --gold folder, reads
    and extracts the document each names, and scores the graph exactly as
    ../shared/tools/score_graphml.py does: per document and micro-averaged over all, entity and
    event precision/recall/F1, and the recall of titles, affiliations, participants, met-pairs,
    agreements and parties. Text output is line for line that of `score_graphml.py --dir`.

    Options:
      --gold DIR          folder of gold answers (required)
      --docs DIR          folder of the documents; default: the sibling press-releases<suffix>
                          of a folder named gold<suffix> (Fixtures/gold → Fixtures/press-releases,
                          gold-extra → press-releases-extra), then the sibling seeds, then DIR itself
      --min-f1 X          exit 1 when the total entity F1 is below X (0…1)
      --min-event-f1 X    exit 1 when the total event F1 is below X (0…1)
      --json              write the report as JSON (per-document counts and figures, and the total)

    Exit status: 0, or 1 when a floor is not reached or a file cannot be read; 64 on usage errors.

    """

    public static func run(_ arguments: [String], io: CommandIO) throws -> Int32 {
        let args = try ArgumentScanner(arguments, spec: .init(flags: ["--json"], options: ["--gold", "--docs", "--min-f1", "--min-event-f1"]),
                                       command: name)
        guard args.positionals.isEmpty else {
            throw CoopGraphError.usage("unexpected argument \(args.positionals[0]); see `coopgraph help eval`")
        }
        guard let gold = args.value("--gold") else {
            throw CoopGraphError.usage("give the gold folder with --gold DIR; see `coopgraph help eval`")
        }
        let minEntity = try floor("--min-f1", args)
        let minEvent = try floor("--min-event-f1", args)
        let report = try Evaluator().evaluate(goldDirectory: resolve(gold, io), documentsDirectory: args.value("--docs").map { resolve($0, io) })
        io.out(args.flag("--json") ? report.json() : report.text)
        let total = report.total
        var status: Int32 = 0
        if let minEntity, total.entityF1 < minEntity {
            io.err("coopgraph eval: entity F1 \(String(format: "%.4f", total.entityF1)) is below --min-f1 \(minEntity)\n")
            status = CoopGraphCLI.exitFailure
        }
        if let minEvent, total.eventF1 < minEvent {
            io.err("coopgraph eval: event F1 \(String(format: "%.4f", total.eventF1)) is below --min-event-f1 \(minEvent)\n")
            status = CoopGraphCLI.exitFailure
        }
        return status
    }

    static func floor(_ option: String, _ args: ArgumentScanner) throws -> Double? {
        guard let raw = args.value(option) else { return nil }
        guard let x = Double(raw), x >= 0, x <= 1 else {
            throw CoopGraphError.usage("\(option) must be a number from 0 to 1, not \"\(raw)\"")
        }
        return x
    }

    static func resolve(_ path: String, _ io: CommandIO) -> String {
        path.hasPrefix("/") ? path : (io.currentDirectory as NSString).appendingPathComponent(path)
    }
}
