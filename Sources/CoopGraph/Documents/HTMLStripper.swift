/// Turns HTML (or Markdown with inline HTML) into plain text that maps back to its source bytes.
///
/// Tags are removed, character references decoded, block elements (`p`, `div`, `br`,
/// `h1`–`h6`, `li`, `tr`, `table`, `section` …) become line breaks, and `script`, `style`
/// and comments disappear with their content. Broken markup never stops it: a `<` that
/// does not start a well-formed tag is kept as text. With `collapsesWhitespace` (real HTML)
/// runs of spaces and line breaks become one space; without it (Markdown) line breaks
/// in the source are kept.
public struct HTMLStripper: Sendable {
    /// The text and what the markup said about the document.
    public struct Result: Sendable {
        public var clean: CleanText
        /// The content of `<title>`, entity-decoded and trimmed, if any.
        public var title: String?
    }

    public var collapsesWhitespace: Bool

    public init(collapsesWhitespace: Bool = true) {
        self.collapsesWhitespace = collapsesWhitespace
    }

    static let blockTags: Set<String> = [
        "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "tr", "table", "thead", "tbody", "tfoot", "caption", "section", "article", "header", "footer",
        "nav", "aside", "main", "blockquote", "pre", "figure", "figcaption", "form", "fieldset",
        "address", "body", "html", "head", "center", "details", "summary", "option", "legend",
    ]
    static let cellTags: Set<String> = ["td", "th"]
    /// Elements whose content is not text: dropped with everything up to their end tag.
    static let rawTextTags: Set<String> = ["script", "style", "noscript", "template", "textarea", "svg", "title", "iframe", "object"]

    public func strip(_ text: String) -> Result {
        var s = text
        return s.withUTF8 { strip($0, range: 0..<$0.count) }
    }

    /// Strips `bytes[range]`; clean bytes map to offsets in `bytes`.
    public func strip(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Result {
        var out = CleanTextBuilder()
        var title: String?
        let end = range.upperBound
        var i = range.lowerBound
        var runStart = i

        func flush(_ upTo: Int) {
            if upTo > runStart { out.appendCopy(UnsafeBufferPointer(rebasing: bytes[runStart..<upTo]), sourceStart: runStart) }
        }
        func lineBreak(_ source: Range<Int>, force: Bool) {
            out.trimTrailingBlanks()
            if force || (out.lastByte != 0x0A && out.count > 0) {
                out.appendReplacement("\n", for: SourceRange(source))
            }
        }

        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "<") {
                guard let tag = Self.scanTag(bytes, at: i, end: end, knownOnly: !collapsesWhitespace) else { i += 1; continue }
                flush(i)
                var next = tag.end
                if tag.isClosing == false, Self.rawTextTags.contains(tag.name) {
                    let close = Self.findClosingTag(bytes, name: tag.name, from: tag.end, end: end)
                    if tag.name == "title", title == nil {
                        let inner = String(decoding: UnsafeBufferPointer(rebasing: bytes[tag.end..<(close?.start ?? tag.end)]), as: UTF8.self)
                        let t = HTMLEntity.decodeAll(inner).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                        if !t.isEmpty { title = t }
                    }
                    // An unclosed script or style hides the rest of an HTML page; in Markdown,
                    // and for an unclosed title, only the tag itself goes.
                    next = close?.end ?? (tag.name == "title" || tag.name == "textarea" || !collapsesWhitespace ? tag.end : end)
                } else if tag.name == "br" {
                    lineBreak(i..<tag.end, force: true)
                } else if Self.blockTags.contains(tag.name) {
                    lineBreak(i..<tag.end, force: false)
                } else if Self.cellTags.contains(tag.name), !tag.isClosing {
                    if let last = out.lastByte, last != 0x0A, last != 0x20, last != 0x09 {
                        out.appendReplacement(" ", for: SourceRange(i, tag.end))
                    }
                }
                i = next
                runStart = i
                continue
            }
            if b == UInt8(ascii: "&") {
                if let (text, after) = HTMLEntity.decode(bytes, at: i, limit: end) {
                    flush(i)
                    if collapsesWhitespace, text == " ", out.lastByte == nil || out.lastByte == 0x20 || out.lastByte == 0x0A {
                        // A non-breaking space next to other white space adds nothing.
                    } else {
                        out.appendReplacement(text, for: SourceRange(i, after))
                    }
                    i = after
                    runStart = i
                    continue
                }
                i += 1
                continue
            }
            if collapsesWhitespace, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                var j = i
                while j < end, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A || bytes[j] == 0x0D || bytes[j] == 0x0C { j += 1 }
                flush(i)
                if let last = out.lastByte, last != 0x20, last != 0x0A {
                    if j == i + 1 && b == 0x20 {
                        out.appendCopy(UnsafeBufferPointer(rebasing: bytes[i..<j]), sourceStart: i)
                    } else {
                        out.appendReplacement(" ", for: SourceRange(i, j))
                    }
                }
                i = j
                runStart = i
                continue
            }
            i += 1
        }
        flush(end)
        if collapsesWhitespace { out.trimTrailingBlanks() }
        return Result(clean: out.build(), title: title)
    }

    struct Tag {
        var name: String
        var isClosing: Bool
        var start: Int
        var end: Int
    }

    /// Recognises `<name …>`, `</name>`, `<!-- … -->`, `<!…>` and `<?…>` at `start`.
    /// HTML element names; in Markdown only these count as tags, so that `<APEC 회원국 현황>`
    /// or `<A 꽈배기 점포>` stay text.
    static let knownTags: Set<String> = blockTags.union(cellTags).union(rawTextTags).union([
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "col", "colgroup", "data", "del", "dfn", "em", "embed",
        "font", "i", "img", "input", "ins", "kbd", "label", "link", "map", "mark", "meta", "picture", "q", "s", "samp",
        "select", "small", "source", "span", "strike", "strong", "sub", "sup", "time", "track", "tt", "u", "var",
        "video", "audio", "wbr", "button", "canvas", "area", "base", "frame", "frameset", "param", "o:p", "nobr",
    ])

    static func scanTag(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, knownOnly: Bool = false) -> Tag? {
        var i = start + 1
        guard i < end else { return nil }
        let c = bytes[i]
        if c == UInt8(ascii: "!") {
            if i + 2 < end, bytes[i + 1] == UInt8(ascii: "-"), bytes[i + 2] == UInt8(ascii: "-") {
                var j = i + 3
                while j + 2 < end {
                    if bytes[j] == UInt8(ascii: "-"), bytes[j + 1] == UInt8(ascii: "-"), bytes[j + 2] == UInt8(ascii: ">") {
                        return Tag(name: "!--", isClosing: false, start: start, end: j + 3)
                    }
                    j += 1
                }
                // An unclosed comment (Word's `<!--[if !` debris) hides only the rest of its line:
                // a browser would hide the rest of the file, but that would silently drop text.
                let eol = find(0x0A, bytes, from: i, end: end) ?? end
                return Tag(name: "!--", isClosing: false, start: start, end: eol)
            }
            guard let gt = find(UInt8(ascii: ">"), bytes, from: i, end: end) else { return nil }
            return Tag(name: "!", isClosing: false, start: start, end: gt + 1)
        }
        if c == UInt8(ascii: "?") {
            guard let gt = find(UInt8(ascii: ">"), bytes, from: i, end: end) else { return nil }
            return Tag(name: "?", isClosing: false, start: start, end: gt + 1)
        }
        var closing = false
        if c == UInt8(ascii: "/") { closing = true; i += 1 }
        guard i < end, isASCIILetter(bytes[i]) else { return nil }
        let nameStart = i
        while i < end, isASCIILetter(bytes[i]) || (bytes[i] >= 0x30 && bytes[i] <= 0x39) || bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: ":") { i += 1 }
        guard i < end else { return nil }
        let after = bytes[i]
        guard after == UInt8(ascii: ">") || after == UInt8(ascii: "/") || after == 0x20 || after == 0x09 || after == 0x0A || after == 0x0D else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<i]), as: UTF8.self).lowercased()
        if knownOnly {
            guard knownTags.contains(name) else { return nil }
            // `<a href=…>` is a tag, `<A 꽈배기 점포>` is not: after a blank, an attribute must follow.
            var k = i
            while k < end, bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == 0x0A || bytes[k] == 0x0D { k += 1 }
            if k > i, k < end, !isASCIILetter(bytes[k]), bytes[k] != UInt8(ascii: "/"), bytes[k] != UInt8(ascii: ">") { return nil }
        }
        // Find the closing `>` outside quoted attribute values; a quote left open
        // falls back to the first `>` so that one bad attribute cannot eat the file.
        var quote: UInt8 = 0
        var j = i
        let firstGT = find(UInt8(ascii: ">"), bytes, from: i, end: end)
        guard let fallback = firstGT else { return nil }
        while j < end {
            let b = bytes[j]
            if quote != 0 {
                if b == quote { quote = 0 } else if b == UInt8(ascii: "<") || j - i > 4096 { return Tag(name: name, isClosing: closing, start: start, end: fallback + 1) }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return Tag(name: name, isClosing: closing, start: start, end: j + 1)
            } else if b == UInt8(ascii: "<") {
                // `<p <b>`: the first tag never closed; treat its text as text.
                return nil
            }
            j += 1
        }
        return Tag(name: name, isClosing: closing, start: start, end: fallback + 1)
    }

    /// Finds `</name …>` case-insensitively from `from`.
    static func findClosingTag(_ bytes: UnsafeBufferPointer<UInt8>, name: String, from: Int, end: Int) -> (start: Int, end: Int)? {
        let n = Array(name.utf8)
        var i = from
        while i + 1 + n.count < end {
            if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "/") {
                var match = true
                for (k, c) in n.enumerated() where bytes[i + 2 + k] | 0x20 != c { match = false; break }
                if match, let gt = find(UInt8(ascii: ">"), bytes, from: i + 2 + n.count, end: end) {
                    return (i, gt + 1)
                }
            }
            i += 1
        }
        return nil
    }

    static func find(_ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int? {
        var i = from
        while i < end { if bytes[i] == byte { return i }; i += 1 }
        return nil
    }

    static func isASCIILetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
}
