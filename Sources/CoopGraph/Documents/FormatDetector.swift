/// Decides whether a file is HTML, Markdown or plain text, from its name and its first bytes.
///
/// The extension decides when it is one of `.html`/`.htm`, `.md`/`.markdown`, `.txt`;
/// otherwise (and for `.txt` that turns out to hold markup) the content is sniffed:
/// a first line `---` means Markdown with front matter, an early `<html`, `<!doctype html`,
/// `<body`, `<p>`, `<div` or `<br` means HTML.
public enum FormatDetector {
    public static func detect(path: String, text: String) -> DocumentFormat {
        // Only the end matters: lower-casing a long (Korean) path whole was a hot spot.
        let lower = String(path.suffix(12)).lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        return sniff(text)
    }

    /// Content-only detection, for standard input and unknown extensions.
    public static func sniff(_ text: String) -> DocumentFormat {
        let head = Array(text.utf8.prefix(4096))
        var i = 0
        while i < head.count, head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D { i += 1 }
        if head.count >= i + 3, head[i] == 0x2D, head[i + 1] == 0x2D, head[i + 2] == 0x2D,
           head.count == i + 3 || head[i + 3] == 0x0A || head[i + 3] == 0x0D {
            return .markdown
        }
        let lowered = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for marker in ["<!doctype html", "<html", "<body", "<p>", "<p ", "<div", "<br", "<table"] {
            if contains(lowered, Array(marker.utf8)) { return .html }
        }
        return .plainText
    }

    private static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count else { return false }
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] {
                var j = 1
                while j < needle.count, hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
