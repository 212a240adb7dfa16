/// Decides whether a file is HTML, Markdown or plain text, from its name and its first bytes.
///
/// The extension decides when it is one of `.html`/`.htm`, `.md`/`.markdown`, `.txt`;
/// otherwise (and for `.txt` that turns out to hold markup) the content is sniffed:
/// a first line `---` means Markdown with front matter, an early `<html`, `<!doctype html`,
/// `<body`, `<p>`, `<div` or `<br` means HTML.
public enum FormatDetector {
    public static func detect(path: String, text: String) -> DocumentFormat {
        if let byBytes = extensionFormat(asciiPath: path) { return byBytes ?? sniff(text) }
        // Only the end matters: lower-casing a long (Korean) path whole was a hot spot.
        let lower = String(path.suffix(12)).lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        return sniff(text)
    }

    /// The extensions ``detect(path:text:)`` knows, longest first, as lower-case bytes.
    static let extensions: [(bytes: [UInt8], format: DocumentFormat)] = [
        (Array(".markdown".utf8), .markdown), (Array(".xhtml".utf8), .html), (Array(".html".utf8), .html),
        (Array(".htm".utf8), .html), (Array(".md".utf8), .markdown),
    ]

    /// ``detect(path:text:)``'s extension test on bytes, when the path ends with ten ASCII
    /// bytes, or with fewer after a Hangul syllable (`…결과.md`); nil otherwise (the caller
    /// takes the `String` path). Inside, nil means no known extension ends the path (the
    /// content decides).
    ///
    /// Then the trailing ASCII bytes are characters of their own (no ASCII character joins a
    /// following `.` or letter in one `Character`, nor does a Hangul syllable), lower-casing
    /// them is ASCII lower-casing, and a syllable before them lower-cases to itself, which
    /// no extension holds: the answer is the `String` one, without lower-casing the Korean
    /// file name (a twentieth of the cleaning time went to it).
    static func extensionFormat(asciiPath path: String) -> DocumentFormat?? {
        var copy = path
        return copy.withUTF8 { b -> DocumentFormat?? in
            let n = b.count
            var t = 0
            while t < 10, t < n, b[n - 1 - t] < 0x80 { t += 1 }
            if t < 10, t < n {
                // The scalar before the ASCII tail must be a Hangul syllable (three bytes).
                let e = n - t
                guard e >= 3, b[e - 3] &- 0xEA < 4 else { return nil }
                let v = (UInt32(b[e - 3] & 0x0F) << 12) | (UInt32(b[e - 2] & 0x3F) << 6) | UInt32(b[e - 1] & 0x3F)
                guard b[e - 2] & 0xC0 == 0x80, b[e - 1] & 0xC0 == 0x80, v >= 0xAC00, v <= 0xD7A3 else { return nil }
            }
            for ext in extensions where ext.bytes.count <= t {
                let start = n - ext.bytes.count
                var k = 0
                while k < ext.bytes.count {
                    let c = b[start + k]
                    if (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != ext.bytes[k] { break }
                    k += 1
                }
                if k == ext.bytes.count { return .some(ext.format) }
            }
            return .some(nil)
        }
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
