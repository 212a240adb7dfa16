import Testing
@testable import CoopGraph

@Suite("IngestSummary")
struct IngestSummaryTests {
    @Test("outcomes are counted and printed without times; shrinking counts show a minus")
    func lines() {
        var s = IngestSummary()
        s.read = 4
        for o in [IngestOutcome.added, .replaced, .unchanged, .duplicate(of: "a.txt")] { s.count(o, path: "p") }
        s.count(.needsExtraction, path: "late.txt")
        s.nodesBefore = 10
        s.nodesAfter = 7
        s.edgesBefore = 1
        s.edgesAfter = 3
        #expect(s.lines == ["read 4 files: 1 added, 1 replaced, 1 unchanged, 0 stubs, 1 duplicates, 1 failed",
                            "nodes: 7 (-3), edges: 3 (+2)"])
        #expect(s.failures == [IngestFailure(path: "late.txt", reason: "could not be extracted")])
    }
}
