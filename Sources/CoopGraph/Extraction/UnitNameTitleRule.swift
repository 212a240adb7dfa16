/// A Korean official named before an internal unit and a title: `고경석 아프리카중동국 국장`,
/// `이지은 기획조정실 실장`.
///
/// The unit is one Hangul word of three to ten syllables ending in 국, 실, 단 or 팀 that no
/// mention covers; the name before it must read as a Korean full name (three syllables, no verb
/// ending) and the word after it as a title that is not an everyday noun (대표, 시장, 감사 …).
/// The title keeps the unit (`아프리카중동국 국장`), as titles keep sub-units. The unit is not a
/// body of its own in the graph, so the person gets no affiliation here (the issuing ministry
/// may give one later). Runs after the person rules: a person they found already covers the name.
public struct UnitNameTitleRule: EntityRule {
    public let name = "person.name-unit-title"

    public init() {}

    /// Last syllables of unit names: 국 (bureau), 실 (office), 단 (group), 팀 (team). (과, the
    /// division, is also the particle "and": `참석자들과 감사`.)
    static let unitEnds: [[UInt8]] = ["국", "실", "단", "팀"].map { Array($0.utf8) }
    /// Verb endings a three-syllable word may have that a name never does (`이라며`, `하면서`).
    static let verbEnds: Set<Character> = ["며", "고", "서", "면", "게", "록", "던", "다", "요"]
    /// Everyday titles that still name an official after a unit.
    static let unitHeads: Set<String> = ["국장", "과장", "단장", "팀장", "부장", "실장"]

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        let ends = Self.unitEnds
        // Cheap refusal first: a blank right after a unit-ending syllable, i.e. right after a
        // Hangul run (the syllable's bytes end no other kind of run).
        let runs = context.runs.runs
        for r in runs where r.kind == .hangul && r.hi < context.upper && b[r.hi] == 0x20 {
            let i = r.hi
            // The unit syllables' last bytes differ (국 AD, 실 A4, 단 A8, 팀 80): one test refuses most words.
            let last = b[i - 1]
            guard last == 0xAD || last == 0xA4 || last == 0xA8 || last == 0x80 else { continue }
            if i >= context.lower + 9, i - 3 >= context.lower, ends.contains(where: { $0[0] == b[i - 3] && $0[1] == b[i - 2] && $0[2] == b[i - 1] }),
               let m = person(unitEnd: i, context: context) {
                context.add(m)
            }
        }
    }

    func person(unitEnd: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        let titles = context.gazetteer.personTitles
        let unitStart = HangulBytes.hangulRunStart(endingAt: unitEnd, lower: context.lower, in: b)
        let syllables = HangulBytes.syllableCount(unitStart, unitEnd)
        guard syllables >= 3, syllables <= 10, context.isWordStart(unitStart), !context.isCovered(unitStart) else { return nil }
        // The title: the next word, particles allowed after it.
        let titleStart = unitEnd + 1
        let titleRun = HangulBytes.hangulRunEnd(from: titleStart, upper: context.upper, in: b)
        guard titleRun > titleStart, !context.isCovered(titleStart), let t = titles.title(titleStart, titleRun, in: b) else { return nil }
        // The unit itself must not be a title (`과장 국장`) and the name must stand alone before it.
        guard titles.title(unitStart, unitEnd, in: b) == nil, unitStart - 1 > context.lower, b[unitStart - 1] == 0x20 else { return nil }
        let nameEnd = unitStart - 1
        let nameStart = HangulBytes.hangulRunStart(endingAt: nameEnd, lower: context.lower, in: b)
        guard nameStart < nameEnd, context.isWordStart(nameStart), !context.isCovered(nameStart),
              titles.mayBeKoreanName(b, nameStart, nameEnd) else { return nil }
        // Full names only (three syllables or more): two-syllable words before a unit are mostly nouns.
        guard nameEnd - nameStart >= 9 else { return nil }
        let name = context.text(nameStart, nameEnd)
        guard titles.isKoreanName(name), !PersonTitles.functionWordSet.contains(name), !titles.stopwordSet.contains(name),
              let last = name.last, !Self.verbEnds.contains(last), titles.title(nameStart, nameEnd, in: b) == nil,
              Self.unitHeads.contains(t.title) || !PersonTitles.everydayTitles.contains(t.title),
              titles.acceptsWithoutBody(name: name, title: t.title) else { return nil }
        return Mention(range: SourceRange(nameStart, nameEnd), kind: .person, canonical: name, surface: name,
                       properties: ["title": context.text(unitStart, unitEnd) + " " + t.title], rule: self.name)
    }
}
