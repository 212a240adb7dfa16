/// Bodies the gazetteer does not know, by the head of a one-word name: `한국금속재료연구조합`,
/// `일본철강연맹`, `국가희소금속센터`, `캘거리대학교`, `부산세관` (a customs office, a government body).
///
/// Precision first: the word must start at a boundary, end in a head (`연구원`, `협회`, …)
/// possibly followed by particles or a title, and have a proper-name-like stem: at least two
/// syllables (three for heads that are also common nouns: `공사`, `센터`, `조합`, `재단`,
/// `공단`, `협의회`, `위원회`), not a stopword, not opening with a modifier such as `관련`,
/// `주요`, `국내`. A `센터` must open like an institution (`국립`, `한국`, a country).
/// `생산기술연구원` resolves to the gazetteer's `한국생산기술연구원` when that exists.
/// Matching runs on bytes; strings are built only for accepted names.
public struct BodyPatternRule: EntityRule {
    public let name = "body.pattern"

    struct Head: Sendable { var bytes: [UInt8]; var kind: NodeKind; var minStem: Int; var isCentre: Bool }

    static let heads: [Head] = [
        ("연구조합", NodeKind.institute, 2), ("연구원", .institute, 2), ("연구소", .institute, 2), ("진흥원", .institute, 2),
        ("센터", .institute, 3), ("연합회", .organization, 2), ("협의회", .organization, 3), ("위원회", .organization, 3),
        ("협회", .organization, 2), ("연맹", .organization, 2), ("조합", .organization, 3), ("재단", .organization, 3),
        ("공단", .organization, 3), ("공사", .organization, 3), ("대학교", .organization, 2), ("대학", .organization, 2),
        ("세관", .ministry, 2), ("학회", .organization, 2),
    ].map { Head(bytes: Array($0.0.utf8), kind: $0.1, minStem: $0.2, isCentre: $0.0 == "센터") }
        .sorted { $0.bytes.count > $1.bytes.count }

    /// Last scalars of the heads: the cheap first test at every word end.
    static let headFinals = ScalarSet(heads.compactMap { String(decoding: $0.bytes, as: UTF8.self).unicodeScalars.last?.value })

    /// Stem openings that make a descriptive phrase, not a name.
    static let modifiers: [[UInt8]] = [
        "관련", "주요", "해당", "국내", "글로벌", "해외", "공공", "지역", "전국", "민간", "기존", "신규", "전문", "우리",
        "이번", "양국", "관계", "산하", "소속", "협력", "지원", "현지", "전체", "모든", "다른", "일부", "여러", "인근",
        "각", "연구", "기술", "운영", "준비", "자문", "실무", "조직", "추진", "집행", "공동", "국가별", "지자체", "광역",
        "책임", "선임", "수석", "박사", "학생", "신설", "설립", "대상", "참여", "회원", "대표", "유관",
    ].map { Array($0.utf8) }

    /// Stems that are only a kind of body, never a name: `국립대학`, `사립대학`.
    static let genericStems = ByteKeyTable(strings: ["국립", "사립", "공립", "지방", "거점", "특성화", "일반", "명문", "우수", "전문", "사회적협동",
                                                  "의과", "행정", "공과", "사범", "간호", "약학", "법과", "인문", "과학기술", "정부간"])

    /// `센터` names a facility type far more often than a body (`예방접종센터`, `고객지원센터`).
    static let centreOpenings: [[UInt8]] = ["국립", "국가", "한국", "대한", "중앙", "세계", "아시아", "국제"].map { Array($0.utf8) }

    static let korea: [UInt8] = Array("한국".utf8)

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        // Candidates are the Hangul words: `.hangul` runs of three syllables or more that start
        // a word (a syllable inside a run never does).
        let scan = context.runs
        for k in scan.runs.indices {
            let r = scan.runs[k]
            guard r.kind == .hangul, r.hi - r.lo >= 9, scan.isWordStart(k), !context.isCovered(r.lo),
                  let m = match(start: r.lo, runEnd: r.hi, context: context),
                  !Self.isMeetingSeries(m, context: context) else { continue }
            context.add(m)
        }
    }

    func match(start: Int, runEnd: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        var end = runEnd
        while end - start >= 9 {
            defer { end -= 3 }
            guard Self.headFinals.contains(HangulBytes.scalar(at: end - 3, in: b).value) else { continue }
            guard let head = Self.heads.first(where: { h in
                h.bytes.count < end - start && h.bytes.indices.allSatisfy { b[end - h.bytes.count + $0] == h.bytes[$0] }
            }) else { continue }
            guard KoreanParticles.isParticleTail(end, runEnd, in: b) || isTitle(end, runEnd, context: context) else { continue }
            let stemEnd = end - head.bytes.count
            guard (stemEnd - start) / 3 >= head.minStem, isNameLike(start, stemEnd, context: context),
                  !head.isCentre || opensLikeInstitution(start, stemEnd, context: context) else { return nil }
            return mention(start, end, stemEnd: stemEnd, kind: head.kind, context: context)
        }
        return nil
    }

    func isTitle(_ lo: Int, _ hi: Int, context: ExtractionContext) -> Bool {
        KoreanParticles.splits(lo, hi, in: context.bytes).contains {
            context.gazetteer.personTitles.isTitleRemainder(context.bytes, lo, $0)
        }
    }

    static func hasPrefix(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, _ p: [UInt8]) -> Bool {
        p.count <= hi - lo && p.indices.allSatisfy { b[lo + $0] == p[$0] }
    }

    func isNameLike(_ lo: Int, _ hi: Int, context: ExtractionContext) -> Bool {
        let b = context.bytes
        if context.gazetteer.stopwordTable.contains(b, lo, hi) || Self.genericStems.contains(b, lo, hi) { return false }
        return !Self.modifiers.contains { Self.hasPrefix(b, lo, hi, $0) }
    }

    func opensLikeInstitution(_ lo: Int, _ hi: Int, context: ExtractionContext) -> Bool {
        Self.centreOpenings.contains { Self.hasPrefix(context.bytes, lo, hi, $0) } || countryPrefix(lo, hi, context: context) != nil
    }

    /// The country a stem opens with (`일본철강` → 일본).
    func countryPrefix(_ lo: Int, _ hi: Int, context: ExtractionContext) -> String? {
        let g = context.gazetteer
        var n = min((hi - lo) / 3, 5)
        while n >= 2 {
            if let idx = g.nameTable.value(context.bytes, lo, lo + 3 * n), g.entries[idx].kind == .country { return g.entries[idx].canonical }
            n -= 1
        }
        return nil
    }

    func mention(_ lo: Int, _ hi: Int, stemEnd: Int, kind: NodeKind, context: ExtractionContext) -> Mention {
        let g = context.gazetteer
        let word = context.text(lo, hi)
        let range = SourceRange(lo, hi)
        if let idx = g.entryByName[word] ?? (Self.hasPrefix(context.bytes, lo, hi, Self.korea) ? nil : g.entryByName["한국" + word]) {
            let e = g.entries[idx]
            var props: [String: String] = [:]
            if let c = e.properties["country"] { props["country"] = c }
            return Mention(range: range, kind: e.kind, canonical: e.canonical, surface: word, aliases: g.aliasSets[idx].union([word]),
                           properties: props, rule: "\(name).gazetteer")
        }
        var props: [String: String] = [:]
        if let c = countryPrefix(lo, stemEnd, context: context) { props["country"] = c }
        return Mention(range: range, kind: kind, canonical: word, surface: word, properties: props, rule: name)
    }
}
