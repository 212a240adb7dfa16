/// A person of a list whose body and title stand in parentheses after the name:
/// `김양희(대구대 교수), 안상욱(부경대 교수) 등`, `※ 이수경(동경학예대학 교수), 후지타 다카노리(NPO법인이사)`,
/// `조상현(무역협회 국제무역통상연구원장)`.
///
/// Releases list a forum's speakers, a panel or a delegation this way, and nothing else in the
/// sentence says who they are. The name touches `(`; it is one Korean name (a known surname,
/// two to four syllables), or two or three transcribed words when the list marks it (the name
/// opens the sentence or follows `,` `·` `※` or a bullet). Inside the parentheses come up to
/// two body mentions or plain words, then a title that ends right at `)` (`국제무역통상연구원장`: a
/// body with `장`); after `)` the list goes on (`,` `·` `)` `/` ` 등` ` 및`) or the sentence ends.
/// The body inside is the affiliation. The rule runs after the other person rules, so a
/// `body(title name)` head they read is never taken for a member.
public struct ParenthesizedMemberRule: EntityRule {
    public let name = "person.parenthesized-member"

    static let etc: [UInt8] = Array("등".utf8)
    static let and: [UInt8] = Array("및".utf8)
    /// Scalars that open an item of a list before a name: `,` `、` `·` `※` `*` `:` `-` `▲` `△` `○` `□` `ㅇ` `•` `/`.
    static let listMarks: Set<UInt32> = [0x2C, 0x3001, 0xB7, 0x203B, 0x2A, 0x3A, 0x2D, 0x25B2, 0x25B3, 0x25CB, 0x25A1, 0x3147, 0x2022, 0x2010, 0x2013, 0x2F, 0x2219, 0x30FB]

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        ExtractionContext.forEachOffset(of: 0x28, in: &context) { i, context in
            if let m = person(open: i, context: context) { context.add(m) }
        }
    }

    /// The title and body inside `(…)` opening at `open`, and the offset after `)`.
    func inside(open: Int, context: ExtractionContext) -> (title: String, body: Mention?, after: Int, named: Bool)? {
        let b = context.bytes
        let titles = context.gazetteer.personTitles
        var pos = open + 1
        var body: Mention?
        var items = 0
        // A body is named inside (a mention, or a university's short name before `교수`).
        var named = false
        while pos < context.upper, items < 3 {
            items += 1
            let wordEnd = HangulBytes.titleRunEnd(from: pos, upper: context.upper, in: b)
            // A mention ending inside a word with no title after it (`대구`대) is read as a plain word.
            if let m = context.mention(startingAt: pos),
               m.range.upperBound >= wordEnd || titles.isTitleRemainder(b, m.range.upperBound, wordEnd) {
                guard m.kind.isBody || m.kind == .country else { return nil }
                if m.kind.isBody { body = m }
                let end = m.range.upperBound
                let runEnd = HangulBytes.titleRunEnd(from: end, upper: context.upper, in: b)
                if runEnd > end {
                    // `국제무역통상연구원장`: the body's head.
                    guard runEnd < context.upper, b[runEnd] == 0x29, titles.isTitleRemainder(b, end, runEnd), end - 3 >= m.range.lowerBound else { return nil }
                    // A bare `장` is the head of the body's last word: 연구원장 → 원장.
                    return (runEnd - end == 3 ? context.text(end - 3, runEnd) : context.text(end, runEnd), body, runEnd + 1, true)
                }
                guard end < context.upper, b[end] == 0x20 else { return nil }
                pos = end + 1
                continue
            }
            // A plain word; Latin letters may open it (`NPO법인이사`).
            var lo = pos
            while lo < context.upper, (b[lo] >= 0x41 && b[lo] <= 0x5A) || (b[lo] >= 0x61 && b[lo] <= 0x7A) { lo += 1 }
            let runEnd = HangulBytes.titleRunEnd(from: lo, upper: context.upper, in: b)
            guard runEnd > lo, runEnd < context.upper else { return nil }
            if b[runEnd] == 0x29 {
                guard let t = titles.title(lo, runEnd, in: b), t.end == runEnd else { return nil }
                return (t.title, body, runEnd + 1, body != nil || named)
            }
            // `(김정은 대표)`: a name and its title, not a body; but a university's short name
            // before a professor (`대구대 교수`) may read as a name too.
            let university = Self.isUniversityBeforeProfessor(runEnd, context: context)
            guard b[runEnd] == 0x20, lo == pos, titles.isKoreanName(b, lo, runEnd) != true || university else { return nil }
            named = named || university
            pos = runEnd + 1
        }
        return nil
    }

    static let university: [UInt8] = Array("대".utf8)
    static let professor: [UInt8] = Array("교수)".utf8)

    /// True when the word ending at `end` ends in `대` and the parentheses close after `교수`
    /// (`대구대 교수)`, `대구대 명예교수)`).
    static func isUniversityBeforeProfessor(_ end: Int, context: ExtractionContext) -> Bool {
        let b = context.bytes
        guard end >= 3, university.indices.allSatisfy({ b[end - 3 + $0] == university[$0] }) else { return false }
        let close = HangulBytes.next(0x29, from: end, upper: context.upper, in: b)
        guard close < context.upper, close + 1 - professor.count > end else { return false }
        return professor.indices.allSatisfy { b[close + 1 - professor.count + $0] == professor[$0] }
    }

    /// True when the list goes on after `)` at `after`, or the sentence ends there.
    func listContinues(_ after: Int, context: ExtractionContext) -> Bool {
        let b = context.bytes
        let i = HangulBytes.skipBlanks(from: after, upper: context.upper, in: b)
        guard i < context.upper else { return true }
        switch b[i] {
        case 0x2C, 0x29, 0x2F, 0x2E: return true
        default: break
        }
        let v = HangulBytes.scalar(at: i, in: b).value
        if v == 0xB7 || v == 0x3001 || v == 0x30FB { return true }
        // `우연철(대한수의사회 사무총장)이`: particles only.
        if i == after, HangulBytes.isHangulSyllable(HangulBytes.scalar(at: i, in: b).value) {
            return KoreanParticles.isParticleTail(i, HangulBytes.hangulRunEnd(from: i, upper: context.upper, in: b), in: b)
        }
        guard i > after else { return false }
        for w in [Self.etc, Self.and] where i + w.count <= context.upper && w.indices.allSatisfy({ b[i + $0] == w[$0] }) {
            let e = i + w.count
            return e == context.upper || !HangulBytes.isHangulSyllable(HangulBytes.scalar(at: e, in: b).value)
        }
        return false
    }

    /// True when `start` opens the sentence or follows a list mark or `및` (blanks between).
    func opensItem(_ start: Int, context: ExtractionContext) -> Bool {
        let b = context.bytes
        let end = HangulBytes.skipBlanksBackward(from: start, lower: context.lower, in: b)
        guard let p = HangulBytes.scalarStart(before: end, lower: context.lower, in: b) else { return true }
        if end < start, end - p == 3, b[p] == Self.and[0], b[p + 1] == Self.and[1], b[p + 2] == Self.and[2], context.isWordStart(p) { return true }
        return Self.listMarks.contains(HangulBytes.scalar(at: p, in: b).value)
    }

    /// `자` ends the role words that head a list (`발표자`, `토론자`, `참석자`), never a transcribed name here.
    static let roleEnd: [UInt8] = Array("자".utf8)

    /// True when the Hangul word `s..<e` may be a word of a transcribed name: two syllables or
    /// more, no stopword, function word, title or role word.
    func isForeignNameWord(_ s: Int, _ e: Int, context: ExtractionContext, minSyllables: Int = 2) -> Bool {
        let b = context.bytes
        let titles = context.gazetteer.personTitles
        guard (e - s) / 3 >= minSyllables, (e - s) % 3 == 0, !(b[e - 3] == Self.roleEnd[0] && b[e - 2] == Self.roleEnd[1] && b[e - 1] == Self.roleEnd[2]),
              !titles.stopwordSet.contains(b, s, e), !PersonTitles.functionWordSet.contains(b, s, e), titles.title(s, e, in: b) == nil
        else { return false }
        return PersonTitles.mayBeForeignNameWord(context.text(s, e))
    }

    func person(open: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        let titles = context.gazetteer.personTitles
        // The name touches `(`: a Hangul syllable right before it.
        guard let p = HangulBytes.scalarStart(before: open, lower: context.lower, in: b),
              HangulBytes.isHangulSyllable(HangulBytes.scalar(at: p, in: b).value) else { return nil }
        let lastLo = HangulBytes.hangulRunStart(endingAt: open, lower: context.lower, in: b)
        guard lastLo < open, !context.isCovered(lastLo), context.isWordStart(lastLo) else { return nil }
        // `고문(서울성심병원장)`: a title before the parentheses is no name.
        guard titles.title(lastLo, open, in: b) == nil, !PersonTitles.everydayTitleSet.contains(b, lastLo, open) else { return nil }
        guard let (title, body, after, named) = inside(open: open, context: context), listContinues(after, context: context) else { return nil }
        // With no body inside (`후지타 다카노리(NPO법인이사)`, `수행(파이살 외교장관)`), only a list
        // another member opened.
        if !named, !context.mentions.contains(where: { $0.rule == name && $0.range.upperBound < lastLo }) { return nil }
        var lo = lastLo
        if titles.isKoreanName(b, lastLo, open) == true {
            // `이와하시 마코토(…)`: a transcribed family name before a word that reads as a Korean name.
            if !opensItem(lastLo, context: context), case let end = HangulBytes.skipBlanksBackward(from: lastLo, lower: context.lower, in: b), end < lastLo,
               case let start = HangulBytes.hangulRunStart(endingAt: end, lower: context.lower, in: b), end - start >= 9,
               opensItem(start, context: context), !context.isCovered(start), context.isWordStart(start),
               isForeignNameWord(start, end, context: context) {
                lo = start
            }
        } else {
            // Two or three transcribed words, the list marking where the name begins.
            var words = [(lastLo, open)]
            while words.count < 3, !opensItem(lo, context: context) {
                let end = HangulBytes.skipBlanksBackward(from: lo, lower: context.lower, in: b)
                guard end < lo else { return nil }
                let start = HangulBytes.hangulRunStart(endingAt: end, lower: context.lower, in: b)
                guard start < end, !context.isCovered(start), context.isWordStart(start) else { return nil }
                words.append((start, end))
                lo = start
            }
            guard words.count >= 2, opensItem(lo, context: context) else { return nil }
            // A given name may have one syllable (스즈키 겐), a family name not.
            for (k, (s, e)) in words.enumerated() where !(k == 0 && e - s == 3 ? isForeignNameWord(s, e, context: context, minSyllables: 1)
                                                                                 : isForeignNameWord(s, e, context: context)) { return nil }
        }
        var props = ["title": title]
        if let body {
            props["affiliation"] = body.canonical
            props["affiliation_kind"] = body.kind.rawValue
            if let c = body.properties["country"] { props["country"] = c }
        }
        let surface = context.text(lo, open)
        return Mention(range: SourceRange(lo, open), kind: .person, canonical: surface, surface: surface, properties: props, rule: name)
    }
}
