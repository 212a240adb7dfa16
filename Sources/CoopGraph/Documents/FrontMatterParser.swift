import Foundation

/// Parses YAML front matter (`---` … `---`) in the subset press-release files use.
///
/// Supported: `key: scalar`, single- and double-quoted strings (with `''` and backslash
/// escapes), folded `>` and literal `|` blocks, `- item` lists, `#` comments, tabs as
/// indentation. Anything else is skipped line by line, never fatal. Front matter that is
/// never closed is not front matter: ``parse(_:)`` returns nil and the whole file is body.
public enum FrontMatterParser {
    public static func parse(_ text: String) -> FrontMatter? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { parse($0) }
    }

    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> FrontMatter? {
        // Only the lines up to the closing delimiter matter: split no further.
        guard let lines = frontMatterLines(bytes) else { return nil }
        let close = lines.count - 1
        var fm = FrontMatter(bodyStart: lines[close].next)
        // At most one key per line: room for all at once, as a growing table rehashes its keys.
        fm.keys.reserveCapacity(max(0, close - 1))
        fm.values.reserveCapacity(max(0, close - 1))
        var i = 1
        while i < close {
            let line = lines[i]
            if let (key, value) = simpleEntry(bytes, line) {
                fm.set(key, .scalar(value))
                i += 1
                continue
            }
            let text = string(bytes, line.start, line.end)
            let indent = indentation(text)
            let content = String(text.dropFirst(indent))
            i += 1
            if content.isEmpty || content.startsWithBytes("#") || indent > 0 { continue }
            guard let colon = keyColon(content) else { continue }
            let key = String(content[..<colon]).trimmingBlanks()
            var rest = String(content[content.index(after: colon)...]).trimmingBlanks()
            rest = stripComment(rest)
            if rest.startsWithBytes(">") || rest.startsWithBytes("|") {
                let folded = rest.startsWithBytes(">")
                let keepTrailing = rest.dropFirst().startsWithBytes("+")
                var block: [(indent: Int, text: String)] = []
                while i < close {
                    let l = string(bytes, lines[i].start, lines[i].end)
                    let ind = indentation(l)
                    if !l.trimmingBlanks().isEmpty && ind == 0 { break }
                    block.append((ind, String(l.dropFirst(ind))))
                    i += 1
                }
                let value = blockScalar(block, folded: folded)
                fm.set(key, .scalar(keepTrailing ? value + "\n" : value))
            } else if rest.isEmpty {
                // A list (or a nested map, which is skipped) follows on indented lines.
                var items: [String] = []
                while i < close {
                    let l = string(bytes, lines[i].start, lines[i].end)
                    let ind = indentation(l)
                    let c = String(l.dropFirst(ind))
                    if c.isEmpty || c.startsWithBytes("#") { i += 1; continue }
                    if ind == 0 && !c.startsWithBytes("- ") && c != "-" { break }
                    if c.startsWithBytes("- ") || c == "-" {
                        items.append(scalar(stripComment(String(c.dropFirst(1)).trimmingBlanks())))
                    }
                    i += 1
                }
                fm.set(key, items.isEmpty ? .scalar("") : .list(items))
            } else if rest.startsWithBytes("[") && rest.endsWithBytes("]") {
                let inner = rest.dropFirst().dropLast()
                let items = inner.split(separator: ",").map { scalar(String($0).trimmingBlanks()) }.filter { !$0.isEmpty }
                fm.set(key, .list(items))
            } else {
                // A quoted string may continue on following lines.
                var value = rest
                if let q = value.first, q == "\"" || q == "'", !isClosedQuote(value) {
                    while i < close {
                        value += " " + string(bytes, lines[i].start, lines[i].end).trimmingBlanks()
                        i += 1
                        if isClosedQuote(value) { break }
                    }
                }
                fm.set(key, .scalar(scalar(value)))
            }
        }
        return fm
    }

    /// The common line `key: "value"` or `key: value`, read on bytes: the key and the
    /// value exactly as the general path below makes them, or nil for every other kind of
    /// line (indented, comment, list, block, flow list, single-quoted, escapes, `#`, a
    /// quote that goes on to the next line), which the general path reads.
    static func simpleEntry(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> (String, String)? {
        let s = line.start, e = line.end
        guard s < e else { return nil }
        let first = bytes[s]
        // Indentation, comments, quoted keys and list items take the general path.
        guard first != 0x20, first != 0x09, first != UInt8(ascii: "#"), first != UInt8(ascii: "\""),
              first != UInt8(ascii: "'") else { return nil }
        if first == UInt8(ascii: "-"), s + 1 < e, bytes[s + 1] == 0x20 { return nil }
        // The key's colon: the first `:` followed by a blank or the end of the line.
        var colon = s
        while colon < e {
            if bytes[colon] == UInt8(ascii: ":"), colon + 1 == e || bytes[colon + 1] == 0x20 || bytes[colon + 1] == 0x09 { break }
            colon += 1
        }
        guard colon < e else { return nil }
        let key = trimmedBlanks(bytes, s, colon)
        let rest = trimmedBlanks(bytes, colon + 1, e)
        guard !rest.isEmpty else { return nil }
        let r0 = bytes[rest.lowerBound], rn = bytes[rest.upperBound - 1]
        var value = rest
        if r0 == UInt8(ascii: "\"") {
            guard rest.count >= 2, rn == UInt8(ascii: "\"") else { return nil }
            for k in (rest.lowerBound + 1)..<(rest.upperBound - 1) where bytes[k] == UInt8(ascii: "\"") || bytes[k] == UInt8(ascii: "\\") { return nil }
            value = (rest.lowerBound + 1)..<(rest.upperBound - 1)
        } else {
            guard r0 != UInt8(ascii: "'"), r0 != UInt8(ascii: ">"), r0 != UInt8(ascii: "|"), r0 != UInt8(ascii: "[") else { return nil }
            for k in rest where bytes[k] == UInt8(ascii: "#") { return nil }
        }
        return (string(bytes, key.lowerBound, key.upperBound), string(bytes, value.lowerBound, value.upperBound))
    }

    /// `bytes[s..<e]` without the blanks and line breaks ``Swift/String/trimmingBlanks()`` removes.
    private static func trimmedBlanks(_ b: UnsafeBufferPointer<UInt8>, _ s0: Int, _ e0: Int) -> Range<Int> {
        var s = s0, e = e0
        while s < e {
            if b[s] == 0x0A { s += 1 } else if let n = TextLine.blankLength(b, at: s, limit: e) { s += n } else { break }
        }
        while e > s {
            if b[e - 1] == 0x0A { e -= 1 } else if let n = TextLine.blankLengthBefore(b, at: e, floor: s) { e -= n } else { break }
        }
        return s..<e
    }

    // MARK: - Lines

    struct Line { var start: Int; var end: Int; var next: Int }

    static func splitLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                let end = i > start && bytes[i - 1] == 0x0D ? i - 1 : i
                lines.append(Line(start: start, end: end, next: i + 1))
                start = i + 1
            }
            i += 1
        }
        if start < bytes.count { lines.append(Line(start: start, end: bytes.count, next: bytes.count)) }
        return lines
    }

    /// The lines from the opening `---` through the closing `---` or `...` line, or nil
    /// when the text does not open with `---` or never closes.
    static func frontMatterLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Line]? {
        var lines: [Line] = []
        var start = 0
        var i = 0
        while start < bytes.count {
            i = start
            while i < bytes.count, bytes[i] != 0x0A { i += 1 }
            let line: Line
            if i < bytes.count {
                line = Line(start: start, end: i > start && bytes[i - 1] == 0x0D ? i - 1 : i, next: i + 1)
            } else {
                line = Line(start: start, end: bytes.count, next: bytes.count)
            }
            let t = trimmedRange(bytes, line)
            if lines.isEmpty {
                guard isThree(bytes, t, UInt8(ascii: "-")) else { return nil }
            } else if isThree(bytes, t, UInt8(ascii: "-")) || isThree(bytes, t, UInt8(ascii: ".")) {
                lines.append(line)
                return lines
            }
            lines.append(line)
            start = line.next
        }
        return nil
    }

    /// Whether `bytes[r]` is exactly three `c`.
    private static func isThree(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ c: UInt8) -> Bool {
        r.count == 3 && bytes[r.lowerBound] == c && bytes[r.lowerBound + 1] == c && bytes[r.lowerBound + 2] == c
    }

    private static func trimmedRange(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Line) -> Range<Int> {
        var s = line.start, e = line.end
        while s < e, bytes[s] == 0x20 || bytes[s] == 0x09 { s += 1 }
        while e > s, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 { e -= 1 }
        return s..<e
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self)
    }

    private static func indentation(_ s: String) -> Int {
        var n = 0
        for b in s.utf8 { if b == 0x20 || b == 0x09 { n += 1 } else { break } }
        return n
    }

    /// The `:` that ends a key: followed by a blank or the end of the line, outside quotes.
    private static func keyColon(_ s: String) -> String.Index? {
        if s.startsWithBytes("\"") || s.startsWithBytes("'") || s.startsWithBytes("- ") { return nil }
        let u = s.utf8
        var i = u.startIndex
        while i < u.endIndex {
            if u[i] == UInt8(ascii: ":") {
                let next = u.index(after: i)
                if next == u.endIndex || u[next] == 0x20 || u[next] == 0x09 { return i }
            }
            i = u.index(after: i)
        }
        return nil
    }

    private static func stripComment(_ s: String) -> String {
        if s.startsWithBytes("\"") || s.startsWithBytes("'") { return s }
        if s.startsWithBytes("#") { return "" }
        // Most values hold no `#`, and nothing but `#` itself is canonically `#`: they
        // skip Foundation's search.
        if !s.utf8.contains(UInt8(ascii: "#")) { return s }
        if let r = s.range(of: " #") { return String(s[..<r.lowerBound]).trimmingBlanks() }
        if let r = s.range(of: "\t#") { return String(s[..<r.lowerBound]).trimmingBlanks() }
        return s
    }

    /// Whether a quoted scalar's closing quote is present (quotes and `\\` are ASCII, so bytes suffice).
    private static func isClosedQuote(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard let q = b.first, b.count >= 2 else { return false }
        var i = 1
        while i < b.count {
            let c = b[i]
            if q == UInt8(ascii: "\"") && c == UInt8(ascii: "\\") { i += 2; continue }
            if c == q {
                if q == UInt8(ascii: "'"), i + 1 < b.count, b[i + 1] == q { i += 2; continue }
                return true
            }
            i += 1
        }
        return false
    }

    /// Unquotes and unescapes one scalar.
    static func scalar(_ raw: String) -> String {
        var s = raw.trimmingBlanks()
        // Fast path, the corpus's common case: "…" with no escapes inside.
        let unquoted: String? = s.withUTF8 { u in
            let n = u.count
            guard n >= 2, u[0] == UInt8(ascii: "\""), u[n - 1] == UInt8(ascii: "\"") else { return nil }
            for k in 1..<(n - 1) where u[k] == UInt8(ascii: "\"") || u[k] == UInt8(ascii: "\\") { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: u[1..<(n - 1)]), as: UTF8.self)
        }
        if let unquoted { return unquoted }
        if s.startsWithBytes("'") {
            var body = String(s.dropFirst())
            if let end = closingSingleQuote(body) { body = String(body[..<end]) }
            return body.replacingOccurrences(of: "''", with: "'")
        }
        if s.startsWithBytes("\"") {
            var out = ""
            var it = s.dropFirst().makeIterator()
            while let c = it.next() {
                if c == "\"" { break }
                if c == "\\" {
                    guard let e = it.next() else { break }
                    switch e {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    case "0": out.append("\0")
                    case "\"": out.append("\"")
                    case "\\": out.append("\\")
                    case "/": out.append("/")
                    case " ": out.append(" ")
                    case "u", "x", "U":
                        let width = e == "x" ? 2 : e == "u" ? 4 : 8
                        var hex = ""
                        for _ in 0..<width { if let h = it.next() { hex.append(h) } }
                        if let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) { out.unicodeScalars.append(scalar) } else { out += "\\" + String(e) + hex }
                    default: out.append("\\"); out.append(e)
                    }
                    continue
                }
                out.append(c)
            }
            return out
        }
        return s
    }

    private static func closingSingleQuote(_ s: String) -> String.Index? {
        var idx = s.startIndex
        while idx < s.endIndex {
            if s[idx] == "'" {
                let next = s.index(after: idx)
                if next < s.endIndex && s[next] == "'" { idx = s.index(after: next); continue }
                return idx
            }
            idx = s.index(after: idx)
        }
        return nil
    }

    /// Folds (`>`) or keeps (`|`) the lines of a block scalar, relative to its first line's indentation.
    private static func blockScalar(_ lines: [(indent: Int, text: String)], folded: Bool) -> String {
        var body = lines
        while let last = body.last, last.text.trimmingBlanks().isEmpty { body.removeLast() }
        guard let base = body.first(where: { !$0.text.trimmingBlanks().isEmpty })?.indent else { return "" }
        var out = ""
        var previousBlank = true
        for (indent, text) in body {
            let blank = text.trimmingBlanks().isEmpty
            let content = String(repeating: " ", count: max(0, indent - base)) + text
            if !folded {
                if !out.isEmpty || !blank { out += (out.isEmpty ? "" : "\n") + (blank ? "" : content) }
                continue
            }
            if blank { out += "\n"; previousBlank = true; continue }
            if !out.isEmpty && !previousBlank { out += " " }
            out += content
            previousBlank = false
        }
        return out
    }
}
