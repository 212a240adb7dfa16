/// A foreign person whose transcribed name the text sets in corner brackets right before their
/// post, with no country or body before it: `「아운 폰모니엇」부총리 겸 재정부장관`,
/// `「쏙 첸다 소페아」투자 총괄 특임장관`, `「찌응 얀나라」 무상원조 총괄 특임장관`.
///
/// Releases of the Prime Minister's office name foreign officials so when the country was
/// said before. The brackets hold two to four Hangul words, or one of three syllables or more,
/// that may be a foreign name (no particles, no title, stop or grammar words); after them come at
/// most two plain words of a portfolio (`투자 총괄`) and a title word. The title keeps the
/// portfolio, and a concurrent post `A 겸 B` is kept whole as written. The person is affiliated
/// with the one foreign country the sentence names, else with none.
public struct QuotedNameTitleRule: EntityRule {
    public let name = "person.quoted-name-title"
    static let pairs: [UInt32: UInt32] = [0x300C: 0x300D, 0x300E: 0x300F, 0xFF62: 0xFF63]
    static let joiner: [UInt8] = Array("겸".utf8)

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        var i = HangulBytes.next(0xE3, from: context.lower, upper: context.upper, in: b)
        var found: [Mention] = []
        while i < context.upper {
            let s = HangulBytes.scalar(at: i, in: b)
            if let close = Self.pairs[s.value], let m = person(open: i, openLength: s.length, close: close, context: context) {
                found.append(m)
            }
            i = HangulBytes.next(0xE3, from: i + 1, upper: context.upper, in: b)
        }
        guard !found.isEmpty else { return }
        let country = Self.onlyForeignCountry(context)
        for var m in found {
            if let country {
                m.properties["affiliation"] = country
                m.properties["affiliation_kind"] = NodeKind.country.rawValue
                m.properties["country"] = country
            }
            context.add(m)
        }
    }

    /// The one foreign country named in the sentence, nil when none or several.
    static func onlyForeignCountry(_ context: ExtractionContext) -> String? {
        var country: String?
        // By index: no copy of the mentions that are not countries.
        for i in context.mentions.indices where context.mentions[i].kind == .country && !context.mentions[i].canonical.isKorea {
            let canonical = context.mentions[i].canonical
            if let c = country, c != canonical { return nil }
            country = canonical
        }
        return country
    }

    func person(open: Int, openLength: Int, close: UInt32, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        let titles = context.gazetteer.personTitles
        // A country or body right before the brackets is QuotedForeignNameRule's.
        if let before = context.mention(endingAt: HangulBytes.skipBlanksBackward(from: open, lower: context.lower, in: b)),
           before.kind == .country || before.kind.isBody { return nil }
        guard let (words, j) = context.bracketedNameWords(open: open, openLength: openLength, close: close, accept: { w, _, _ in
                  PersonTitles.mayBeForeignNameWord(w) && !PersonTitles.nonNameEnds.contains(w.last ?? " ")
              }),
              let first = words.first, let last = words.last, words.count > 1 || last.hi - first.lo >= 9 else { return nil }
        // One word that reads as a Korean name (`「홍길동」 장관`) is no foreign official.
        if words.count == 1, titles.isKoreanName(context.text(first.lo, last.hi)) { return nil }
        // After: up to two portfolio words, then a title word.
        var pos = HangulBytes.skipBlanks(from: j + HangulBytes.scalar(at: j, in: b).length, upper: context.upper, in: b)
        let titleStart = pos
        var titleEnd: Int?
        for _ in 0..<3 {
            let run = HangulBytes.titleRunEnd(from: pos, upper: context.upper, in: b)
            guard run > pos, !context.isCovered(pos) else { return nil }
            if let t = titles.title(pos, run, in: b) { titleEnd = t.end; break }
            guard run < context.upper, b[run] == 0x20, let l = context.text(pos, run).last, !PersonTitles.particleEnds.contains(l) else { return nil }
            pos = run + 1
        }
        guard var end = titleEnd else { return nil }
        // `부총리 겸 재정부장관`: a concurrent post is part of the title.
        let next = HangulBytes.skipBlanks(from: end, upper: context.upper, in: b)
        if next > end, next + 3 < context.upper, Self.joiner.indices.allSatisfy({ b[next + $0] == Self.joiner[$0] }), b[next + 3] == 0x20 {
            let s = next + 4
            let run = HangulBytes.titleRunEnd(from: s, upper: context.upper, in: b)
            if run > s, let t = titles.title(s, run, in: b) { end = t.end }
        }
        let nameText = words.map { context.text($0.lo, $0.hi) }.joined(separator: " ")
        return Mention(range: SourceRange(first.lo, last.hi), kind: .person, canonical: nameText, surface: context.text(first.lo, last.hi),
                       properties: ["title": context.text(titleStart, end)], rule: name)
    }
}
