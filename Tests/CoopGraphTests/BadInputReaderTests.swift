import Foundation
import Testing
@testable import CoopGraph

/// Hostile text through the reader and extractor: odd encodings, huge and malformed files,
/// other languages. Each case asserts what comes out, not just that nothing crashed.
@Suite("bad input: reader and extractor")
struct BadInputReaderTests {
    static let sentence = "외교부는 9월 20일 서울에서 미국 국무부와 공급망 협력 회의를 개최했다."

    static func read(_ bytes: [UInt8], path: String = "x.txt") throws -> Document {
        try DocumentReader().read(data: Data(bytes), path: path)
    }

    static func entities(_ text: String, path: String = "x.txt") throws -> [String] {
        Extractor().extract(try read(Array(text.utf8), path: path)).nodes.map(\.id)
    }

    @Test("CP949 without any hint, and UTF-16 without a byte-order mark, read as the same text")
    func encodings() throws {
        let folder = RepoPaths.fixtures("encodings")
        let utf8 = try DocumentReader().read(data: try Data(contentsOf: folder.appendingPathComponent("utf8.txt")), path: "x.txt")
        let fromCP949 = try DocumentReader().read(data: try Data(contentsOf: folder.appendingPathComponent("cp949.txt")), path: "x.txt")
        #expect(fromCP949.encoding == .cp949)
        #expect(fromCP949.body.text == utf8.body.text)
        let text = Self.sentence + "\n" + Self.sentence + "\n"
        let le = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let fromUTF16 = try Self.read(le)
        #expect(fromUTF16.encoding == .utf16LE)
        #expect(fromUTF16.body.text == Self.sentence + "\n" + Self.sentence)
    }

    @Test("a UTF-8 file with one CP949 line (mixed encodings) is an error naming the byte, not mojibake")
    func mixedEncodings() throws {
        let line2 = Array("협력 회의\n".utf8)
        var bytes = Array((Self.sentence + "\n").utf8)
        let offset = bytes.count
        bytes += [0xC7, 0xD1, 0xB1, 0xB9] + line2  // "한국" in CP949
        #expect(throws: CoopGraphError.self) { try Self.read(bytes) }
        do {
            _ = try Self.read(bytes)
        } catch let CoopGraphError.undecodable(path, byteOffset, _) {
            #expect(path == "x.txt")
            #expect(byteOffset == offset)
        }
    }

    @Test("HTML: deep nesting, unclosed tags, script and style holding Korean, numeric and named entities")
    func html() throws {
        let deep = String(repeating: "<div>", count: 5000) + "<p>" + Self.sentence + String(repeating: "</div>", count: 10)
        let doc = try Self.read(Array(("<html><body>" + deep).utf8), path: "deep.html")
        #expect(doc.body.text == Self.sentence)
        let script = "<html><head><style>.외교부 { color: red }</style><script>var s = \"미국 국무부 장관\";</script></head><body><p>"
            + "한&#54620;&#xBBF8; &lt;협력&gt; &amp; &quot;회의&quot;&nbsp;개최</p><p>" + Self.sentence + "</p><p>열린 채 끝나는 문단"
        let html = try Self.read(Array(script.utf8), path: "s.html")
        #expect(html.body.text == "한한미 <협력> & \"회의\" 개최\n" + Self.sentence + "\n열린 채 끝나는 문단")
        #expect(!html.body.text.contains("color") && !html.body.text.contains("var s"))
    }

    @Test("front matter that never closes, and YAML indented with tabs, leave the body readable")
    func frontMatter() throws {
        let open = "---\ntitle: \"끝나지 않는 머리말\"\ndate: 2024-09-20\n\n" + Self.sentence + "\n"
        let doc = try Self.read(Array(open.utf8), path: "open.md")
        #expect(doc.body.text.contains(Self.sentence))
        #expect(!doc.isStub)
        let tabs = "---\ntitle:\t\"탭 제목\"\ntags:\n\t- 외교\n\t- 협력\n---\n\n## 본문\n\n" + Self.sentence + "\n"
        let tabbed = try Self.read(Array(tabs.utf8), path: "tabs.md")
        #expect(tabbed.body.text == Self.sentence)
    }

    @Test("English and Japanese press release paragraphs: no false Korean entities, only the English alias of 외교부")
    func otherLanguages() throws {
        let english = """
        The Ministry of Foreign Affairs held the second public-private roundtable on economic security diplomacy on
        September 20. Participants from government, industry and academia discussed critical mineral supply chains and
        the outlook for the battery industry, and agreed to continue close cooperation.
        """
        let japanese = """
        外務省は9月20日、経済安全保障外交に関する第2回官民円卓会議を開催した。参加者は重要鉱物のサプライチェーンと
        電池産業の見通しについて議論し、緊密な協力を続けることで一致した。
        """
        let en = try Self.entities(english)
        let ja = try Self.entities(japanese)
        // The English name of 외교부 is in the gazetteer (en=): a real match, the only one.
        #expect(en == ["ministry:외교부"])
        #expect(ja == [])
    }

    /// Full size (100,000 lines, 50 MB on one line) with `COOPGRAPH_HUGE=1`; by default a tenth
    /// and a fiftieth of it, to keep a debug-build test run short.
    static let huge = ProcessInfo.processInfo.environment["COOPGRAPH_HUGE"] == "1"
    static let lineCount = huge ? 100_000 : 10_000
    static let extractedLineCount = huge ? 100_000 : 2_000
    static let singleLineBytes = huge ? 50_000_000 : 1_000_000

    static func lines(_ count: Int) -> [UInt8] {
        Array((1...count).map { "외교부는 제\($0)차 회의를 서울에서 개최했다.\n" }.joined().utf8)
    }

    /// `count` bytes on one line: filler words, a full stop now and then, an entity every ~10 KB;
    /// and how many entity sentences it holds.
    static func singleLine(_ count: Int) -> (bytes: [UInt8], entities: Int) {
        var line: [UInt8] = []
        line.reserveCapacity(count)
        let filler = Array("가나다라마바사 아자차카 타파하 ".utf8)
        let stop = Array("마무리했다. ".utf8)
        let entity = Array("외교부는 회의를 열었다. ".utf8)
        var n = 0
        while line.count < count {
            line += filler
            n += 1
            if n % 8 == 0 { line += stop }
            if n % 250 == 0 { line += entity }
        }
        return (line, n / 250)
    }

    @Test("a many-line file and a single-line file of megabytes read and extract without blowing up")
    func huge() throws {
        let many = try Self.read(Self.lines(Self.lineCount))
        #expect(many.sentences.count == Self.lineCount)
        #expect(many.body.text.utf8.count == Self.lines(Self.lineCount).count - 1)  // the last line break trimmed
        let extracted = try Self.read(Self.lines(Self.extractedLineCount))
        let graph = Extractor().extract(extracted)
        #expect(graph.node("ministry:외교부")?.evidence.count == Self.extractedLineCount)

        let (line, entities) = Self.singleLine(Self.singleLineBytes)
        let start = DispatchTime.now().uptimeNanoseconds
        let big = try Self.read(line)
        #expect(big.body.text.utf8.count == line.count - 1)  // the trailing space trimmed
        let bigGraph = Extractor().extract(big)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        #expect(bigGraph.nodes.map(\.id) == ["ministry:외교부"])
        #expect(bigGraph.node("ministry:외교부")?.evidence.count == entities)
        #expect(seconds < 240, "\(Self.singleLineBytes) bytes took \(seconds) s in this build")
    }

    @Test("reading time grows linearly: four times the lines, or one line four times as long, costs about four times as much")
    func readingIsLinear() throws {
        func cpuSeconds(_ bytes: [UInt8]) throws -> Double {
            let start = CPUTime.thread()
            _ = try Self.read(bytes)
            return CPUTime.thread() - start
        }
        // Thread CPU time, best of two, so that other work on the machine does not count.
        func best(_ bytes: [UInt8]) throws -> Double { min(try cpuSeconds(bytes), try cpuSeconds(bytes)) }
        let lines = (small: try best(Self.lines(5_000)), large: try best(Self.lines(20_000)))
        #expect(lines.large < lines.small * 10, "5,000 lines: \(lines.small) s, 20,000 lines: \(lines.large) s")
        let single = (small: try best(Self.singleLine(250_000).bytes), large: try best(Self.singleLine(1_000_000).bytes))
        #expect(single.large < single.small * 10, "250 KB line: \(single.small) s, 1 MB line: \(single.large) s")
    }

    @Test("extraction time grows linearly with the number of event sentences")
    func extractionIsLinear() throws {
        let extractor = Extractor()
        let small = try Self.read(Self.lines(1_000)), large = try Self.read(Self.lines(8_000))
        func cpuSeconds(_ document: Document) -> Double {
            let start = CPUTime.thread()
            _ = extractor.extract(document)
            return CPUTime.thread() - start
        }
        // Thread CPU time; eight times the lines may cost up to three times eight, so that other
        // tests running beside this one do not make it fail. The mentions found so far were once
        // copied for every sentence (a shared buffer appended to), a quadratic cost: eight times
        // the lines then cost up to sixty-four times as much.
        let seconds = (small: min(cpuSeconds(small), cpuSeconds(small), cpuSeconds(small)), large: cpuSeconds(large))
        #expect(seconds.large < seconds.small * 24, "1,000 lines: \(seconds.small) s, 8,000 lines: \(seconds.large) s")
    }
}
