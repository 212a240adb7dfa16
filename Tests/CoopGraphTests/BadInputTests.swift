import Foundation
import Testing
@testable import CoopGraph

/// Hostile and broken input through the whole CLI: each bad file is named with its reason,
/// the good ones are still ingested, the exit status is 1, and the store stays sound.
@Suite("bad input")
struct BadInputTests {
    typealias S = StoreTestSupport

    static let release = "한미 공급망 협력 회의 개최\n외교부는 9월 20일 서울에서 미국 국무부와 공급망 협력 회의를 개최하고 핵심광물 협력 방안을 논의했다. 양측은 배터리 산업의 전망과 주요국의 정책 동향을 공유했다.\n"

    static func run(_ args: [String], cwd: URL) -> (status: Int32, out: String, err: String) {
        let box = IngestCommandTests.Box()
        let io = CommandIO(out: { box.append(out: $0) }, err: { box.append(err: $0) }, currentDirectory: cwd.path)
        let status = CoopGraphCLI.run(args, io: io)
        return (status, box.out, box.err)
    }

    /// Tiny files with the real signatures of what sits next to press releases.
    static let binaries: [(name: String, bytes: [UInt8], format: String)] = [
        ("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52], "PNG"),
        ("scan.pdf", Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n<<>>\nendobj\n".utf8), "PDF"),
        ("release.hwp", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 24), "HWP/OLE (HWP, DOC, XLS)"),
        ("release.hwpx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0] + Array("mimetype".utf8), "ZIP (HWPX, DOCX, XLSX)"),
        ("tool", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0] + Array(repeating: 0, count: 56), "Linux (ELF) executable"),
        ("nul.txt", Array("본문".utf8) + [0, 0, 0, 0] + Array("더 많은 본문".utf8), "binary (NUL bytes)"),
    ]

    @Test("a folder of binaries, broken text, empty files and releases: each failure named, the rest ingested, exit 1")
    func mixedFolder() throws {
        let cwd = try S.temporaryFolder("bad-mixed")
        let dir = cwd.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        func put(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
        for b in Self.binaries { try put(b.name, b.bytes) }
        try put("a-release.txt", Array(Self.release.utf8))
        try put("b-same-release.md", Array(Self.release.utf8))  // a duplicate under another name
        try put("empty.txt", [])
        try put("blank.txt", Array(" \n\t\r\n\u{3000}\n".utf8))
        try put("stub.txt", Array("한미 공급망 협력 회의\n".utf8))
        // UTF-8 cut in the middle of a syllable: the last three bytes of "다." lose their tail.
        try put("truncated.txt", Array(Self.release.utf8.dropLast(3)) + [0xEB, 0x8B])
        let result = Self.run(["ingest", "in", "--store", "s.sqlite", "--quiet"], cwd: cwd)
        #expect(result.status == 1)
        let expected = Self.binaries.sorted { $0.name < $1.name }.map {
            "coopgraph ingest: in/\($0.name): a \($0.format) file, not a press release; convert it to text first"
        }
        let errLines = result.err.split(separator: "\n").map(String.init)
        #expect(errLines.filter { !$0.contains("truncated.txt") } == expected)
        #expect(errLines.filter { $0.contains("truncated.txt") }.count == 1)
        #expect(errLines.first { $0.contains("truncated.txt") }?.hasPrefix("coopgraph ingest: in/truncated.txt: byte ") == true)
        #expect(result.out.hasPrefix("read 5 files: 1 added, 0 replaced, 0 unchanged, 3 stubs, 1 duplicates, 7 failed\n"))
        let store = try GraphStore(path: cwd.appendingPathComponent("s.sqlite").path, access: .read)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.tableCounts()["documents"] == 5)
        #expect(try store.db.rows("SELECT name, status FROM documents ORDER BY name").map { "\($0.text(0)) \($0.text(1))" }
                == ["a-release.txt extracted", "b-same-release.md duplicate", "blank.txt stub", "empty.txt stub", "stub.txt stub"])
    }

    @Test("the store is not touched by a run whose every file fails")
    func allFail() throws {
        let cwd = try S.temporaryFolder("bad-allfail")
        try Data(Array(Self.release.utf8)).write(to: cwd.appendingPathComponent("good.txt"))
        #expect(Self.run(["ingest", "good.txt", "--store", "s.sqlite"], cwd: cwd).status == 0)
        let store = try GraphStore(path: cwd.appendingPathComponent("s.sqlite").path, access: .read)
        let counts = try store.tableCounts()
        try Data(Self.binaries[0].bytes).write(to: cwd.appendingPathComponent("x.png"))
        let r = Self.run(["ingest", "x.png", "missing.txt", "--store", "s.sqlite"], cwd: cwd)
        #expect(r.status == 1)
        #expect(r.err == "coopgraph ingest: missing.txt: no such file or folder\ncoopgraph ingest: x.png: a PNG file, not a press release; convert it to text first\n")
        #expect(try store.tableCounts() == counts)
    }

    @Test("--store at a file that is not SQLite: clear error, exit 1, the file byte for byte unchanged")
    func storeNotSQLite() throws {
        let cwd = try S.temporaryFolder("bad-store")
        try Data(Array(Self.release.utf8)).write(to: cwd.appendingPathComponent("good.txt"))
        let notes = cwd.appendingPathComponent("notes.txt")
        let original = Data("my notes, not a database\n".utf8)
        try original.write(to: notes)
        let r = Self.run(["ingest", "good.txt", "--store", notes.path], cwd: cwd)
        #expect(r.status == 1)
        #expect(r.out == "")
        #expect(r.err == "coopgraph ingest: \(notes.path): not a CoopGraph store: the file is not an SQLite database; it was left unchanged. Pass another file with --store\n")
        #expect(try Data(contentsOf: notes) == original)
    }

    @Test("extract on binary files writes nothing to standard output and exits 1")
    func extractBinary() throws {
        let cwd = try S.temporaryFolder("bad-extract")
        try Data(Self.binaries[0].bytes).write(to: cwd.appendingPathComponent("x.png"))
        try Data(Self.binaries[4].bytes).write(to: cwd.appendingPathComponent("tool"))
        let r = Self.run(["extract", "x.png", "tool"], cwd: cwd)
        #expect(r.status == 1)
        #expect(r.out == "")
        #expect(r.err == "coopgraph extract: x.png: a PNG file, not a press release; convert it to text first\ncoopgraph extract: tool: a Linux (ELF) executable file, not a press release; convert it to text first\n")
    }

    @Test("extract with one good and one binary file writes the good file's complete graph and exits 1")
    func extractPartial() throws {
        let cwd = try S.temporaryFolder("bad-extract-partial")
        try Data(Self.binaries[0].bytes).write(to: cwd.appendingPathComponent("x.png"))
        try Data(Array(Self.release.utf8)).write(to: cwd.appendingPathComponent("good.txt"))
        let both = Self.run(["extract", "--format", "json", "good.txt", "x.png"], cwd: cwd)
        let alone = Self.run(["extract", "--format", "json", "good.txt"], cwd: cwd)
        #expect(both.status == 1)
        #expect(alone.status == 0)
        #expect(both.out == alone.out)
        #expect(both.out.contains("\"country:미국\""))
    }

    @Test("unreadable files (chmod 000) are reported and skipped", .enabled(if: getuid() != 0, "runs as root, where chmod 000 files stay readable: nothing to test"))
    func unreadable() throws {
        let cwd = try S.temporaryFolder("bad-perm")
        let file = cwd.appendingPathComponent("locked.txt")
        try Data(Array(Self.release.utf8)).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path) }
        let r = Self.run(["ingest", "locked.txt", "--store", "s.sqlite"], cwd: cwd)
        #expect(r.status == 1)
        #expect(r.err == "coopgraph ingest: locked.txt: cannot read: no such file or not readable\n")
    }

    @Test("a file name that is not UTF-8 is reported by name, never skipped in silence; the rest is ingested")
    func nonUTF8FileName() throws {
        let cwd = try S.temporaryFolder("bad-name")
        let dir = cwd.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        // "보도\xFF.txt": a Latin-1 byte in a file name, written with the raw bytes.
        let raw: [UInt8] = Array(dir.path.utf8) + Array("/보도".utf8) + [0xFF] + Array(".txt".utf8) + [0]
        let fd = raw.withUnsafeBufferPointer { p in p.baseAddress.map { open(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) } ?? -1 }
        #expect(fd >= 0)
        let body = Array(Self.release.utf8)
        _ = body.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        try Data(Array(Self.release.utf8) + Array("추가 문장이다.\n".utf8)).write(to: dir.appendingPathComponent("ok.txt"))
        let r = Self.run(["ingest", "in", "--store", "s.sqlite"], cwd: cwd)
        let store = try GraphStore(path: cwd.appendingPathComponent("s.sqlite").path, access: .read)
        #expect(try store.integrityCheck() == "ok")
        let documents = Int(try store.tableCounts()["documents"] ?? 0)
        #expect(documents == 1)
        #expect(r.status == 1)
        #expect(r.err == "coopgraph ingest: in/보도\u{FFFD}.txt: the file name is not valid UTF-8; rename the file to read it\n")
    }
}
