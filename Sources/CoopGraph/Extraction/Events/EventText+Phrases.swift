/// Reading names out of the text: the noun phrase that ends in a trigger, quoted titles,
/// parenthesised glosses, and place phrases before 에서.
extension EventText {
    /// A noun phrase ending at `end` whose last word holds the trigger starting at `triggerStart`.
    struct Phrase {
        var range: SourceRange
        /// Nothing but the trigger word itself (회의, 출범식): a reference, not a name.
        var isBare: Bool
        /// A demonstrative (이번, 이날, 동 …) stands right before it.
        var hasDemonstrative: Bool
        /// A word of the future (향후, 차기) stands right before it: not an event yet.
        var isFuture = false
    }

    /// Walks left from the trigger over name words: Hangul, Latin, digits, hyphens; a word that
    /// ends in a particle or verb form, a date, a person, a demonstrative or punctuation stops it.
    func phrase(triggerStart: Int, end: Int, in sentence: SourceRange, maxWords: Int = 5) -> Phrase {
        var start = triggerStart
        while let s = scalar(before: start), s.start >= sentence.lowerBound, Self.isWordChar(s.value) { start = s.start }
        let headStart = start
        var words = 0
        var demonstrative = false
        var future = false
        while words < maxWords {
            guard start - 1 > sentence.lowerBound, b[start - 1] == 0x20 else { break }
            let wordEnd = start - 1
            var ws = wordEnd
            // `경제협력체(APEC)`: a word with a Latin gloss glued to it is still a name word.
            // (`아프리카연합[AU]`: square brackets too.)
            if b[ws - 1] == 0x29 || b[ws - 1] == 0x5D, let open = latinGlossStart(endingAt: ws, in: sentence) { ws = open }
            while let s = scalar(before: ws), s.start >= sentence.lowerBound, Self.isWordChar(s.value) { ws = s.start }
            // `아세안+3`: a plus between word characters joins one name word.
            while let plus = scalar(before: ws), plus.value == 0x2B, let w = scalar(before: plus.start), w.start >= sentence.lowerBound,
                  Self.isWordChar(w.value) {
                ws = plus.start
                while let s = scalar(before: ws), s.start >= sentence.lowerBound, Self.isWordChar(s.value) { ws = s.start }
            }
            guard ws < wordEnd else { break }
            // `14:20-15:10간`: the tail of a clock time, not a name word.
            if let p = scalar(before: ws), p.value == 0x3A || p.value == 0x2D, b[ws] >= 0x30, b[ws] <= 0x39 { break }
            let r = SourceRange(ws, wordEnd)
            // The word's bytes asked directly: no `String` per word walked over.
            let kind: Int = b.withUnsafeBufferPointer { p in
                let word = UnsafeBufferPointer(rebasing: p[ws..<wordEnd])
                if EventWordSets.demonstratives.contains(utf8: word) { return 1 }
                if EventWordSets.futureWords.contains(utf8: word) { return 2 }
                if EventWordSets.stopOrBullet.contains(utf8: word) { return 3 }
                return word.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } ? 4 : 0
            }
            if kind == 1 { demonstrative = true; break }
            if kind == 2 { future = true; break }
            if kind == 3 { break }
            if dateIndex.anyOverlaps(r) { break }
            let covering = mentionIndex.firstCovering(ws, wordEnd).map { mentions[$0] }
            if covering?.kind == .person || personIndex.anyOverlaps(r) { break }
            if covering == nil, let last = scalar(before: wordEnd), EventWords.endings.contains(last.value) { break }
            if covering == nil, kind == 4 { break }
            start = ws
            words += 1
        }
        let bare = start == headStart && headStart == triggerStart
        return Phrase(range: SourceRange(start, end), isBare: bare, hasDemonstrative: demonstrative, isFuture: future)
    }

    /// `2022년`, `2022`: four digits and an optional 년.
    static func isEditionYear(_ word: String) -> Bool {
        // Four ASCII digits must open it (each a character of its own): most words are refused
        // on their first byte, without building a `Substring`.
        var n = 0
        for c in word.utf8.prefix(4) {
            guard c >= 0x30, c <= 0x39 else { return false }
            n += 1
        }
        guard n == 4 else { return false }
        let digits = word.hasSuffix("년") ? word.dropLast() : Substring(word)
        return digits.count == 4 && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Start of `(ABC)` or `[ABC]` ending at `end` when its content is Latin letters, digits and spaces.
    func latinGlossStart(endingAt end: Int, in sentence: SourceRange) -> Int? {
        let opener: UInt8 = b[end - 1] == 0x5D ? 0x5B : 0x28
        var k = end - 1
        while k > sentence.lowerBound, b[k - 1] != opener {
            let c = b[k - 1]
            let ok = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x20 || c == 0x26 || c == 0x2D
            if !ok || end - k > 40 { return nil }
            k -= 1
        }
        return k > sentence.lowerBound && k - 1 < end - 2 ? k - 1 : nil
    }

    static let quotePairs: [(UInt32, UInt32)] = [(0x300C, 0x300D), (0x300E, 0x300F), (0x201C, 0x201D), (0x2018, 0x2019),
                                                  (0x300A, 0x300B), (0x22, 0x22), (0x27, 0x27), (0xFF62, 0xFF63)]

    /// The quoted title around `offset` (content range, without the marks), within `sentence`.
    func enclosingQuote(around offset: Int, in sentence: SourceRange) -> SourceRange? {
        // The walk back visits every scalar start (every byte that is not a continuation byte);
        // only a mark acts, and every mark starts with 22, 27, E2, E3 or EF. So the other bytes
        // are stepped over one at a time without decoding a scalar.
        var p = offset - 1
        while p >= sentence.lowerBound, p >= 0 {
            let c = b[p]
            guard c == 0x22 || c == 0x27 || c == 0xE2 || c == 0xE3 || c == 0xEF else { p -= 1; continue }
            let s = (value: decode(p), start: p)
            p -= 1
            if let pair = Self.quotePairs.first(where: { $0.0 == s.value }), !isYearApostrophe(s.start) {
                if pair.0 == pair.1 {
                    // Same mark both sides: inside when an odd number of marks precede.
                    var count = 0, k = sentence.lowerBound
                    while k < offset, let c = scalar(at: k) { if c.value == pair.0 { count += 1 }; k = c.end }
                    if count % 2 == 0 { return nil }
                }
                var k = offset
                while k < sentence.upperBound, let c = scalar(at: k) {
                    if c.value == pair.1, !isYearApostrophe(k) {
                        let content = SourceRange(s.start + utf8Length(pair.0), k)
                        return content.count <= 240 && balanced(content) ? content : nil
                    }
                    k = c.end
                }
                return nil
            }
            if Self.quotePairs.contains(where: { $0.1 == s.value && $0.0 != $0.1 }), !isYearApostrophe(s.start) { return nil }
        }
        return nil
    }

    /// The quoted title that ends right before `offset` (spaces allowed between), if any.
    func quoteEnding(before offset: Int, in sentence: SourceRange) -> SourceRange? {
        var i = offset
        while i > sentence.lowerBound, b[i - 1] == 0x20 { i -= 1 }
        guard let close = scalar(before: i), let pair = Self.quotePairs.first(where: { $0.1 == close.value }) else { return nil }
        var k = close.start
        while let s = scalar(before: k), s.start >= sentence.lowerBound {
            if s.value == pair.0 { return SourceRange(k, close.start) }
            k = s.start
        }
        return nil
    }

    /// `‘19년`, `’21.11.24`: an apostrophe that stands for a century, not a quotation mark.
    func isYearApostrophe(_ i: Int) -> Bool {
        guard let s = scalar(at: i), s.value == 0x27 || s.value == 0x2018 || s.value == 0x2019 else { return false }
        var k = s.end
        while k < b.count, b[k] == 0x20, k - s.end < 2 { k += 1 }
        return k + 1 < b.count && b[k] >= 0x30 && b[k] <= 0x39 && b[k + 1] >= 0x30 && b[k + 1] <= 0x39
    }

    /// Parentheses open and close inside the range.
    func balanced(_ r: SourceRange) -> Bool {
        var depth = 0
        for i in r.range {
            if b[i] == 0x28 { depth += 1 } else if b[i] == 0x29 { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }

    /// The first title in corner brackets (「」 『』) before `offset` in the sentence.
    func cornerTitle(before offset: Int, in sentence: SourceRange) -> SourceRange? {
        var i = sentence.lowerBound
        while i < offset, let s = scalar(at: i) {
            if s.value == 0x300C || s.value == 0x300E {
                let close: UInt32 = s.value == 0x300C ? 0x300D : 0x300F
                var k = s.end
                while k < offset, let c = scalar(at: k) {
                    if c.value == close { return SourceRange(s.end, k) }
                    k = c.end
                }
                return nil
            }
            i = s.end
        }
        return nil
    }

    /// A person named inside a parenthesis glued to a body (`산업통상자원부(장관 방문규)`): the
    /// body's head, named in passing, not someone who took part.
    func isAppositive(_ m: Mention) -> Bool {
        var depth = 0
        var k = m.range.lowerBound
        while k > 0, m.range.lowerBound - k < 60 {
            k -= 1
            if b[k] == 0x29 { depth += 1 }
            if b[k] == 0x28 {
                if depth == 0 { return mentions.contains { $0.range.upperBound == k && $0.kind != .person } }
                depth -= 1
            }
            if b[k] == 0x0A { return false }
        }
        return false
    }

    func utf8Length(_ v: UInt32) -> Int { v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4 }

    /// Splits a title into its name and the glosses in parentheses: Korean glosses (세미나)
    /// are dropped, Latin ones (1st Korea-Japan …) become aliases.
    static func cleanTitle(_ title: String) -> (name: String, aliases: [String]) {
        // No parenthesis byte, so no parenthesis character: every character goes to the name.
        if !title.utf8.contains(where: { $0 == 0x28 || $0 == 0x29 || $0 == 0xEF }) { return (collapse(title), []) }
        var name = ""
        var aliases: [String] = []
        var depth = 0
        var group = ""
        for ch in title {
            if ch == "(" || ch == "（" {
                if depth == 0 { group = "" } else { group.append(ch) }
                depth += 1
            } else if (ch == ")" || ch == "）") && depth > 0 {
                depth -= 1
                if depth == 0 {
                    let g = group.trimmingSpaces
                    if g.unicodeScalars.contains(where: { ($0.value >= 0x41 && $0.value <= 0x5A) || ($0.value >= 0x61 && $0.value <= 0x7A) }) {
                        for part in g.split(separator: ",") where !part.trimmingSpaces.isEmpty { aliases.append(part.trimmingSpaces) }
                    }
                } else { group.append(ch) }
            } else if depth > 0 {
                group.append(ch)
            } else {
                name.append(ch)
            }
        }
        return (collapse(name), aliases)
    }

    /// A name as it will be stored: footnote marks (*, ※) removed, white space collapsed.
    static func cleanName(_ s: String) -> String {
        if let fast = collapseSimple(s, dropping: 0x2A) { return fast }
        return collapse(String(s.unicodeScalars.filter { $0 != "*" && $0 != "※" && $0 != "\u{FF0A}" }.map(Character.init)))
    }

    static func collapse(_ s: String) -> String {
        if let fast = collapseSimple(s, dropping: nil) { return fast }
        let words = ScalarCharacters.split(s) { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0xA0 }
            ?? s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{A0}" })
        return words.joined(separator: " ")
    }

    /// `name.split(separator: " ").count`, counted on bytes for text of ASCII and syllables.
    static func wordCount(_ name: String) -> Int {
        var name = name
        let fast: Int? = name.withUTF8 { b in
            guard WordSet.isSimple(b) else { return nil }
            var count = 0, inWord = false
            for c in b {
                if c == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
            }
            return count
        }
        return fast ?? name.split(separator: " ").count
    }

    /// `name.split(separator: " ").first`, found on bytes for text of ASCII and syllables.
    static func firstWord(_ name: String) -> Substring? {
        var copy = name
        let fast: Range<Int>?? = copy.withUTF8 { b in
            guard WordSet.isSimple(b) else { return nil }
            var i = 0
            while i < b.count, b[i] == 0x20 { i += 1 }
            guard i < b.count else { return .some(nil) }
            var j = i
            while j < b.count, b[j] != 0x20 { j += 1 }
            return .some(i..<j)
        }
        guard let found = fast else { return name.split(separator: " ").first }
        guard let r = found else { return nil }
        let u = name.utf8
        return name[u.index(u.startIndex, offsetBy: r.lowerBound)..<u.index(u.startIndex, offsetBy: r.upperBound)]
    }

    /// ``collapse(_:)`` on bytes for text of ASCII and precomposed syllables only (where every
    /// scalar is a `Character` of its own and the only separators are space, tab and newline),
    /// without the byte `dropping` if given; nil for other text.
    private static func collapseSimple(_ s: String, dropping: UInt8?) -> String? {
        var s = s
        return s.withUTF8 { b -> String? in
            guard WordSet.isSimple(b) else { return nil }
            // Written straight into the string's storage: one allocation, not an array and a copy.
            // The dropped byte is compared as an Int (-1 for none), not as an Optional per byte.
            let drop = dropping.map { Int($0) } ?? -1
            return String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0
                var pendingSpace = false
                for c in b where Int(c) != drop {
                    if c == 0x20 || c == 0x09 || c == 0x0A {
                        pendingSpace = n > 0
                    } else {
                        if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                        out[n] = c
                        n += 1
                    }
                }
                return n
            }
        }
    }

    /// The parenthesised group starting at `offset` (after optional spaces): its content and end.
    func parenthesis(at offset: Int) -> (content: SourceRange, end: Int)? {
        var i = offset
        while i < b.count, b[i] == 0x20 { i += 1 }
        guard i < b.count, b[i] == 0x28 else { return nil }
        var k = i + 1
        var depth = 1
        while k < b.count, b[k] != 0x0A {
            if b[k] == 0x28 { depth += 1 }
            if b[k] == 0x29 { depth -= 1; if depth == 0 { return (SourceRange(i + 1, k), k + 1) } }
            k += 1
        }
        return nil
    }

    /// `제2차 …`, `제1회 …`: the ordinal and the name without it.
    static func ordinal(of name: String) -> (ordinal: Int, series: String)? {
        // The first scalar must be 제 (EC A0 9C): refuse other names before copying their scalars.
        var head = name.utf8.makeIterator()
        guard head.next() == 0xEC, head.next() == 0xA0, head.next() == 0x9C else { return nil }
        var copy = name
        if let fast = copy.withUTF8({ simpleOrdinal($0) }) { return fast.ordinal.map { ($0, fast.series) } }
        let scalars = Array(name.unicodeScalars)
        guard scalars.count > 3, scalars[0] == "제" else { return nil }
        var k = 1
        var n = 0
        while k < scalars.count, scalars[k].value >= 0x30, scalars[k].value <= 0x39 { n = n * 10 + Int(scalars[k].value - 0x30); k += 1 }
        guard k > 1, k < scalars.count, scalars[k] == "차" || scalars[k] == "회" else { return nil }
        var rest = String(String.UnicodeScalarView(scalars[(k + 1)...]))
        rest = rest.trimmingSpaces
        return rest.isEmpty ? nil : (n, rest)
    }

    /// ``ordinal(of:)`` on the bytes of a name of ASCII and precomposed syllables that opens with
    /// 제 (where each scalar is one byte or one syllable); nil for other names. The inner
    /// ordinal is nil where ``ordinal(of:)`` answers nil.
    private static func simpleOrdinal(_ b: UnsafeBufferPointer<UInt8>) -> (ordinal: Int?, series: String)? {
        guard WordSet.isSimple(b) else { return nil }
        var k = 3
        var n = 0
        while k < b.count, b[k] >= 0x30, b[k] <= 0x39 { n = n * 10 + Int(b[k] - 0x30); k += 1 }
        // 차 (EC B0 A8) or 회 (ED 9A 8C) after at least one digit.
        guard k > 3, k + 3 <= b.count,
              (b[k] == 0xEC && b[k + 1] == 0xB0 && b[k + 2] == 0xA8) || (b[k] == 0xED && b[k + 1] == 0x9A && b[k + 2] == 0x8C) else {
            return (nil, "")
        }
        let rest = String(decoding: UnsafeBufferPointer(rebasing: b[(k + 3)...]), as: UTF8.self).trimmingSpaces
        return rest.isEmpty ? (nil, "") : (n, rest)
    }

    /// The place phrase before the last `에서` ahead of `limit` in the sentence (a venue, a city,
    /// an address in parentheses), or nil when what stands there is not a place.
    func place(before limit: Int, in sentence: SourceRange, excluding name: SourceRange?) -> String? {
        var best: Int?
        for k in occurrences(EventCues.placeMarker, in: SourceRange(sentence.lowerBound, limit)) where name.map({ k != $0.upperBound }) ?? true {
            best = k
        }
        guard let at = best else { return nil }
        return placePhrase(endingAt: at, in: sentence)
    }

    /// The place named right before `end` (the 에서 or 을/를 of 방문).
    func placePhrase(endingAt end: Int, in sentence: SourceRange) -> String? {
        var e = end
        // `희소금속산업기술센터(인천 남동구)에서`: the address in parentheses is the place.
        if e > sentence.lowerBound, b[e - 1] == 0x29 {
            var k = e - 1, depth = 0
            while k > sentence.lowerBound {
                if b[k] == 0x29 { depth += 1 }
                if b[k] == 0x28 { depth -= 1; if depth == 0 { break } }
                k -= 1
            }
            let inner = Self.collapse(string(SourceRange(k + 1, e - 1)))
            if let first = inner.split(separator: " ").first, Self.isPlaceWord(String(first)) || inner.hasSuffix("구") || inner.hasSuffix("시") || inner.hasSuffix("군") {
                return inner
            }
            e = k
        }
        var start = e
        var words: [String] = []
        while words.count < 5 {
            var ws = start
            while let s = scalar(before: ws), s.start >= sentence.lowerBound, Self.isWordChar(s.value) { ws = s.start }
            guard ws < start else { break }
            let r = SourceRange(ws, start)
            let w = string(r)
            if dateIndex.anyOverlaps(r) || w.unicodeScalars.first.map({ $0.value >= 0x30 && $0.value <= 0x39 }) == true { break }
            if personIndex.anyOverlaps(r) { break }
            if !words.isEmpty, let last = scalar(before: start), EventWords.endings.contains(last.value),
               !mentionIndex.anyOverlaps(r), !Self.isPlaceWord(w) { break }
            if EventWordSets.stopWords.contains(w) || EventWordSets.demonstratives.contains(w) { break }
            words.insert(w, at: 0)
            start = ws
            guard start - 1 > sentence.lowerBound, b[start - 1] == 0x20 else { break }
            start -= 1
        }
        guard !words.isEmpty else { return nil }
        let phrase = words.joined(separator: " ")
        let isPlace = Self.endsInVenueSuffix(phrase) || words.contains { Self.isPlaceWord($0) }
            || mentionIndices(in: SourceRange(start, e)).contains { mentions[$0].kind == .country }
        guard isPlace else { return nil }
        // A leading country before a city is dropped (미국 워싱턴 DC → 워싱턴 DC); a city alone stays.
        var kept = words
        while kept.count > 1, mentions.contains(where: { $0.kind == .country && $0.surface.isSameText(kept[0]) }) || Self.countryWords.contains(kept[0]) {
            kept.removeFirst()
        }
        return kept.joined(separator: " ")
    }

    static let countryWords: Set<String> = ["미국", "일본", "중국", "영국", "프랑스", "독일", "캐나다", "호주", "러시아", "인도", "베트남", "인도네시아"]

    static func isPlaceWord(_ w: String) -> Bool { EventWordSets.cities.contains(w) }

    /// ``EventWords/venueSuffixes`` as bytes, when every one is simple text (``WordSet/isSimple(_:)``).
    static let venueSuffixBytes: [[UInt8]]? = {
        let all = EventWords.venueSuffixes.map { Array($0.utf8) }
        return all.allSatisfy { $0.withUnsafeBufferPointer { WordSet.isSimple($0) } } ? all : nil
    }()

    /// `EventWords.venueSuffixes.contains { phrase.hasSuffixOnBytes($0) }` with the phrase's
    /// bytes checked once rather than once per suffix: for simple text on both sides that is a
    /// byte suffix test.
    static func endsInVenueSuffix(_ phrase: String) -> Bool {
        var p = phrase
        let quick: Bool? = p.withUTF8 { b in
            guard let suffixes = venueSuffixBytes, WordSet.isSimple(b) else { return nil }
            return suffixes.contains { ByteSearch.hasSuffix(b, $0) }
        }
        return quick ?? EventWords.venueSuffixes.contains { phrase.hasSuffixOnBytes($0) }
    }
}
