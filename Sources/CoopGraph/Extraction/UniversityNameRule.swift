/// Universities written in two words, as releases transcribe foreign ones: `텔아비브 대학 교수`,
/// `얼스터 대학교의`, `사이프러스 오픈대학 교수` (a country, then a one-word university).
///
/// Two shapes:
/// - a name word, a blank, then `대학` or `대학교` as a word of its own, followed by a person
///   title (`교수`, `총장` …) or a Latin gloss (`(Tel Aviv University)`): the title or gloss is
///   what tells a name (`텔아비브 대학 교수`) from a description (`지역 대학`, `협력 대학`);
/// - a foreign country right before a one-word university that no gazetteer knows
///   (`사이프러스 오픈대학`): the university is named with its country, as in `Open University of Cyprus`.
///
/// The name word must be two to six syllables, not a stop word, not a modifier (`국내외`,
/// `주요`, `해외`, `참여` …) and not covered by another mention.
public struct UniversityNameRule: EntityRule {
    public let name = "body.university"

    static let heads: [[UInt8]] = [Array("대학교".utf8), Array("대학".utf8)]

    /// Words that describe universities rather than name one.
    static let modifiers: Set<String> = [
        "국내", "국내외", "국외", "해외", "외국", "주요", "유명", "명문", "세계", "세계적", "지역", "지방", "수도권", "비수도권",
        "거점", "연구중심", "국립", "사립", "공립", "전문", "일반", "참여", "협약", "협력", "파트너", "자매", "선정", "우수",
        "대표", "글로벌", "혁신", "중심", "지정", "현지", "해당", "인근", "다른", "전국", "소속", "각", "타", "여러", "모든",
        "우리", "상위", "하위", "신생", "유수", "최고", "최상위", "미국", "공과", "의과", "사범", "방송통신", "사이버", "원격",
        "대상", "주관", "연합", "컨소시엄", "개방형", "혁신형", "특성화", "공동", "복수", "희망", "입학", "졸업", "출신",
    ]

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        // Both shapes end in 대학: one search rules out most sentences.
        guard ByteSearch.firstIndex(of: Self.heads[1], in: UnsafeBufferPointer(rebasing: b[context.lower..<context.upper])) != nil else { return }
        // The Hangul words: `.hangul` runs starting a word (a syllable inside a run never does).
        let scan = context.runs
        for k in scan.runs.indices where scan.runs[k].kind == .hangul && scan.isWordStart(k) {
            let i = scan.runs[k].lo, runEnd = scan.runs[k].hi
            if let head = Self.head(at: i, runEnd: runEnd, in: b) {
                if let m = twoWords(headStart: i, headEnd: i + head, runEnd: runEnd, context: context) { context.add(m) }
            } else if let m = countryAndUniversity(start: i, runEnd: runEnd, context: context) {
                context.add(m)
            }
        }
    }

    /// The byte length of `대학교`/`대학` when the word at `lo` is that head and particles.
    static func head(at lo: Int, runEnd: Int, in b: UnsafeBufferPointer<UInt8>) -> Int? {
        for h in heads where lo + h.count <= runEnd && h.indices.allSatisfy({ b[lo + $0] == h[$0] }) {
            if KoreanParticles.isParticleTail(lo + h.count, runEnd, in: b) { return h.count }
        }
        return nil
    }

    func twoWords(headStart: Int, headEnd: Int, runEnd: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        // One blank, then the name word, right before the head.
        guard headStart - 1 > context.lower, b[headStart - 1] == 0x20 else { return nil }
        let nameEnd = headStart - 1
        let nameStart = HangulBytes.hangulRunStart(endingAt: nameEnd, lower: context.lower, in: b)
        let syllables = (nameEnd - nameStart) / 3
        guard syllables >= 2, syllables <= 6, context.isWordStart(nameStart), !context.isCovered(nameStart) else { return nil }
        let word = context.text(nameStart, nameEnd)
        guard !Self.modifiers.contains(word), !context.gazetteer.stopwordSet.contains(word),
              !PersonTitles.functionWordSet.contains(word), let last = word.last, !PersonTitles.particleEnds.contains(last),
              context.gazetteer.personTitles.title(nameStart, nameEnd, in: b) == nil else { return nil }
        guard followedByTitleOrGloss(headEnd: headEnd, runEnd: runEnd, context: context) else { return nil }
        let full = context.text(nameStart, headEnd)
        return Mention(range: SourceRange(nameStart, headEnd), kind: .organization, canonical: full, surface: full,
                       aliases: [word + context.text(headStart, headEnd)], rule: name)
    }

    /// A person title as the next word (`교수`, `총장`), or a Latin gloss naming a university.
    func followedByTitleOrGloss(headEnd: Int, runEnd: Int, context: ExtractionContext) -> Bool {
        let b = context.bytes
        guard runEnd == headEnd else { return false }
        let next = HangulBytes.skipBlanks(from: headEnd, upper: context.upper, in: b)
        guard next < context.upper else { return false }
        if b[next] == 0x28 {
            var j = next + 1
            while j < context.upper, j - next < 80, b[j] != 0x29 { j += 1 }
            guard j < context.upper else { return false }
            let gloss = context.text(next + 1, j)
            return gloss.contains("University") || gloss.contains("College") || gloss.contains("Universit")
        }
        let nextEnd = HangulBytes.hangulRunEnd(from: next, upper: context.upper, in: b)
        guard nextEnd > next else { return false }
        return context.gazetteer.personTitles.title(next, nextEnd, in: b) != nil
    }

    /// `사이프러스 오픈대학`: a foreign country mention, a blank, a university word that the
    /// body pattern found but no gazetteer knows.
    func countryAndUniversity(start: Int, runEnd: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        guard let uni = context.mention(startingAt: start), uni.rule == "body.pattern", uni.kind == .organization,
              uni.surface.hasSuffix("대학") || uni.surface.hasSuffix("대학교"),
              start - 1 > context.lower, b[start - 1] == 0x20,
              let country = context.mention(endingAt: start - 1), country.kind == .country, !country.canonical.isKorea else { return nil }
        let full = context.text(country.range.lowerBound, uni.range.upperBound)
        var m = Mention(range: SourceRange(country.range.lowerBound, uni.range.upperBound), kind: .organization, canonical: full,
                        surface: full, aliases: [uni.surface], properties: ["country": country.canonical], rule: name)
        m.aliases.insert(uni.canonical)
        return m
    }
}
