import Testing
@testable import CoopGraph

@Suite("FormatDetector")
struct FormatDetectorTests {
    @Test("the extension decides for .html, .htm and .md", arguments: [
        ("a.html", DocumentFormat.html), ("b.HTM", .html), ("c.md", .markdown), ("d.markdown", .markdown),
    ])
    func byExtension(path: String, format: DocumentFormat) {
        #expect(FormatDetector.detect(path: path, text: "plain") == format)
    }

    /// The extension test as written on `String`s, which the byte path must agree with.
    static func byString(_ path: String) -> DocumentFormat? {
        let lower = String(path.suffix(12)).lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        return nil
    }

    @Test("the byte path answers as the String path where it answers, and answers for corpus names", arguments: [
        "029_외교부_한미일_북핵수석대표_유선협의_1_1_결과.md", "보도자료(종합).MD", "결과.Markdown", "결과.xhtml", "결과.htm",
        "결과.txt", "결과md", "결과.m", "a.md", "md", ".md", "", "x/y/z.HTML", "long-ascii-name.markdown", "k.mar\u{212A}down",
        "결과.mar\u{212A}down", "\u{0600}.md", "x\u{0600}.md", "결과.md\u{0301}", "결과\u{0301}.md", "abc\r\n.md", "é.md", "결과.MARKDOWN",
    ])
    func bytePathAgrees(_ path: String) {
        let byBytes = FormatDetector.extensionFormat(asciiPath: path)
        if let answer = byBytes { #expect(answer == Self.byString(path)) }
        #expect(FormatDetector.detect(path: path, text: "plain") == Self.byString(path) ?? .plainText)
        // Names of the corpus (a Hangul syllable, then ASCII) and ASCII names take the byte path.
        if ["029_외교부_한미일_북핵수석대표_유선협의_1_1_결과.md", "보도자료(종합).MD", "결과.txt", "a.md", ""].contains(path) { #expect(byBytes != nil) }
        if ["k.mar\u{212A}down", "\u{0600}.md", "x\u{0600}.md", "결과.md\u{0301}", "é.md"].contains(path) { #expect(byBytes == nil) }
    }

    @Test("content sniffing for .txt and unknown names", arguments: [
        ("---\ntitle: x\n---\n본문", DocumentFormat.markdown),
        ("\n\n<!DOCTYPE html><html><body>x", .html),
        ("<div class=\"view\">본문</div>", .html),
        ("<p>본문</p>", .html),
        ("< 탄소중립 대응 개요 >\n□ 본문", .plainText),
        ("----\n구분선", .plainText),
        ("", .plainText),
    ])
    func sniffing(text: String, format: DocumentFormat) {
        #expect(FormatDetector.detect(path: "x.txt", text: text) == format)
        #expect(FormatDetector.detect(path: "-", text: text) == format)
    }

    @Test("the seeds: four plain texts and one Markdown file")
    func seeds() throws {
        let formats = try (0..<5).map { try DocumentsFixtures.seed($0).format }
        #expect(formats == [.plainText, .plainText, .plainText, .plainText, .markdown])
    }
}
