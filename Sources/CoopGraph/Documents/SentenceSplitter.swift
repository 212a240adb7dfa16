/// Splits a cleaned Korean press-release body into sentences, as byte ranges of the body.
///
/// Rules, in press-release style:
/// - a blank line always ends a sentence;
/// - a line starting with a bullet (`□ ■ ㅇ ○ ◦ ● - ※ * ◆ ◇ ▶ ▷ • · ① …`, `1.`, `가.`, `(1)`)
///   starts a new sentence; the bullet is not part of it;
/// - inside a line, `.`, `!` or `?` after a Hangul syllable (`…했다.`, `…바랍니다.`, `끝.`) and
///   before white space, the line end or a glued bullet (`…하였다.□ 다음`) ends a sentence — except inside “…” quotes; a
///   quote closing right after such an ending (`…하겠습니다.”`) ends it after the quote;
/// - a line end ends a sentence, unless the line ends with `,` (`…추진하며,`): then the
///   sentence goes on into the next line, even across a sub-bullet (`-`, `ㅇ`, `○`), but
///   not across a top-level one (`□`, `※`, `*`, numbered) or a blank line.
/// Each ``Sentence``'s `text` is exactly the body bytes of its `range`.
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ body: String) -> [Sentence] {
        var text = body
        let found = text.withUTF8 { self.ranges($0) }
        // Sentence texts as slices of `body`: copies that need no second UTF-8 validation
        // (sentence bounds are character boundaries: ASCII bytes, or after a whole character).
        let utf8 = body.utf8
        return found.map { r in
            let lo = utf8.index(utf8.startIndex, offsetBy: r.lowerBound)
            let hi = utf8.index(lo, offsetBy: r.count)
            return Sentence(range: r, text: String(body[lo..<hi]))
        }
    }

    public func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        ranges(bytes).map { Sentence(range: $0, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.lowerBound..<$0.upperBound]), as: UTF8.self)) }
    }

    /// The sentences' byte ranges.
    func ranges(_ bytes: UnsafeBufferPointer<UInt8>) -> [SourceRange] {
        var out: [SourceRange] = []
        var start: Int?
        var depth = 0
        var joinNext = false

        func close(_ end: Int) {
            guard let s = start else { return }
            var e = end
            while e > s, bytes[e - 1] == 0x0A || TextLine.blankLengthBefore(bytes, at: e, floor: s) != nil {
                e -= bytes[e - 1] == 0x0A ? 1 : (TextLine.blankLengthBefore(bytes, at: e, floor: s) ?? 1)
            }
            // `- 부제 -`: a subtitle's closing dash is not part of it.
            if e - s > 2, bytes[e - 1] == UInt8(ascii: "-"), bytes[e - 2] == 0x20 {
                e -= 1
                while e > s, let n = TextLine.blankLengthBefore(bytes, at: e, floor: s) { e -= n }
            }
            if e > s {
                out.append(SourceRange(s, e))
            }
            start = nil
        }

        for line in TextLine.split(bytes) {
            let trimmed = line.trimmedRange(bytes)
            if trimmed.isEmpty {
                close(line.start)
                depth = 0
                joinNext = false
                continue
            }
            let (contentStart, marker) = Self.skipMarker(bytes, from: trimmed.lowerBound, end: trimmed.upperBound)
            if start != nil {
                let continues = joinNext && marker != .topLevel
                if !continues { close(line.start); depth = 0 }
            }
            joinNext = false
            var i = contentStart
            let end = trimmed.upperBound
            while i < end {
                if start != nil {
                    // Inside a sentence only quotes (lead byte 0xE2) and `.` `!` `?` matter: skip the rest.
                    i = ByteSearch.firstIndex(ofAny: 0xE2, UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), in: bytes, from: i, to: end)
                    if i >= end { break }
                }
                if start == nil {
                    // A new sentence inside a line: skip blanks and a bullet glued to the
                    // previous sentence's end (`…합의하였다.□ 류근관 청장은`).
                    let (after, _) = Self.skipMarker(bytes, from: i, end: end)
                    if after > i { i = after; continue }
                    start = i
                }
                let b = bytes[i]
                if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 {
                    if bytes[i + 2] == 0x9C { depth += 1; i += 3; continue }  // “
                    if bytes[i + 2] == 0x9D {  // ”
                        depth = max(0, depth - 1)
                        let after = i + 3
                        if depth == 0, i >= 4, bytes[i - 1] == UInt8(ascii: "."), Self.isHangulBefore(bytes, i - 1, floor: start ?? 0),
                           after >= end || TextLine.blankLength(bytes, at: after, limit: end) != nil {
                            close(after)
                        }
                        i = after
                        continue
                    }
                }
                if depth == 0, b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?"),
                   Self.isHangulBefore(bytes, i, floor: start ?? 0),
                   i + 1 >= end || TextLine.blankLength(bytes, at: i + 1, limit: end) != nil || Self.isSymbolBullet(bytes, i + 1, end) {
                    close(i + 1)
                }
                i += 1
            }
            if start != nil {
                if end > 0, bytes[end - 1] == UInt8(ascii: ",") {
                    joinNext = true
                } else {
                    close(end)
                    depth = 0
                }
            }
        }
        close(bytes.count)
        return out
    }

    enum Marker { case none, sub, topLevel }

    /// Skips leading bullets and numbering; says what kind of marker there was.
    static func skipMarker(_ b: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> (Int, Marker) {
        var i = from
        var kind = Marker.none
        var progressed = true
        while progressed, i < end {
            progressed = false
            if let n = TextLine.blankLength(b, at: i, limit: end) { i += n; progressed = true; continue }
            if let (len, k) = bulletAt(b, i, end) {
                let after = i + len
                // A bullet must be followed by white space (or be a symbol bullet like □ that needs none).
                // `-` must be followed by white space to be a bullet (`-5%` is not one); a
                // lone jamo `ㅇ` is a bullet even when glued to the text (`ㅇ신원식 장관은`).
                if k == .sub, after < end, TextLine.blankLength(b, at: after, limit: end) == nil, b[i] < 0x80 { break }
                i = after
                if kind != .topLevel { kind = k }
                progressed = true
            }
        }
        return (i, kind)
    }

    /// Recognises one bullet or number at `i`: its byte length and level.
    static func bulletAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Int, Marker)? {
        let c = b[i]
        if c == UInt8(ascii: "-") { return (1, .sub) }
        if c == UInt8(ascii: "*") {
            var j = i
            while j < end, b[j] == UInt8(ascii: "*") { j += 1 }
            return (j - i, .topLevel)
        }
        if c >= 0x30 && c <= 0x39 {
            // `1.` or `1)` followed by a blank: a numbered item.
            var j = i
            while j < end, j - i < 3, b[j] >= 0x30 && b[j] <= 0x39 { j += 1 }
            if j + 1 < end, b[j] == UInt8(ascii: ".") || b[j] == UInt8(ascii: ")"), TextLine.blankLength(b, at: j + 1, limit: end) != nil {
                return (j + 1 - i, .topLevel)
            }
            return nil
        }
        if c == UInt8(ascii: "("), i + 2 < end, b[i + 1] >= 0x30 && b[i + 1] <= 0x39, b[i + 2] == UInt8(ascii: ")") {
            return (3, .topLevel)
        }
        guard c >= 0xC2, i + 2 < end || (c < 0xE0 && i + 1 < end) else { return nil }
        let scalar = decodeScalar(b, i, end)
        guard let (value, len) = scalar else { return nil }
        switch value {
        case 0x25A1, 0x25A0, 0x25C6, 0x25C7, 0x25B6, 0x25B7, 0x25BA, 0x203B, 0x25A3, 0x25C8, 0x2605, 0x2606, 0x27A2, 0x2192:
            return (len, .topLevel)  // □ ■ ◆ ◇ ▶ ▷ ► ※ ▣ ◈ ★ ☆ ➢ →
        case 0x25CB, 0x25E6, 0x25CF, 0x2022, 0x00B7, 0x2013, 0x2219, 0x318D, 0x3147, 0x2043, 0x2027:
            return (len, .sub)  // ○ ◦ ● • · – ∙ ㆍ ㅇ ⁃ ‧
        case 0x2460...0x2473, 0x2776...0x277F, 0x3260...0x326D:
            return (len, .topLevel)  // ① … ⑳, ❶ … ❿, ㉠ …
        default:
            // `가.` / `나.`: a Korean numbered item.
            if (0xAC00...0xD7A3).contains(value), i + len + 1 < end, b[i + len] == UInt8(ascii: "."),
               TextLine.blankLength(b, at: i + len + 1, limit: end) != nil, "가나다라마바사아자차카타파하".unicodeScalars.contains(where: { $0.value == value }) {
                return (len + 1, .topLevel)
            }
            return nil
        }
    }

    /// A non-ASCII bullet symbol (`□`, `○`, `※` …) at `i`: glued after a sentence end, it starts the next one.
    static func isSymbolBullet(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i < end, b[i] >= 0xC2, let (len, _) = bulletAt(b, i, end) else { return false }
        return len <= 3 && (decodeScalar(b, i, end).map { $0.0 < 0xAC00 || $0.0 > 0xD7A3 } ?? false)
    }

    static func decodeScalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (UInt32, Int)? {
        let c = b[i]
        if c < 0x80 { return (UInt32(c), 1) }
        if c < 0xE0, i + 1 < end { return (UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if c < 0xF0, i + 2 < end { return (UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        if i + 3 < end { return (UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4) }
        return nil
    }

    /// True when the character ending just before `i` is a Hangul syllable.
    static func isHangulBefore(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, floor: Int) -> Bool {
        guard i - 3 >= floor, i - 3 >= 0 else { return false }
        guard let (v, len) = decodeScalar(b, i - 3, i), len == 3 else { return false }
        return (0xAC00...0xD7A3).contains(v)
    }
}
