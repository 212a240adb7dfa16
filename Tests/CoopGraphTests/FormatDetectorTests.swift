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
