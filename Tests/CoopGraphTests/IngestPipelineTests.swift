import Foundation
import Testing
@testable import CoopGraph

@Suite("IngestPipeline")
struct IngestPipelineTests {
    typealias S = StoreTestSupport

    @Test("folders expand recursively in name order, hidden files skipped, link loops entered once, `-` kept once")
    func walk() throws {
        let root = try S.temporaryFolder("walk")
        let fm = FileManager.default
        for sub in ["b", "a/z", "a/y"] { try fm.createDirectory(at: root.appendingPathComponent(sub), withIntermediateDirectories: true) }
        for file in ["b/2.txt", "b/10.txt", "a/z/x.txt", "a/y/w.txt", "a/.hidden", "top.txt"] {
            try "x".write(to: root.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("a/z/loop").path, withDestinationPath: root.appendingPathComponent("a").path)
        let (sources, failures) = IngestPipeline.sources(for: ["folder", "-", "missing.txt", "-"], currentDirectory: root.path)
        #expect(sources == [.standardInput])
        #expect(failures.map(\.path) == ["folder", "missing.txt"])
        let (found, none) = IngestPipeline.sources(for: [root.lastPathComponent, "-", "-"], currentDirectory: root.deletingLastPathComponent().path)
        let name = root.lastPathComponent
        #expect(none.isEmpty)
        #expect(found.map(\.displayPath) == ["\(name)/a/y/w.txt", "\(name)/a/z/x.txt", "\(name)/b/10.txt", "\(name)/b/2.txt", "\(name)/top.txt", "-"])
        #expect(found.last == .standardInput)
        #expect(found.first?.absolutePath == root.appendingPathComponent("a/y/w.txt").path)
    }

    @Test("relative links back up the tree (a → ., b → ../DIR, sub/up → ..) are entered once: each real file listed once")
    func relativeLinkLoops() throws {
        let parent = try S.temporaryFolder("walk-relative")
        defer { try? FileManager.default.removeItem(at: parent) }
        let fm = FileManager.default
        let dir = parent.appendingPathComponent("DIR")
        try fm.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for file in ["one.txt", "sub/two.txt"] { try "x".write(to: dir.appendingPathComponent(file), atomically: true, encoding: .utf8) }
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("a").path, withDestinationPath: ".")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("b").path, withDestinationPath: "../DIR")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        let (found, failures) = IngestPipeline.sources(for: ["DIR"], currentDirectory: parent.path)
        #expect(failures.isEmpty)
        #expect(found.map(\.displayPath) == ["DIR/one.txt", "DIR/sub/two.txt"])
    }

    @Test("realPath resolves relative links as the kernel does and is nil for a missing path")
    func realPath() throws {
        let parent = try S.temporaryFolder("realpath")
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createSymbolicLink(atPath: parent.appendingPathComponent("here").path, withDestinationPath: ".")
        let canonical = IngestPipeline.realPath(parent.path)
        #expect(canonical != nil)
        #expect(IngestPipeline.realPath(parent.appendingPathComponent("here").path) == canonical)
        #expect(IngestPipeline.realPath(parent.appendingPathComponent("here/here/here").path) == canonical)
        #expect(IngestPipeline.realPath(parent.appendingPathComponent("none").path) == nil)
    }

    @Test("batches are cut into chunks of at most 64 files; the last chunk of each batch says so")
    func chunking() {
        func shape(_ count: Int, _ batch: Int) -> [String] {
            IngestPipeline.chunks(count: count, batchSize: batch).map { "\($0.range.lowerBound)..<\($0.range.upperBound)\($0.endsBatch ? "|" : "")" }
        }
        #expect(shape(0, 1024) == [])
        #expect(shape(5, 2) == ["0..<2|", "2..<4|", "4..<5|"])
        #expect(shape(150, 1024) == ["0..<64", "64..<128", "128..<150|"])
        #expect(shape(300, 100) == ["0..<64", "64..<100|", "100..<164", "164..<200|", "200..<264", "264..<300|"])
        #expect(IngestPipeline().batchSize == 1024)
    }

    /// A release body long enough not to be taken for an attachment stub.
    static func body(_ i: Int) -> String {
        "보도자료 \(i)\n외교부는 관계부처와 함께 핵심광물 공급망 협력 방안을 논의하는 민관합동 회의를 개최했다고 밝혔다. 참석자들은 주요국의 정책 동향과 업계의 전망을 공유했다.\n"
    }

    @Test("a run counts read, added, unchanged and failed files and reports progress after each batch")
    func run() throws {
        let root = try S.temporaryFolder("pipeline")
        for i in 0..<5 { try Self.body(i).write(to: root.appendingPathComponent("d\(i).txt"), atomically: true, encoding: .utf8) }
        let store = try GraphStore(path: root.appendingPathComponent("s.sqlite").path, access: .write)
        var (sources, _) = IngestPipeline.sources(for: [root.path], currentDirectory: "/")
        sources = sources.filter { $0.displayPath.hasSuffix(".txt") }
        sources.append(IngestSource(displayPath: "gone.txt", absolutePath: root.appendingPathComponent("gone.txt").path))
        var reports: [Int] = []
        let summary = try IngestPipeline(batchSize: 2, workers: 2).run(sources, into: store, progress: { reports.append($0.filesDone) })
        #expect(reports == [2, 4, 6])
        #expect(summary.read == 5)
        #expect(summary.added == 5)
        #expect(summary.failures == [IngestFailure(path: "gone.txt", reason: "cannot read: no such file or not readable")])
        #expect(summary.bytes == 5 * Self.body(0).utf8.count)
        let again = try IngestPipeline(batchSize: 4).run(sources, into: store)
        #expect(again.unchanged == 5)
        #expect(again.lines[0] == "read 5 files: 0 added, 0 replaced, 5 unchanged, 0 stubs, 0 duplicates, 1 failed")
        let keys = try store.db.rows("SELECT path, content_hash FROM documents ORDER BY id")
        #expect(keys.map { $0.text(0) } == (0..<5).map { root.appendingPathComponent("d\($0).txt").path })
        #expect(keys[0].text(1) == SHA256.hexDigest(Array(Self.body(0).utf8)))
    }
}
