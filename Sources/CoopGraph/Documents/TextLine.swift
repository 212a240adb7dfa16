/// One line of UTF-8 text as byte offsets: content `start..<end` (no `\r\n`), next line at `next`.
struct TextLine: Sendable, Hashable {
    var start: Int
    var end: Int
    var next: Int

    /// Splits bytes at `\n`, dropping a `\r` before it; a final line without `\n` counts.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, from: Int = 0, to: Int? = nil) -> [TextLine] {
        let limit = to ?? bytes.count
        var lines: [TextLine] = []
        var start = from
        var i = from
        while i < limit {
            i = ByteSearch.firstIndex(ofAny: 0x0A, 0x0A, 0x0A, 0x0A, in: bytes, from: i, to: limit)
            guard i < limit else { break }
            let end = i > start && bytes[i - 1] == 0x0D ? i - 1 : i
            lines.append(TextLine(start: start, end: end, next: i + 1))
            start = i + 1
            i += 1
        }
        if start < limit { lines.append(TextLine(start: start, end: limit, next: limit)) }
        return lines
    }

    /// The line's content with blanks trimmed at both ends (ASCII white space, NBSP, U+200B, U+3000, U+FEFF).
    func trimmedRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var s = start, e = end
        while s < e, let n = TextLine.blankLength(bytes, at: s, limit: e) { s += n }
        while e > s, let n = TextLine.blankLengthBefore(bytes, at: e, floor: s) { e -= n }
        return s..<e
    }

    func trimmedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let r = trimmedRange(bytes)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
    }

    func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { trimmedRange(bytes).isEmpty }

    /// Length of a blank character starting at `i`, or nil.
    static func blankLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int, limit: Int) -> Int? {
        let c = b[i]
        if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0C || c == 0x0B { return 1 }
        if c == 0xC2, i + 1 < limit, b[i + 1] == 0xA0 { return 2 }
        if c == 0xE2, i + 2 < limit, b[i + 1] == 0x80, b[i + 2] == 0x8B { return 3 }  // U+200B
        if c == 0xE3, i + 2 < limit, b[i + 1] == 0x80, b[i + 2] == 0x80 { return 3 }  // U+3000
        if c == 0xEF, i + 2 < limit, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return 3 }  // U+FEFF
        return nil
    }

    /// Length of a blank character ending just before `i`, or nil.
    static func blankLengthBefore(_ b: UnsafeBufferPointer<UInt8>, at i: Int, floor: Int) -> Int? {
        let c = b[i - 1]
        if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0C || c == 0x0B { return 1 }
        if i - 2 >= floor, c == 0xA0, b[i - 2] == 0xC2 { return 2 }
        if i - 3 >= floor {
            let a = b[i - 3], m = b[i - 2]
            if a == 0xE2, m == 0x80, c == 0x8B { return 3 }
            if a == 0xE3, m == 0x80, c == 0x80 { return 3 }
            if a == 0xEF, m == 0xBB, c == 0xBF { return 3 }
        }
        return nil
    }
}
