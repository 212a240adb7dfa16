/// Companies of Korea's business groups, written with the group's Latin prefix against a Hangul
/// name: `SK네트웍스`, `LG화학의`, `CJ대한통운`, `HD현대인프라코어`, `LX판토스`.
///
/// The prefix is one of a closed list of group names (`SK`, `LG`, `GS`, `CJ`, `LS`, `HD`, …)
/// (not `DB`: a database) that opens its word, followed at once by one Hangul word that is not
/// particles alone (`KT가`, `LG의`); common particles after it are
/// dropped (`와`, `의`, `은` …, and `이` after a final consonant, as for ``CompanyMarkRule``).
/// A company the gazetteer knows keeps the gazetteer's mention (`SK하이닉스`, `LG전자`); the group
/// alone (`LS` of `LS엠트론`) gives way.
public struct GroupCompanyRule: EntityRule {
    public let name = "organization.group-company"

    /// Group prefixes, longest first (`SKC` before `SK`).
    static let prefixes: [[UInt8]] = ["HDC", "SKC", "KCC", "OCI", "BNK", "DGB", "SK", "LG", "GS", "CJ", "LS", "HD", "KT", "LX", "HL", "DL", "KB", "NH"]
        .map { Array($0.utf8) }.sorted { $0.count > $1.count }

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        // A prefix opens a run of ASCII letters (a capital after a letter or digit opens no word).
        for r in context.runs.runs where r.kind == .latin {
            let i = r.lo
            guard i + 2 < context.upper, b[i] >= 0x41, b[i] <= 0x5A,
                  i == context.lower || !CompanyMarkRule.isNameByte(b[i - 1]) else { continue }
            if let m = company(at: i, context: context) { context.add(m) }
        }
    }

    func company(at i: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        guard let p = Self.prefixes.first(where: { p in i + p.count < context.upper && p.indices.allSatisfy { b[i + $0] == p[$0] } }) else { return nil }
        let start = i + p.count
        guard HangulBytes.isHangulSyllable(HangulBytes.scalar(at: start, in: b).value), context.isWordStart(i) else { return nil }
        let runEnd = HangulBytes.hangulRunEnd(from: start, upper: context.upper, in: b)
        // Latin letters or digits going on after the Hangul make another kind of word.
        if runEnd < context.upper, CompanyMarkRule.isNameByte(b[runEnd]) { return nil }
        // The group alone with particles, or a word an earlier rule read (the gazetteer's `SK하이닉스와도`).
        guard !KoreanParticles.isParticleTail(start, runEnd, in: b),
              !context.mentions.contains(where: { $0.range.overlaps(SourceRange(i, runEnd)) && $0.range.upperBound > start }) else { return nil }
        var end = runEnd
        for q in CompanyMarkRule.particles where end - q.count >= start + 3 && q.indices.allSatisfy({ b[end - q.count + $0] == q[$0] }) {
            end -= q.count
            break
        }
        if end == runEnd, end - 3 >= start + 3, HangulBytes.scalar(at: end - 3, in: b).value == 0xC774,
           case let v = HangulBytes.scalar(at: end - 6, in: b).value, HangulBytes.isHangulSyllable(v), (v - 0xAC00) % 28 != 0 {
            end -= 3
        }
        let hangul = context.text(start, end)
        guard (end - start) / 3 >= 1, (end - start) / 3 <= 10, !context.gazetteer.stopwordSet.contains(hangul),
              context.gazetteer.personTitles.title(start, end, in: b) == nil else { return nil }
        let word = context.text(i, end)
        return Mention(range: SourceRange(i, end), kind: .organization, canonical: word, surface: word, rule: name)
    }
}
