import Foundation
import Testing
@testable import CoopGraph

@Suite("DocumentReader")
struct DocumentReaderTests {
    @Test("id is the file name, contentHash the SHA-256 of the bytes, source the decoded text")
    func identity() throws {
        let doc = try DocumentsFixtures.seed(0)
        #expect(doc.id == "000_ac5d94a41a160681.txt")
        #expect(doc.contentHash == "e30c261631efa0aaf992ad018710b90797489e7a6f543242d6d8c0a20b403442")
        #expect(doc.source == (try String(contentsOfFile: DocumentsFixtures.seedPath(0), encoding: .utf8)))
        #expect(doc.encoding == .utf8 && doc.format == .plainText && !doc.isStub)
    }

    @Test("a mention's clean range maps to its exact bytes in the file (seed 004, Markdown with HTML)")
    func mentionMapping() throws {
        let doc = try DocumentsFixtures.seed(4)
        let clean = Array(doc.body.text.utf8)
        let needle = Array("안덕근 장관이".utf8)
        let start = try #require((0...(clean.count - needle.count)).first { clean[$0..<($0 + needle.count)].elementsEqual(needle) })
        let r = doc.body.sourceRange(for: SourceRange(start, start + needle.count))
        #expect(r == SourceRange(1684, 1684 + needle.count))
        #expect(String(decoding: Array(doc.source.utf8)[r.range], as: UTF8.self) == "안덕근 장관이")
        #expect(!doc.body.text.contains("<p>") && !doc.body.text.contains("qoogle") && !doc.body.text.contains("&nbsp;"))
    }

    @Test("across an entity in an HTML file, the clean range maps to the entity's source bytes")
    func entityMapping() throws {
        let html = "<html><body><p>한&middot;일 산학연 &ldquo;그린 철강&rdquo; 협력</p><p>본문 바로가기</p></body></html>"
        let doc = try DocumentReader().read(data: Data(html.utf8), path: "page.html")
        #expect(doc.format == .html)
        #expect(doc.body.text == "한·일 산학연 “그린 철강” 협력")
        let r = doc.body.sourceRange(for: SourceRange(0, "한·일".utf8.count))
        #expect(String(decoding: Array(doc.source.utf8)[r.range], as: UTF8.self) == "한&middot;일")
    }

    @Test("the encoding fixtures read to the same body and metadata")
    func encodings() throws {
        let names = ["utf8.txt", "utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt", "cp949.txt"]
        let docs = try names.map { try DocumentReader().read(path: DocumentsFixtures.url("Fixtures/encodings/" + $0).path) }
        #expect(docs.map(\.encoding) == [.utf8, .utf8BOM, .utf16LE, .utf16BE, .cp949])
        for d in docs {
            #expect(d.body.text == docs[0].body.text)
            #expect(d.metadata == docs[0].metadata)
        }
        #expect(docs[0].metadata.title == "경제안보외교 민관합동 라운드테이블 개최")
        #expect(docs[0].metadata.date?.value == "2024-09-20")
    }

    @Test("empty and white-space-only files are stubs, not errors")
    func emptyFiles() throws {
        for text in ["", " \n\t\n", "\u{FEFF}"] {
            let doc = try DocumentReader().read(data: Data(text.utf8), path: "empty.txt")
            #expect(doc.isStub && doc.sentences.isEmpty && doc.body.text.isEmpty)
        }
    }

    @Test("errors: missing file, binary file, undecodable bytes")
    func errors() {
        #expect(throws: CoopGraphError.unreadable(path: "/nonexistent/x.txt", reason: "no such file")) {
            try DocumentReader().read(path: "/nonexistent/x.txt")
        }
        #expect(throws: CoopGraphError.binary(path: "a.hwp", format: "HWP/OLE (HWP, DOC, XLS)")) {
            try DocumentReader().read(data: Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0]), path: "a.hwp")
        }
        #expect(throws: CoopGraphError.undecodable(path: "b.txt", byteOffset: 6, reason: "invalid UTF-8 byte 0xFF, and not CP949/EUC-KR either (bad byte at 6)")) {
            try DocumentReader().read(data: Data(Array("본문".utf8) + [0xFF]), path: "b.txt")
        }
    }

    @Test("every corpus sample reads; stubs are flagged and real releases have sentences")
    func corpusSample() throws {
        let dir = DocumentsFixtures.url("Fixtures/corpus-sample")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(names.count == 12)
        var stubs: [String] = []
        for name in names {
            let doc = try DocumentReader().read(path: dir.appendingPathComponent(name).path)
            #expect(doc.format == .markdown && doc.metadata.date != nil && doc.metadata.department != nil && doc.metadata.url != nil, "\(name)")
            #expect(!doc.body.text.contains("## 출처") && !doc.body.text.contains("- NewsItemId:") && !doc.body.text.contains("<br>"), "\(name)")
            if doc.isStub { stubs.append(String(name.prefix(3))) } else { #expect(!doc.sentences.isEmpty, "\(name)") }
        }
        #expect(stubs == ["013", "048", "083", "091"])
    }

    @Test("random bytes and mangled markup never crash, and every range stays in bounds")
    func robustness() throws {
        var rng = SplitMix64(seed: 2024)
        let pieces = ["<p>", "</p>", "<br>", "<script>", "<!--", "-->", "&amp;", "&#x", "&#54620;", ";", "<", ">", "\"", "'",
                      "---\n", "title: \"", "• 0\n", "번호 제목 글쓴이 날짜 조회수\n", "(외교부, 2024.01.02)\n", "## 본문\n", "## 출처\n",
                      "다. ", "“", "”", "\n", "\n\n", " ", "\t", "한국", "□ ", "ㅇ", "- ", ",", "\u{00A0}", "\r\n", "배포일시 2021. 11. 24.\n"]
        for round in 0..<400 {
            let data: Data
            if round % 2 == 0 {
                data = Data((0..<Int(rng.next() % 300)).map { _ in UInt8(truncatingIfNeeded: rng.next()) })
            } else {
                data = Data((0..<Int(rng.next() % 60)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined().utf8)
            }
            for path in ["r.txt", "r.html", "r.md"] {
                do {
                    let doc = try DocumentReader().read(data: data, path: path)
                    let sourceCount = doc.source.utf8.count, bodyCount = doc.body.text.utf8.count
                    for s in doc.sentences { #expect(s.range.lowerBound >= 0 && s.range.upperBound <= bodyCount) }
                    for seg in doc.body.segments { #expect(seg.sourceStart >= 0 && seg.sourceStart + seg.sourceLength <= sourceCount) }
                    let whole = doc.body.sourceRange(for: SourceRange(0, bodyCount))
                    #expect(whole.lowerBound >= 0 && whole.upperBound <= sourceCount)
                } catch let error as CoopGraphError {
                    switch error {
                    case .binary, .undecodable: break
                    default: Issue.record("unexpected \(error)")
                    }
                }
            }
        }
    }

    /// Reads ../shared/corpus when it is next to the package. In debug builds every 10th file
    /// is read to stay fast (set COOPGRAPH_FULL_CORPUS=1 for all 20,693).
    @Test("the shared corpus reads without errors (sampled)",
          .enabled(if: DocumentsFixtures.hasSharedCorpus, "../shared/corpus is absent: skipped"))
    func sharedCorpus() throws {
        let root = DocumentsFixtures.sharedCorpus
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return }
        var files: [String] = []
        while let p = walker.nextObject() as? String { if p.hasSuffix(".md") && p.contains("/") { files.append(p) } }
        files.sort()
        #expect(files.count > 20_000)
        let step = ProcessInfo.processInfo.environment["COOPGRAPH_FULL_CORPUS"] == "1" ? 1 : 10
        var read = 0, stubs = 0
        for (i, p) in files.enumerated() where i % step == 0 {
            do {
                let doc = try DocumentReader().read(path: root.appendingPathComponent(p).path)
                read += 1
                if doc.isStub { stubs += 1 }
                #expect(doc.metadata.date != nil, "\(p)")
            } catch let error as CoopGraphError {
                switch error {
                case .binary, .undecodable: continue  // expected kinds, should a binary slip in
                default: Issue.record("\(p): \(error)")
                }
            }
        }
        #expect(read > files.count / step - 5)
        #expect(stubs > 0)
    }
}
