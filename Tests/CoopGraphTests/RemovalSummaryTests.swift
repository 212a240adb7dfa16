import Testing
@testable import CoopGraph

@Suite("RemovalSummary")
struct RemovalSummaryTests {
    @Test("lines: counts with their change, orphaned duplicates listed; a dry run gives no graph line")
    func lines() {
        var s = RemovalSummary()
        s.removed = ["/a/1.txt", "/a/2.txt"]
        s.nodesBefore = 10; s.nodesAfter = 7; s.edgesBefore = 20; s.edgesAfter = 12
        #expect(s.lines(dryRun: false) == ["removed 2 documents", "nodes: 7 (-3), edges: 12 (-8)"])
        s.orphanedDuplicates = ["/b/1.txt"]
        #expect(s.lines(dryRun: true) == ["would remove 2 documents", "1 stored duplicate loses its original; ingest it again to extract:", "  /b/1.txt"])
        s.removed = ["/a/1.txt"]
        s.orphanedDuplicates = ["/b/1.txt", "/c/1.txt"]
        #expect(s.lines(dryRun: false) == ["removed 1 document", "nodes: 7 (-3), edges: 12 (-8)",
                                           "2 stored duplicates lose their original; ingest them again to extract:", "  /b/1.txt", "  /c/1.txt"])
    }
}
