import CoopGraph
import Foundation
import Testing

@Suite("EvalCommand")
struct EvalCommandTests {
    @Test("text output for an empty document, and the entity and event floors decide the exit status")
    func floors() throws {
        let dir = try EvaluatorTests.emptyDocumentSetup()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gold = dir.appendingPathComponent("gold-t").path
        let io = CommandIO.capture()
        #expect(CoopGraphCLI.run(["eval", "--gold", gold], io: io) == 0)
        #expect(io.captured.out == """
            empty: entity F1 0.00 (P 0.00 R 0.00) | event F1 0.00 (P 0.00 R 0.00) | participants R 0.00 | met-pairs R 0.00 | titles 1.00 | affiliations 1.00 | agreements R 1.00 | parties R 1.00
                missed entities: 한국, 일본
                missed events: 회담
            ALL: entity F1 0.00 (P 0.00 R 0.00) | event F1 0.00 (P 0.00 R 0.00) | participants R 0.00 | met-pairs R 0.00 | titles 1.00 | affiliations 1.00 | agreements R 1.00 | parties R 1.00

            """)
        let low = CommandIO.capture()
        #expect(CoopGraphCLI.run(["eval", "--gold", gold, "--min-f1", "0.1"], io: low) == 1)
        #expect(low.captured.err == "coopgraph eval: entity F1 0.0000 is below --min-f1 0.1\n")
        let ev = CommandIO.capture()
        #expect(CoopGraphCLI.run(["eval", "--gold", gold, "--min-f1=0", "--min-event-f1", "0.5"], io: ev) == 1)
        #expect(ev.captured.err == "coopgraph eval: event F1 0.0000 is below --min-event-f1 0.5\n")
        #expect(CoopGraphCLI.run(["eval", "--gold", gold, "--min-f1", "0", "--min-event-f1", "0"], io: CommandIO.capture()) == 0)
    }

    @Test("--json writes the report as one JSON object with documents and total")
    func json() throws {
        let dir = try EvaluatorTests.emptyDocumentSetup()
        defer { try? FileManager.default.removeItem(at: dir) }
        let io = CommandIO.capture()
        #expect(CoopGraphCLI.run(["eval", "--json", "--gold", dir.appendingPathComponent("gold-t").path,
                                  "--docs", dir.appendingPathComponent("press-releases-t").path], io: io) == 0)
        let obj = try JSONSerialization.jsonObject(with: Data(io.captured.out.utf8)) as? [String: Any]
        #expect((obj?["documents"] as? [Any])?.count == 1)
        #expect((obj?["total"] as? [String: Any])?["entity_r"] as? Double == 0)
    }

    @Test("usage errors exit 64 with a message; a missing document exits 1")
    func usage() throws {
        let cases: [([String], String)] = [
            (["eval"], "coopgraph eval: give the gold folder with --gold DIR; see `coopgraph help eval`\n"),
            (["eval", "--gold", "g", "--min-f1", "1.5"], "coopgraph eval: --min-f1 must be a number from 0 to 1, not \"1.5\"\n"),
            (["eval", "--gold", "g", "--min-event-f1", "x"], "coopgraph eval: --min-event-f1 must be a number from 0 to 1, not \"x\"\n"),
            (["eval", "--gold", "g", "extra"], "coopgraph eval: unexpected argument extra; see `coopgraph help eval`\n"),
        ]
        for (args, message) in cases {
            let io = CommandIO.capture()
            #expect(CoopGraphCLI.run(args, io: io) == 64, "\(args)")
            #expect(io.captured.err == message)
        }
        let dir = try EvaluatorTests.emptyDocumentSetup()
        defer { try? FileManager.default.removeItem(at: dir) }
        let io = CommandIO.capture()
        #expect(CoopGraphCLI.run(["eval", "--gold", dir.appendingPathComponent("gold-t").path, "--docs", dir.path], io: io) == 1)
        #expect(io.captured.err.contains("its document \"empty.md\" is not in \(dir.path); pass the folder with --docs"))
    }

    @Test("eval is listed in the overview and has its own help")
    func help() {
        let io = CommandIO.capture()
        #expect(CoopGraphCLI.run(["--help"], io: io) == 0)
        #expect(io.captured.out.split(separator: "\n").contains { $0.hasPrefix("  eval ") && $0.hasSuffix(" Score extraction against hand-made gold answers (precision, recall, F1).") })
        let h = CommandIO.capture()
        #expect(CoopGraphCLI.run(["help", "eval"], io: h) == 0)
        #expect(h.captured.out.hasPrefix("Usage: coopgraph eval --gold DIR [--docs DIR] [--min-f1 X] [--min-event-f1 X] [--json]\n"))
    }
}
