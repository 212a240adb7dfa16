import Foundation
import Testing
@testable import CoopGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `coopgraph ingest` on a file that changes while it is read, and on folders with link loops.
///
/// What is asserted is exact: after every run the store is sound (`PRAGMA integrity_check`
/// is `ok`), and the stored document is the document of bytes the file really held at some
/// moment (its content hash is the SHA-256 of such bytes, and its title and status are what
/// reading those bytes gives): never a mixture of two versions.
@Suite("robustness: ingest of changing files and link loops")
struct IngestRobustnessTests {
    typealias S = StoreTestSupport

    static func run(_ args: [String], cwd: URL) -> (status: Int32, out: String, err: String) {
        IngestCommandTests.run(args, cwd: cwd)
    }

    static func release(_ title: String, paragraphs: Int) -> String {
        var text = "\(title)\n"
        for i in 1...paragraphs {
            text += "외교부는 \(i)일 서울에서 미국 국무부와 공급망 협력 회의를 개최하고 핵심광물 협력 방안을 논의했다고 밝혔다.\n"
        }
        return text
    }

    /// Replaces the file's content in place (truncate, then one write), as an editor saving over it would.
    static func rewrite(_ path: String, _ bytes: [UInt8]) {
        let fd = open(path, O_WRONLY | O_TRUNC)
        guard fd >= 0 else { return }
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    static func append(_ path: String, _ bytes: [UInt8]) {
        let fd = open(path, O_WRONLY | O_APPEND)
        guard fd >= 0 else { return }
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    /// Stops the writer thread.
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
        func set() { lock.lock(); value = true; lock.unlock() }
    }

    @Test("a file rewritten, truncated and appended to while ingest reads it: the store holds the document of bytes the file held")
    func changingFile() throws {
        let folder = try S.temporaryFolder("changing")
        let file = folder.appendingPathComponent("release.txt")
        let old = Array(Self.release("공급망 협력 회의 개최", paragraphs: 3).utf8)
        let new = Array(Self.release("핵심광물 협력 회의 결과", paragraphs: 5).utf8)
        let tail = Array("강인선 외교부 2차관은 회의에서 민관의 긴밀한 협력을 강조했다.\n".utf8)
        // Every content the file ever has is a prefix of one of these (a read racing a
        // truncation or an append may see fewer bytes than were written in the end).
        let states = [old, new, old + tail, new + tail]
        var prefixes: [String: [UInt8]] = [:]
        for s in states { for n in 0...s.count { prefixes[SHA256.hexDigest(s[0..<n])] = Array(s[0..<n]) } }
        try Data(old).write(to: file)

        let stop = Flag()
        let writer = Thread {
            var k = 0
            while !stop.isSet {
                switch k % 4 {
                case 0: Self.rewrite(file.path, new)
                case 1: Self.append(file.path, tail)
                case 2: Self.rewrite(file.path, [])
                default: Self.rewrite(file.path, old)
                }
                k += 1
                usleep(50)
            }
        }
        writer.start()
        defer { stop.set() }

        let storePath = folder.appendingPathComponent("s.sqlite").path
        var seen: Set<String> = []
        for _ in 0..<25 {
            let result = Self.run(["ingest", file.path, "--store", storePath, "--quiet"], cwd: folder)
            // A read cut inside a character is an undecodable file (exit 1), never a crash.
            #expect(result.status == 0 || result.status == 1, "\(result.err)")
            let store = try GraphStore(path: storePath, access: .read)
            #expect(try store.integrityCheck() == "ok")
            let rows = try store.db.rows("SELECT content_hash, title, status FROM documents")
            #expect(rows.count <= 1)
            guard let row = rows.first else { continue }
            let hash = row.text(0)
            guard let bytes = prefixes[hash] else {
                Issue.record("stored hash \(hash) is not the hash of any content the file held")
                continue
            }
            seen.insert(hash)
            let document = try DocumentReader().read(data: Data(bytes), path: file.path)
            #expect(row.string(1) == document.metadata.title)
            #expect(row.text(2) == (document.isStub ? "stub" : "extracted"))
        }
        stop.set()
        while !writer.isFinished { usleep(1000) }
        // Once the file is still, ingest settles on its final content.
        let settled = Self.run(["ingest", file.path, "--store", storePath, "--quiet"], cwd: folder)
        #expect(settled.status == 0)
        let final = try Data(contentsOf: file)
        let store = try GraphStore(path: storePath, access: .read)
        #expect(try store.db.rows("SELECT content_hash FROM documents").map { $0.text(0) } == [SHA256.hexDigest(final)])
        #expect(try store.integrityCheck() == "ok")
        #expect(!seen.isEmpty)
    }

    /// The `coopgraph` executable built next to this test bundle, or nil.
    static let executable: URL? = {
        let url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("coopgraph")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }()

    /// Runs the real `coopgraph` in `cwd`, killing it after `seconds`: (exit status or nil when killed, stdout, stderr).
    static func runProcess(_ args: [String], cwd: URL, seconds: Double) throws -> (status: Int32?, out: String, err: String) {
        guard let executable else { return (nil, "", "no coopgraph executable") }
        let process = Process()
        process.executableURL = executable
        process.arguments = args
        process.currentDirectoryURL = cwd
        let out = cwd.appendingPathComponent("out.txt"), err = cwd.appendingPathComponent("err.txt")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        var status: Int32?
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        } else {
            status = process.terminationStatus
        }
        return (status, (try? String(contentsOf: out, encoding: .utf8)) ?? "", (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// DIR with one.txt, sub/two.txt and the links a → ., b → ../DIR, sub/up → .. (relative, as users make them).
    static func loopFolder() throws -> (parent: URL, dir: URL) {
        let parent = try S.temporaryFolder("loops")
        let dir = parent.appendingPathComponent("DIR")
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Self.release("공급망 협력 회의 개최", paragraphs: 2).write(to: dir.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
        try Self.release("핵심광물 협력 회의 결과", paragraphs: 2).write(to: dir.appendingPathComponent("sub/two.txt"), atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("a").path, withDestinationPath: ".")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("b").path, withDestinationPath: "../DIR")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        return (parent, dir)
    }

    /// Run as a child process with a time limit: the walk once deduplicated folders by
    /// `NSString.resolvingSymlinksInPath`, which on Linux resolves relative link targets against
    /// the wrong folder, so `DIR/a/a/b/a/…` all looked new and the walk never ended.
    @Test("a folder holding links to itself (a → ., b → ../DIR) is walked once: each real file ingested once, nothing else reported",
          .enabled(if: executable != nil, "needs the coopgraph executable built next to the tests (swift build --build-tests)"))
    func linkLoops() throws {
        let (parent, dir) = try Self.loopFolder()
        let result = try Self.runProcess(["ingest", "DIR", "--store", "s.sqlite"], cwd: parent, seconds: 20)
        #expect(result.status == 0, "killed after 20 s: the walk did not finish")
        #expect(result.err == "")
        #expect(IngestCommandTests.summary(result.out).files == "read 2 files: 2 added, 0 replaced, 0 unchanged, 0 stubs, 0 duplicates, 0 failed")
        let store = try GraphStore(path: parent.appendingPathComponent("s.sqlite").path, access: .read)
        let real = (dir.path as NSString).resolvingSymlinksInPath
        #expect(try store.db.rows("SELECT path FROM documents ORDER BY path").map { $0.text(0) } == [real + "/one.txt", real + "/sub/two.txt"])
        #expect(try store.integrityCheck() == "ok")
    }
}
