/// An official named with a body, an internal unit of it and a title, in the two orders the
/// releases use: `조계연 외교부 기후환경과학외교국 심의관`, `전재성 서울대학교 정치외교학부 교수`
/// (name, body, unit, title) and `외교부 한민영 기후환경과학외교국 심의관` (body, name, unit, title).
///
/// The body is a mention standing as a whole word (its Latin abbreviation may follow:
/// `대외경제정책연구원(KIEP) 세계지역연구센터 소장`). The unit is one Hangul word of two to twelve
/// syllables that no mention covers, ends like a unit (국 실 과 부 단 팀 처 원 소 터: bureau,
/// office, division, department, school, centre …) and is no title itself; the next word is a
/// title (particles allowed). The name must read as a Korean full name (three syllables or
/// more). The title keeps the unit (`기후환경과학외교국 심의관`), the body is the affiliation.
/// Runs after `PersonRule` (which reads a title right after the body) and before
/// `UnitNameTitleRule` (which would take the name without its body).
public struct BodyUnitTitleRule: EntityRule {
    public let name = "person.body-unit-title"

    /// Last syllables of unit names, as UTF-8.
    static let unitEnds: [[UInt8]] = ["국", "실", "과", "부", "단", "팀", "처", "원", "소", "터"].map { Array($0.utf8) }

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        // Bodies are few per sentence; most sentences have no unit after any of them.
        var i = 0
        while i < context.mentions.count {
            if context.mentions[i].kind.isBody, let p = person(after: i, context: context) { context.add(p) }
            i += 1
        }
    }

    /// The Hangul word starting at `lo`, when a blank follows it.
    func word(at lo: Int, context: ExtractionContext) -> (lo: Int, hi: Int)? {
        let hi = HangulBytes.hangulRunEnd(from: lo, upper: context.upper, in: context.bytes)
        guard hi > lo, hi < context.upper, context.bytes[hi] == 0x20 else { return nil }
        return (lo, hi)
    }

    /// A unit word: two to twelve syllables, a unit ending, no mention, no title.
    func isUnit(_ w: (lo: Int, hi: Int), context: ExtractionContext) -> Bool {
        let b = context.bytes
        let n = HangulBytes.syllableCount(w.lo, w.hi)
        guard n >= 2, n <= 12, w.hi - w.lo == 3 * n,
              Self.unitEnds.contains(where: { $0[0] == b[w.hi - 3] && $0[1] == b[w.hi - 2] && $0[2] == b[w.hi - 1] }),
              !context.isCovered(w.lo), context.gazetteer.personTitles.title(w.lo, w.hi, in: b) == nil else { return false }
        let text = context.text(w.lo, w.hi)
        return !context.gazetteer.personTitles.stopwordSet.contains(text) && !PersonTitles.functionWordSet.contains(text)
    }

    /// A Korean full name in `lo..<hi` that no mention covers.
    func isName(_ lo: Int, _ hi: Int, context: ExtractionContext) -> Bool {
        let titles = context.gazetteer.personTitles
        guard hi - lo >= 9, !context.isCovered(lo), titles.mayBeKoreanName(context.bytes, lo, hi) else { return false }
        let name = context.text(lo, hi)
        return titles.isKoreanName(name) && titles.title(lo, hi, in: context.bytes) == nil && !UnitNameTitleRule.verbEnds.contains(name.last ?? " ")
    }

    /// The title word after the unit `u`, if any: (title, end of the word).
    func title(after u: (lo: Int, hi: Int), context: ExtractionContext) -> String? {
        let lo = u.hi + 1
        let hi = HangulBytes.hangulRunEnd(from: lo, upper: context.upper, in: context.bytes)
        guard hi > lo, !context.isCovered(lo) else { return nil }
        return context.gazetteer.personTitles.title(lo, hi, in: context.bytes)?.title
    }

    func person(after index: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        let body = context.mentions[index]
        var pos = body.range.upperBound
        guard pos + 1 < context.upper, b[pos] == 0x20 || b[pos] == 0x28, context.isWordStart(body.range.lowerBound) else { return nil }
        if let a = SpelledForeignNameRule.abbreviationEnd(pos, upper: context.upper, in: b) { pos = a }
        pos = HangulBytes.skipBlanks(from: pos, upper: context.upper, in: b)
        guard let first = word(at: pos, context: context) else { return nil }
        if isUnit(first, context: context), let t = title(after: first, context: context) {
            // name body unit title
            let nameEnd = HangulBytes.skipBlanksBackward(from: body.range.lowerBound, lower: context.lower, in: b)
            guard nameEnd < body.range.lowerBound else { return nil }
            let nameStart = HangulBytes.hangulRunStart(endingAt: nameEnd, lower: context.lower, in: b)
            guard context.isWordStart(nameStart), isName(nameStart, nameEnd, context: context) else { return nil }
            return mention(nameStart, nameEnd, unit: first, title: t, body: body, shape: "name-body-unit", context: context)
        }
        // body name unit title
        guard isName(first.lo, first.hi, context: context), let unit = word(at: first.hi + 1, context: context),
              isUnit(unit, context: context), let t = title(after: unit, context: context) else { return nil }
        return mention(first.lo, first.hi, unit: unit, title: t, body: body, shape: "body-name-unit", context: context)
    }

    func mention(_ lo: Int, _ hi: Int, unit: (lo: Int, hi: Int), title: String, body: Mention, shape: String, context: ExtractionContext) -> Mention {
        var props = ["title": context.text(unit.lo, unit.hi) + " " + title, "affiliation": body.canonical, "affiliation_kind": body.kind.rawValue]
        if let c = body.properties["country"], !c.isKorea { props["country"] = c }
        let name = context.text(lo, hi)
        return Mention(range: SourceRange(lo, hi), kind: .person, canonical: name, surface: name, properties: props, rule: "\(self.name).\(shape)")
    }
}
