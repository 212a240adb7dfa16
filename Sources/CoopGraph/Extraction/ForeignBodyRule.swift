/// A foreign government body named after its country: `일본 경제산업성`, `미국 에너지부`,
/// `미국 환경보호청`, `미국 국제개발처`.
///
/// The country mention (not Korea) is followed by one word ending in `부`, `청`, `처`, `국`
/// or (for ministries such as `경제산업성`, `외무성`) `성` after a ministry-like stem. The
/// mention spans both words; its canonical name keeps the country prefix, the bare name is
/// an alias, and `country` records the state (for a `part_of` edge).
public struct ForeignBodyRule: EntityRule {
    public let name = "ministry.foreign"

    /// Last syllables of stems of `…성` ministries (외무, 재무, 경제산업, 문부과학, 국토교통,
    /// 후생노동, 환경, 방위, 총무, 법무); excludes `가능성`, `중요성`, `경쟁성`.
    static let seongStemEnds: Set<String> = ["무", "업", "학", "통", "동", "경", "위", "산"]
    static let stemStops: Set<String> = ["행정", "연방", "중앙", "지방", "정부", "내부", "외부", "본부", "일부", "전부", "세부"]
    /// The two lists answered on bytes: a `Set<String>` lookup hashes a Korean word with
    /// normalisation, for every candidate after a country.
    static let seongStemEndSet = PlainStringSet(seongStemEnds)
    static let stemStopSet = PlainStringSet(stemStops)

    /// `부 청 처 국 성`: the last syllables the switch below accepts.
    static let headScalars = ScalarSet(["부", "청", "처", "국", "성"].compactMap { $0.unicodeScalars.first?.value })

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        // The mentions as they were before this rule (it adds some), by index: a `for country in`
        // copied every mention out before testing its kind.
        let found = context.mentions
        for k in found.indices where found[k].kind == .country && !found[k].canonical.isKorea {
            let country = found[k]
            let start = HangulBytes.skipBlanks(from: country.range.upperBound, upper: context.upper, in: b)
            guard start > country.range.upperBound, start < context.upper,
                  HangulBytes.isHangulSyllable(HangulBytes.scalar(at: start, in: b).value) else { continue }
            var runEnd = HangulBytes.hangulRunEnd(from: start, upper: context.upper, in: b)
            // `외교·디아스포라부`, `외교·국제협력부`: a middle dot joins the parts of one name.
            while runEnd + 2 < context.upper, b[runEnd] == 0xC2, b[runEnd + 1] == 0xB7,
                  HangulBytes.isHangulSyllable(HangulBytes.scalar(at: runEnd + 2, in: b).value) {
                runEnd = HangulBytes.hangulRunEnd(from: runEnd + 2, upper: context.upper, in: b)
            }
            var end = runEnd
            while end - start >= 9 {
                defer { end -= 3 }
                // The head syllable first, on bytes: most words end otherwise and need no strings.
                guard Self.headScalars.contains(HangulBytes.scalar(at: end - 3, in: b).value),
                      KoreanParticles.isParticleTail(end, runEnd, in: b) else { continue }
                let word = context.text(start, end)
                guard let last = word.last else { continue }
                let stem = String(word.dropLast())
                // A government or the authorities in general: 신정부, 행정부, 통상당국.
                guard !word.hasSuffix("정부"), !word.hasSuffix("당국") else { continue }
                guard stem.count >= 2, !Self.stemStopSet.contains(stem), !context.gazetteer.stopwordSet.contains(stem),
                      !context.gazetteer.stopwordSet.contains(word) else { continue }
                switch last {
                case "부", "청", "처": break
                case "국": guard stem.count >= 3 else { continue }
                case "성": guard let sl = stem.last, Self.seongStemEndSet.contains(String(sl)) else { continue }
                default: continue
                }
                if let existing = context.mention(startingAt: start), existing.kind.isBody { break }
                let canonical = country.canonical + " " + word
                context.add(Mention(range: SourceRange(country.range.lowerBound, end), kind: .ministry, canonical: canonical,
                                    surface: context.text(country.range.lowerBound, end), aliases: [word],
                                    properties: ["country": country.canonical], rule: name))
                break
            }
        }
    }
}
