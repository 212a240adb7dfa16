import Testing
@testable import CoopGraph

@Suite("HTMLStripper")
struct HTMLStripperTests {
    private func strip(_ html: String, collapse: Bool = true) -> HTMLStripper.Result {
        HTMLStripper(collapsesWhitespace: collapse).strip(html)
    }

    @Test("tags go, blocks become line breaks, white space collapses")
    func blocks() {
        let r = strip("<html><head><title>제목 &amp; 부제 | 정책브리핑</title><style>p{color:red}</style></head>\n<body><h1>한-미  회담</h1><p>양국은\n  <b>협력</b>을 논의했다.<br>끝.</p><ul><li>하나</li><li>둘</li></ul><table><tr><td>가</td><td>나</td></tr></table></body></html>")
        #expect(r.clean.text == "한-미 회담\n양국은 협력을 논의했다.\n끝.\n하나\n둘\n가 나\n")
        #expect(r.title == "제목 & 부제 | 정책브리핑")
    }

    @Test("script, style and comments vanish with their content; broken markup survives")
    func junk() {
        #expect(strip("앞<script>var a = '<p>';</script>뒤<!-- <p>숨김</p> -->끝").clean.text == "앞뒤끝")
        #expect(strip("a < b 이고 <3 는 태그가 아니다").clean.text == "a < b 이고 <3 는 태그가 아니다")
        #expect(strip("<p class=\"x>본문</p>").clean.text == "본문\n")  // an unclosed quote falls back to the first '>'
        #expect(strip("본문 <p 닫히지 않은 태그").clean.text == "본문 <p 닫히지 않은 태그")
        #expect(strip("본문<!-- 닫히지 않은 주석").clean.text == "본문")
        #expect(strip("앞<!--[if !\n다음 줄").clean.text == "앞 다음 줄")  // an unclosed comment ends at its line
        #expect(strip("앞<!--[if !\n다음 줄", collapse: false).clean.text == "앞\n다음 줄")
        #expect(strip("<div><div><p>겹친</div> 태그</p></div>").clean.text == "겹친\n태그\n")
        #expect(strip("<SCRIPT>x</SCRIPT>대문자").clean.text == "대문자")
    }

    @Test("Markdown mode keeps the source line breaks")
    func markdownMode() {
        // Only real HTML elements are tags in Markdown: bracketed Korean captions stay.
        #expect(strip("<APEC 회원국 현황>\n※ 우수 점포 <A 꽈배기 점포>\n<a href=\"x\">링크</a> <script>", collapse: false).clean.text ==
                "<APEC 회원국 현황>\n※ 우수 점포 <A 꽈배기 점포>\n링크 ")
        #expect(strip("# 제목\n\n<p>본문 &nbsp;한 줄</p>\n둘째 줄", collapse: false).clean.text == "# 제목\n\n본문  한 줄\n\n둘째 줄")
    }

    @Test("every clean range maps back to the exact source bytes, across an entity")
    func mapping() throws {
        let html = "<p>한&middot;일 <b>산학연</b>, &ldquo;그린 철강&rdquo;</p>"
        let clean = strip(html).clean
        #expect(clean.text == "한·일 산학연, “그린 철강”\n")
        let source = Array(html.utf8)
        func sourceText(of mention: String) throws -> String {
            let bytes = Array(clean.text.utf8)
            let needle = Array(mention.utf8)
            let start = try #require((0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle })
            let r = clean.sourceRange(for: SourceRange(start, start + needle.count))
            return String(decoding: source[r.range], as: UTF8.self)
        }
        #expect(try sourceText(of: "한·일") == "한&middot;일")
        #expect(try sourceText(of: "산학연") == "산학연")
        #expect(try sourceText(of: "“그린 철강”") == "&ldquo;그린 철강&rdquo;")
        #expect(try sourceText(of: "그린") == "그린")
    }

    @Test("a range in the middle of a body maps with the body's source offset")
    func offsetRange() {
        let text = "---\ntitle: x\n---\n<p>외교부&amp;산업부</p>"
        var copy = text
        let start = "---\ntitle: x\n---\n".utf8.count
        let clean = copy.withUTF8 { HTMLStripper(collapsesWhitespace: false).strip($0, range: start..<$0.count).clean }
        #expect(clean.text == "외교부&산업부\n")
        let r = clean.sourceRange(for: SourceRange(9, 10))  // "&"
        #expect(String(decoding: Array(text.utf8)[r.range], as: UTF8.self) == "&amp;")
        let m = clean.sourceRange(for: SourceRange(10, 19))  // "산업부"
        #expect(String(decoding: Array(text.utf8)[m.range], as: UTF8.self) == "산업부")
    }
}
