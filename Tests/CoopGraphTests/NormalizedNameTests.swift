import CoopGraph
import Foundation
import Testing

@Suite("NormalizedName")
struct NormalizedNameTests {
    static let tricky = [
        "한·일 Green-Steel (세미나)", "「한-일」 ‘그린’ “철강”/토론회", "한국_철강.협회, 《KOSA》", "\u{3000}a\u{85}b\u{1C}c\u{A0}d",
        "a\u{200B}b", "ΟΔΟΣ ΣΑ", "İstanbul", "ＡＰＥＣ", "Straße", "한국".decomposedStringWithCanonicalMapping, "ǅ", "—…–‐-",
    ]

    @Test("spaces and the scorer's punctuation go, case folds, NFC composes")
    func normalizes() {
        #expect(NormalizedName("한·일 Green-Steel (세미나)").description == "한일greensteel세미나")
        #expect(NormalizedName("「한-일」 ‘그린’ “철강”/토론회").description == "한일그린철강토론회")
        #expect(NormalizedName("\u{3000}a\u{85}b\u{1C}c\u{A0}d").description == "abcd")
        #expect(NormalizedName("a\u{200B}b").count == 3)   // zero-width space is not Python's \s
        #expect(NormalizedName("한국".decomposedStringWithCanonicalMapping) == NormalizedName("한국"))
        #expect(NormalizedName("한국".decomposedStringWithCanonicalMapping).count == 2)
        #expect(NormalizedName("ΟΔΟΣ").description == "οδος")        // final sigma at the end
        #expect(NormalizedName("ΟΔΟΣ ΣΑ").description == "οδοσσα")   // spaces go first, so no final sigma inside
        #expect(NormalizedName("İ").count == 2)
        #expect(NormalizedName(" .·- ").isEmpty)
    }

    @Test("containment is by code points, the empty name is in every name")
    func contains() {
        let long = NormalizedName("그린철강 MOU 체결")
        #expect(long.contains(NormalizedName("그린철강 MOU")))
        #expect(!NormalizedName("그린철강").contains(long))
        #expect(long.contains(NormalizedName("")))
        #expect(!long.contains(NormalizedName("협약")))
    }

    @Test("a name set drops names that normalize to nothing")
    func set() {
        #expect(NormalizedName.set("산업통상자원부", ["산업부", " - ", "산업 통상 자원부"]).count == 2)
    }

    @Test("equals Python's norm() on tricky strings", .enabled(if: EvaluationTestSupport.canRunPythonScorer,
          "needs python3 and ../shared/tools/score_graphml.py next to the repository"))
    func parity() throws {
        let tools = EvaluationTestSupport.pythonScorer.deletingLastPathComponent().path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: EvaluationTestSupport.python3 ?? "/usr/bin/python3")
        p.arguments = ["-c", "import sys, json; sys.path.insert(0, sys.argv[1]); from score_graphml import norm; "
                       + "print(json.dumps([[ord(c) for c in norm(s)] for s in json.loads(sys.stdin.read())]))", tools]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try p.run()
        input.fileHandleForWriting.write(try JSONEncoder().encode(Self.tricky))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let python = try JSONDecoder().decode([[UInt32]].self, from: data)
        #expect(python == Self.tricky.map { NormalizedName($0).scalars.map(\.value) })
    }
}
