import Foundation
import Testing
@testable import CoopGraph

@Suite("GazetteerLoader")
struct GazetteerLoaderTests {
    @Test("the bundled folder holds the twelve gazetteer files")
    func bundled() throws {
        let dir = try #require(GazetteerLoader.bundledDirectory)
        let names = try GazetteerLoader.loadDirectory(dir).map { ($0.path as NSString).lastPathComponent }
        #expect(names == ["countries.tsv", "financial-companies.tsv", "foreign-government.tsv", "generic-words.tsv", "institutes.tsv",
                          "international-organizations.tsv", "korean-government.tsv", "korean-heads.tsv", "not-names.tsv", "organizations.tsv",
                          "surnames.tsv", "titles.tsv"])
    }

    @Test("the bundled gazetteers know the entries every complete list has")
    func bundledEntries() throws {
        let g = try GazetteerLoader.load()
        #expect(g.entry(named: "생기원")?.canonical == "한국생산기술연구원")
        #expect(g.entry(named: "산업부")?.canonical == "산업통상자원부")
        #expect(g.entry(named: "서울대")?.canonical == "서울대학교")
        #expect(g.entry(named: "미국")?.kind == .country)
        #expect(g.titles.contains("장관"))
        #expect(g.surnames.contains("김"))
    }

    @Test("a user folder adds entries; bundled names win on a clash")
    func userFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-rules-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "#! kind=organization\n코리아테스트협회\t코테협\n외교부\t\n".write(to: dir.appendingPathComponent("mine.tsv"), atomically: true, encoding: .utf8)
        try "not a gazetteer".write(to: dir.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let g = try GazetteerLoader.load(rulesDirectory: dir)
        #expect(g.entry(named: "코테협")?.canonical == "코리아테스트협회")
        #expect(g.entry(named: "외교부")?.kind == .ministry)
    }

    @Test("a malformed user file is an invalidRules error naming the file and line")
    func malformed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-bad-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.tsv")
        try "#! kind=organization\n협회\t\tx\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: CoopGraphError.invalidRules(path: file.path, line: 2, reason: "property \"x\" is not key=value")) {
            _ = try GazetteerLoader.load(rulesDirectory: dir)
        }
    }

    @Test("a missing folder is reported")
    func missingFolder() {
        #expect(throws: CoopGraphError.self) { _ = try GazetteerLoader.loadDirectory(URL(fileURLWithPath: "/nonexistent/rules")) }
    }
}
