import Testing
@testable import CoopGraph

@Suite("GazetteerFile")
struct GazetteerFileTests {
    @Test("parses entity lines with aliases and properties, skipping comments and blanks")
    func entities() throws {
        let text = "# comment\n#! kind=ministry\n\n일본 경제산업성\t경제산업성|METI\tcountry=일본;en=METI\n외교부\n"
        let file = try GazetteerFile.parse(text, path: "f.tsv")
        #expect(file.content == .entities(.ministry, [
            GazetteerEntry(kind: .ministry, canonical: "일본 경제산업성", aliases: ["경제산업성", "METI"], properties: ["country": "일본", "en": "METI"]),
            GazetteerEntry(kind: .ministry, canonical: "외교부"),
        ]))
    }

    @Test("parses word lists")
    func words() throws {
        let file = try GazetteerFile.parse("#! list=titles\n장관\n교수\tnote\n", path: "t.tsv")
        #expect(file.content == .words(list: "titles", ["장관", "교수"]))
    }

    @Test("reports the line and reason of malformed input", arguments: [
        ("한국\n", 1, "missing header"),
        ("#! kind=planet\n", 1, "kind \"planet\""),
        ("#! kind=country\n한국\t\tcountry\n", 2, "not key=value"),
        ("#! kind=country\n한국\ta\tb\tc\n", 2, "4 columns"),
        ("#! kind=country\n#! list=x\n", 2, "second header"),
        ("#! kind=country\n\t미\n", 2, "empty first column"),
    ])
    func errors(text: String, line: Int, reason: String) {
        do {
            _ = try GazetteerFile.parse(text, path: "bad.tsv")
            Issue.record("expected an error")
        } catch let CoopGraphError.invalidRules(path, l, r) {
            #expect(path == "bad.tsv")
            #expect(l == line)
            #expect(r.contains(reason))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
