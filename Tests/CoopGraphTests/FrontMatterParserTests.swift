import Testing
@testable import CoopGraph

@Suite("FrontMatterParser")
struct FrontMatterParserTests {
    @Test("scalars, quotes with escapes, comments, lists and tabs")
    func subset() throws {
        let text = """
        ---
        # a comment line
        title: "[보도자료] \\"한미\\" 회담\\t개최"
        ministry: '외교부 ''북미국'''
        approve_date: "09/20/2024 02:09:24"
        attachment_count: 0   # trailing comment
        plain: a: b and c
        categories:
          - 환경
        \t- '외교'
          - "경제"   
        inline: [하나, "둘", 셋]
        ---
        본문
        """
        let fm = try #require(FrontMatterParser.parse(text))
        #expect(fm["title"] == "[보도자료] \"한미\" 회담\t개최")
        #expect(fm["ministry"] == "외교부 '북미국'")
        #expect(fm["approve_date"] == "09/20/2024 02:09:24")
        #expect(fm["attachment_count"] == "0")
        #expect(fm["plain"] == "a: b and c")
        #expect(fm.values["categories"] == .list(["환경", "외교", "경제"]))
        #expect(fm.values["inline"] == .list(["하나", "둘", "셋"]))
        #expect(fm.keys == ["title", "ministry", "approve_date", "attachment_count", "plain", "categories", "inline"])
        #expect(String(decoding: Array(text.utf8)[fm.bodyStart...], as: UTF8.self) == "본문")
    }

    @Test("folded > and literal | blocks")
    func blocks() throws {
        let text = "---\nexcerpt: >\n  첫 줄\n  이어진 줄\n\n  새 문단\nbody: |\n  줄 하나\n    들여쓴 줄\n  줄 셋\nafter: x\n---\n"
        let fm = try #require(FrontMatterParser.parse(text))
        #expect(fm["excerpt"] == "첫 줄 이어진 줄\n새 문단")
        #expect(fm["body"] == "줄 하나\n  들여쓴 줄\n줄 셋")
        #expect(fm["after"] == "x")
        #expect(fm.bodyStart == text.utf8.count)
    }

    @Test("seed 004's front matter")
    func seed004() throws {
        let source = try String(contentsOfFile: DocumentsFixtures.seedPath(4), encoding: .utf8)
        let fm = try #require(FrontMatterParser.parse(source))
        #expect(fm["title"] == "한미, 에너지 민간 협력채널 구축 합의...장관급 정례화")
        #expect(fm.values["categories"] == .list(["환경"]))
        #expect(fm["image"] == "/assets/img/newspaper.png")
        #expect(fm["feature_text"]?.hasPrefix("## rentn 실시간 뉴스 속보입니다.\n한·미, 에너지 협력") == true)
        #expect(source.utf8.dropFirst(fm.bodyStart).starts(with: "\n<p><img".utf8))
    }

    @Test("no front matter, or one that never closes, is nil (the whole file is body)")
    func notFrontMatter() {
        #expect(FrontMatterParser.parse("제목\n---\n") == nil)
        #expect(FrontMatterParser.parse("---\ntitle: x\n본문이 이어지고 닫는 줄이 없다\n") == nil)
        #expect(FrontMatterParser.parse("") == nil)
    }

    @Test("CRLF line ends")
    func crlf() throws {
        let fm = try #require(FrontMatterParser.parse("---\r\ntitle: 제목\r\n---\r\n본문"))
        #expect(fm["title"] == "제목")
        #expect(fm.bodyStart == "---\r\ntitle: 제목\r\n---\r\n".utf8.count)
    }

    @Test("the byte path for `key: value` lines reads what the general path reads", arguments: [
        "title: \"[보도자료] 한-미 회의\"", "ministry: \"외교부\"  ", "attachment_count: 0", "url: https://www.korea.kr/a?b=c",
        "k:  \u{3000}값 \u{00A0}", "note: a # comment", "q: \"a\\\"b\"", "s: 'it''s'", "l: [a, b]", "b: >", "e:", "x:y: z",
        "\"quoted\": v", "- item", "  indented: v", "#c: v", "t:\tv", "u: \"open", "v: \"\"",
    ])
    func simpleEntryAgrees(_ line: String) {
        let viaParser = FrontMatterParser.parse("---\n\(line)\n---\n")
        let bytes = Array(line.utf8)
        let simple = bytes.withUnsafeBufferPointer { FrontMatterParser.simpleEntry($0, .init(start: 0, end: $0.count, next: $0.count)) }
        // The corpus's common lines take the byte path.
        if ["title:", "ministry:", "attachment_count:", "url:", "k:", "v:"].contains(where: { line.hasPrefix($0) }) { #expect(simple != nil) }
        if let (key, value) = simple {
            #expect(viaParser?.keys == [key])
            #expect(viaParser?.values[key] == .scalar(value))
        }
    }

    @Test("a repeated key keeps its first position and takes the last value; empty front matter is empty")
    func repeatedKey() throws {
        let fm = try #require(FrontMatterParser.parse("---\ntitle: 하나\nministry: 외교부\ntitle: 둘\n---\n본문"))
        #expect(fm.keys == ["title", "ministry"])
        #expect(fm["title"] == "둘")
        #expect(fm.values.count == 2)
        let empty = try #require(FrontMatterParser.parse("---\n---\n"))
        #expect(empty.keys.isEmpty)
        #expect(empty.values.isEmpty)
        #expect(empty.bodyStart == 8)
    }
}
