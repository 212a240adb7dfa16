import Foundation
import Testing
@testable import CoopGraph

/// `coopgraph extract --rules DIR`: user gazetteers are loaded and used; broken ones fail clearly.
@Suite("ExtractCommand --rules")
struct ExtractCommandRulesTests {
    func tempDir(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-cli-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    @Test("an entity from a user gazetteer appears in the output")
    func userEntity() throws {
        let dir = try tempDir(["mine.tsv": "#! kind=organization\n코리아테스트협회\t코테협\n",
                               "doc.txt": "코테협, 외교부와 회의\n\n코테협은 외교부와 회의를 열었다. 양측은 회원사의 해외 진출과 공급망 협력 방안을 논의하고 정례 협의 채널을 만들기로 하였다. 코테협은 앞으로 회원사 간담회를 분기마다 열어 현장의 건의 사항을 모으기로 했다.\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let io = CommandIO.capture()
        let status = CoopGraphCLI.run(["extract", "--rules", dir.path, dir.appendingPathComponent("doc.txt").path], io: io)
        #expect(status == 0)
        #expect(io.captured.out.contains("<data key=\"name\">코리아테스트협회</data>"))
        #expect(io.captured.out.contains("<data key=\"name\">외교부</data>"))
    }

    @Test("a malformed user gazetteer fails with file, line and reason")
    func malformed() throws {
        let dir = try tempDir(["bad.tsv": "#! kind=planet\n", "doc.txt": "외교부\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let io = CommandIO.capture()
        let status = CoopGraphCLI.run(["extract", "--rules", dir.path, dir.appendingPathComponent("doc.txt").path], io: io)
        #expect(status == CoopGraphCLI.exitFailure)
        #expect(io.captured.err.contains("bad.tsv:1: kind \"planet\" is not one of country, ministry, institute, organization"))
    }
}
