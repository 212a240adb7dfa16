/// Companies marked by their legal form, as releases write them: `㈜화이트스캔`, `(주)맥스트`,
/// `현대위아㈜`, `교촌에프앤비(주)`, `주식회사 화이트스캔`.
///
/// The mark sits right against the name (no blank), or `주식회사` one blank before it; the
/// name is one word of Hangul, Latin letters, digits or `&` (`LG화학`, `SK네트웍스`), at least
/// two syllables or letters. A name before the mark must open its word; particles after a name
/// behind the mark (`㈜맥스트와`) are dropped, only the common unambiguous ones (`와`, `의`,
/// `에서` …: a name may end in `로` or `이`). The mention is the name alone, its canonical form,
/// the marked form an alias; a name a gazetteer knows keeps the gazetteer's mention.
public struct CompanyMarkRule: EntityRule {
    public let name = "organization.company-mark"

    static let circled: [UInt8] = Array("㈜".utf8)
    static let parenthesized: [UInt8] = Array("(주)".utf8)
    static let spelledOut: [UInt8] = Array("주식회사 ".utf8)

    /// Particles dropped after a name that follows the mark, longest first.
    static let particles: [[UInt8]] = ["에서는", "에서", "와의", "과의", "으로", "와는", "과는", "에는", "에게", "은", "는", "을", "를", "와", "과", "의", "가", "에"]
        .map { Array($0.utf8) }

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        // `㈜` (E3 88 9C) and `(주)` are rare: one memchr walk each.
        var i = HangulBytes.next(0xE3, from: context.lower, upper: context.upper, in: b)
        while i < context.upper {
            if Self.matches(Self.circled, at: i, context: context) { mark(i, length: Self.circled.count, context: &context) }
            i = HangulBytes.next(0xE3, from: i + 1, upper: context.upper, in: b)
        }
        ExtractionContext.forEachOffset(of: 0x28, in: &context) { i, context in
            if Self.matches(Self.parenthesized, at: i, context: context) { mark(i, length: Self.parenthesized.count, context: &context) }
        }
        // `주식회사 `: searched for only when the sentence holds it (its lead byte is common).
        ByteSearch.forEachOccurrence(of: Self.spelledOut, in: b, range: context.lower..<context.upper) { j in
            let start = j + Self.spelledOut.count
            if context.isWordStart(j), let m = after(start, marked: context.text(j, start), context: context) { context.add(m) }
        }
    }

    static func matches(_ p: [UInt8], at i: Int, context: ExtractionContext) -> Bool {
        i + p.count <= context.upper && p.indices.allSatisfy { context.bytes[i + $0] == p[$0] }
    }

    func mark(_ i: Int, length: Int, context: inout ExtractionContext) {
        let end = i + length
        // A name right before the mark first: `…(주)또는` must not read `또는` as the name.
        if let m = before(i, markEnd: end, context: context) {
            context.add(m)
        } else if let m = after(end, marked: context.text(i, end), context: context) {
            context.add(m)
        }
    }

    static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x26
    }

    /// The end of a name word from `i`: Hangul syllables, ASCII letters, digits, `&`.
    static func nameEnd(from i: Int, upper: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        var j = i
        while j < upper {
            if isNameByte(b[j]) { j += 1; continue }
            let s = HangulBytes.scalar(at: j, in: b)
            guard HangulBytes.isHangulSyllable(s.value) else { break }
            j += s.length
        }
        return j
    }

    /// The start of a name word ending at `end`.
    static func nameStart(endingAt end: Int, lower: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        var j = end
        while j > lower {
            if isNameByte(b[j - 1]) { j -= 1; continue }
            guard let p = HangulBytes.scalarStart(before: j, lower: lower, in: b),
                  HangulBytes.isHangulSyllable(HangulBytes.scalar(at: p, in: b).value) else { break }
            j = p
        }
        return j
    }

    /// `㈜맥스트와`: the name after the mark, its particles dropped.
    func after(_ start: Int, marked: String, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        let wordEnd = Self.nameEnd(from: start, upper: context.upper, in: b)
        // The mark alone with particles (`㈜에서`, `㈜는`) names nothing.
        guard !KoreanParticles.isParticleTail(start, wordEnd, in: b) else { return nil }
        let end = Self.stripParticle(start, wordEnd, in: b)
        guard let m = company(start, end, context: context) else { return nil }
        var out = m
        out.aliases.insert(marked + context.text(start, end))
        return out
    }

    /// `현대위아㈜`: the word right before the mark.
    func before(_ markStart: Int, markEnd: Int, context: ExtractionContext) -> Mention? {
        let start = Self.nameStart(endingAt: markStart, lower: context.lower, in: context.bytes)
        guard start < markStart, context.isWordStart(start), var m = company(start, markStart, context: context) else { return nil }
        m.aliases.insert(context.text(start, markEnd))
        return m
    }

    /// The end of the name in `start..<wordEnd` once a particle is dropped: one of ``particles``, or `이`
    /// after a syllable with a final consonant (`경농이`; `에스케이` keeps its `이`), leaving two
    /// syllables or letters at least.
    static func stripParticle(_ start: Int, _ wordEnd: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        guard wordEnd - start >= 4, HangulBytes.isHangulSyllable(HangulBytes.scalar(at: wordEnd - 3, in: b).value) else { return wordEnd }
        func leavesName(_ end: Int) -> Bool {
            guard end > start else { return false }
            if end - start >= 6 { return true }
            return (start..<end).allSatisfy { isNameByte(b[$0]) } && end - start >= 2
        }
        for p in particles where wordEnd - p.count > start && p.indices.allSatisfy({ b[wordEnd - p.count + $0] == p[$0] }) {
            return leavesName(wordEnd - p.count) ? wordEnd - p.count : wordEnd
        }
        let i = HangulBytes.scalar(at: wordEnd - 3, in: b).value
        if i == 0xC774, wordEnd - 3 > start, leavesName(wordEnd - 3),
           let p = HangulBytes.scalarStart(before: wordEnd - 3, lower: start, in: b),
           case let v = HangulBytes.scalar(at: p, in: b).value, HangulBytes.isHangulSyllable(v), (v - 0xAC00) % 28 != 0 {
            return wordEnd - 3
        }
        return wordEnd
    }

    /// A name of two syllables or letters or more, not a stop word or grammar word (``ExtractionContext/add(_:)``
    /// keeps a gazetteer mention of the same span).
    func company(_ lo: Int, _ hi: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        var units = 0, i = lo
        while i < hi {
            let s = HangulBytes.scalar(at: i, in: b)
            units += 1
            i += s.length
        }
        guard units >= 2 else { return nil }
        let word = context.text(lo, hi)
        guard !context.gazetteer.stopwordSet.contains(word), !PersonTitles.functionWordSet.contains(word) else { return nil }
        return Mention(range: SourceRange(lo, hi), kind: .organization, canonical: word, surface: word, rule: name)
    }
}
