/// A foreign person whose transcribed name the text sets in corner brackets between their
/// country (or organisation) and their post: `미국 「캐서린 타이」 무역대표부 대표`,
/// `EU 「발디스 돔브로브스키스」 수석부집행위원장`, `캐나다 「메리 응」 통상장관`.
///
/// The brackets hold one to four Hangul words that may be a foreign name (no particles, no
/// title words); after them come at most one body mention or one plain word (a body the
/// gazetteer knows as `<country> <word>`: `무역대표부` after 미국 → 미국 무역대표부), then a title.
/// The affiliation is the body after the name, else the country or body before it.
public struct QuotedForeignNameRule: EntityRule {
    public let name = "person.quoted-foreign-name"
    static let pairs: [UInt32: UInt32] = [0x300C: 0x300D, 0x300E: 0x300F]

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        var i = context.lower
        while i < context.upper {
            // To the next E3 lead byte (「 『) with memchr: rare in Korean text.
            if b[i] != 0xE3 { i = HangulBytes.next(0xE3, from: i + 1, upper: context.upper, in: b); continue }
            guard b[i] == 0xE3, i + 2 < context.upper, b[i + 1] == 0x80, b[i + 2] == 0x8C || b[i + 2] == 0x8E else { i += 1; continue }
            let s = HangulBytes.scalar(at: i, in: b)
            if let close = Self.pairs[s.value] {
                for m in person(open: i, openLength: s.length, close: close, context: context) { context.add(m) }
            }
            i += s.length
        }
    }

    func person(open: Int, openLength: Int, close: UInt32, context: ExtractionContext) -> [Mention] {
        let b = context.bytes
        let titles = context.gazetteer.personTitles
        // Before: a country or a body.
        let before = HangulBytes.skipBlanksBackward(from: open, lower: context.lower, in: b)
        guard let anchor = context.mention(endingAt: before), anchor.kind == .country || anchor.kind.isBody,
              !anchor.canonical.isKorea else { return [] }
        // Inside: one to four name words.
        // Brackets mark a name: words up to eight syllables (돔브로브스키스).
        guard let (words, j) = context.bracketedNameWords(open: open, openLength: openLength, close: close, accept: { w, _, _ in w.count <= 8 }),
              let first = words.first, let last = words.last, words.count > 1 || last.hi - first.lo >= 6 else { return [] }
        let after = j + HangulBytes.scalar(at: j, in: b).length
        // After: an optional body (mention or `<country> <word>`), then a title.
        var pos = HangulBytes.skipBlanks(from: after, upper: context.upper, in: b)
        var body: Mention?
        var extra: [Mention] = []
        var title: String?
        for _ in 0..<2 where title == nil {
            let run = HangulBytes.hangulRunEnd(from: pos, upper: context.upper, in: b)
            guard run > pos else { return [] }
            if let m = context.mention(startingAt: pos), m.kind.isBody, body == nil {
                if m.range.upperBound < run, let t = titles.title(m.range.upperBound, run, in: b) { body = m; title = t.title; break }
                guard m.range.upperBound == run else { return [] }
                body = m
            } else if let t = titles.title(pos, run, in: b), !context.isCovered(pos) {
                title = t.title
                break
            } else if body == nil, !context.isCovered(pos), anchor.kind == .country,
                      let idx = context.gazetteer.entryByName[anchor.canonical + " " + context.text(pos, run)] {
                let e = context.gazetteer.entries[idx]
                let m = Mention(range: SourceRange(pos, run), kind: e.kind, canonical: e.canonical, surface: context.text(pos, run),
                                aliases: context.gazetteer.aliasSets[idx], properties: ["country": anchor.canonical], rule: name)
                body = m
                extra.append(m)
            } else {
                return []
            }
            pos = HangulBytes.skipBlanks(from: run, upper: context.upper, in: b)
        }
        guard let title else { return [] }
        let aff = body ?? anchor
        var props = ["title": title, "affiliation": aff.canonical, "affiliation_kind": aff.kind.rawValue]
        if anchor.kind == .country { props["country"] = anchor.canonical } else if let c = anchor.properties["country"] { props["country"] = c }
        let nameText = words.map { context.text($0.lo, $0.hi) }.joined(separator: " ")
        let person = Mention(range: SourceRange(first.lo, last.hi), kind: .person, canonical: nameText,
                             surface: context.text(first.lo, last.hi), properties: props, rule: name)
        return extra + [person]
    }
}
