/// Bodies the gazetteer does not know, by the head of a one-word name: `한국금속재료연구조합`,
/// `일본철강연맹`, `국가희소금속센터`, `캘거리대학교`.
///
/// Precision first: the word must start at a boundary, end in a head (`연구원`, `협회`, …)
/// possibly followed by particles, and have a proper-name-like stem: at least two syllables
/// (three for heads that are also common nouns: `공사`, `센터`, `조합`, `재단`, `공단`,
/// `협의회`), not a stopword, not starting with a modifier such as `관련`, `주요`, `국내`.
/// `생산기술연구원` resolves to the gazetteer's `한국생산기술연구원` when that exists.
public struct BodyPatternRule: EntityRule {
    public let name = "body.pattern"

    struct Head { var text: String; var kind: NodeKind; var minStem: Int }

    static let heads: [Head] = [
        Head(text: "연구조합", kind: .institute, minStem: 2), Head(text: "연구원", kind: .institute, minStem: 2),
        Head(text: "연구소", kind: .institute, minStem: 2), Head(text: "진흥원", kind: .institute, minStem: 2),
        Head(text: "센터", kind: .institute, minStem: 3), Head(text: "연합회", kind: .organization, minStem: 2),
        Head(text: "협의회", kind: .organization, minStem: 3), Head(text: "위원회", kind: .organization, minStem: 3),
        Head(text: "협회", kind: .organization, minStem: 2), Head(text: "연맹", kind: .organization, minStem: 2),
        Head(text: "조합", kind: .organization, minStem: 3), Head(text: "재단", kind: .organization, minStem: 3),
        Head(text: "공단", kind: .organization, minStem: 3), Head(text: "공사", kind: .organization, minStem: 3),
        Head(text: "대학교", kind: .organization, minStem: 2), Head(text: "대학", kind: .organization, minStem: 2),
    ].sorted { $0.text.utf8.count > $1.text.utf8.count }

    /// Stem openings that make a descriptive phrase, not a name.
    static let modifiers: [String] = [
        "관련", "주요", "해당", "국내", "글로벌", "해외", "공공", "지역", "전국", "민간", "기존", "신규", "전문", "우리",
        "이번", "양국", "관계", "산하", "소속", "협력", "지원", "현지", "전체", "모든", "다른", "일부", "여러", "인근",
        "각", "연구", "기술", "운영", "준비", "자문", "실무", "조직", "추진", "집행", "공동", "국가별", "지자체", "광역",
        "책임", "선임", "수석", "박사", "학생", "신설", "설립", "대상", "참여", "회원",
    ]

    /// Stems that are only a kind of body, never a name: `국립대학`, `사립대학`.
    static let genericStems: Set<String> = ["국립", "사립", "공립", "지방", "거점", "특성화", "일반", "명문", "우수", "전문", "사회적협동"]

    /// `센터` names a facility type far more often than a body (`예방접종센터`, `고객지원센터`):
    /// only centres whose name opens like an institution's count.
    static let centreOpenings: [String] = ["국립", "국가", "한국", "대한", "중앙", "세계", "아시아", "국제"]

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        var i = context.lower
        while i < context.upper {
            let s = HangulBytes.scalar(at: i, in: b)
            guard HangulBytes.isHangulSyllable(s.value), context.isWordStart(i) else { i += s.length; continue }
            let runEnd = HangulBytes.hangulRunEnd(from: i, upper: context.upper, in: b)
            if !context.isCovered(i), let m = match(start: i, runEnd: runEnd, context: context) { context.add(m) }
            i = runEnd
        }
    }

    func match(start: Int, runEnd: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        var end = runEnd
        while end - start >= 9 {
            if KoreanParticles.isParticleTail(end, runEnd, in: b) || isTitle(end, runEnd, context: context) {
                let word = context.text(start, end)
                for head in Self.heads where word.hasSuffix(head.text) {
                    let stem = String(word.dropLast(head.text.count))
                    guard stem.count >= head.minStem, isNameLike(stem, context: context) else { break }
                    if head.text == "센터", !opensLikeInstitution(stem, context: context) { break }
                    return mention(word: word, stem: stem, head: head, range: SourceRange(start, end), context: context)
                }
            }
            end -= 3
        }
        return nil
    }

    func isTitle(_ lo: Int, _ hi: Int, context: ExtractionContext) -> Bool {
        KoreanParticles.splits(lo, hi, in: context.bytes).contains {
            context.gazetteer.personTitles.isTitleRemainder(context.text(lo, $0))
        }
    }

    func isNameLike(_ stem: String, context: ExtractionContext) -> Bool {
        let stop = context.gazetteer.stopwords
        if stop.contains(stem) || Self.genericStems.contains(stem) { return false }
        for m in Self.modifiers where stem.hasPrefix(m) && stem.count > m.count || stem == m { return false }
        return true
    }

    func opensLikeInstitution(_ stem: String, context: ExtractionContext) -> Bool {
        if Self.centreOpenings.contains(where: { stem.hasPrefix($0) }) { return true }
        for n in stride(from: min(stem.count, 5), through: 2, by: -1) {
            if let idx = context.gazetteer.entryByName[String(stem.prefix(n))], context.gazetteer.entries[idx].kind == .country { return true }
        }
        return false
    }

    func mention(word: String, stem: String, head: Head, range: SourceRange, context: ExtractionContext) -> Mention {
        let g = context.gazetteer
        if let idx = g.entryByName[word] ?? g.entryByName["한국" + word] {
            let e = g.entries[idx]
            var props: [String: String] = [:]
            if let c = e.properties["country"] { props["country"] = c }
            return Mention(range: range, kind: e.kind, canonical: e.canonical, surface: word, aliases: Set(e.aliases).union([word]),
                           properties: props, rule: "\(name).gazetteer")
        }
        var props: [String: String] = [:]
        for n in stride(from: min(stem.count, 5), through: 2, by: -1) {
            if let idx = g.entryByName[String(stem.prefix(n))], g.entries[idx].kind == .country {
                props["country"] = g.entries[idx].canonical
                break
            }
        }
        return Mention(range: range, kind: head.kind, canonical: word, surface: word, properties: props, rule: name)
    }
}
