/// A foreign official's ministry written with the bare name of a Korean one, right after the
/// official's spelled name: `로베르트 쿠피에츠키(Robert Kupiecki) 외교부 안보 담당 차관`,
/// `아흐메드 알리 알 사예그(Ahmed Ali Al Sayegh) 외교부 국무장관` in a release about Poland or the UAE.
///
/// A name spelled in Latin letters is a foreign person's, so the ministry their title follows is
/// their country's, not Korea's, though the gazetteer reads the bare word (`외교부`) as Korea's.
/// The country is the one foreign country the sentence names (with two or more, nothing is
/// decided). The mention keeps its range; its canonical name becomes `<country> <word>`
/// (`폴란드 외교부`) with `country` recorded, as ``ForeignNamesakeBodyRule`` names a body written
/// after its country. Runs before ``SpelledForeignNameRule``, which then takes it as the affiliation.
public struct SpelledOfficialBodyRule: EntityRule {
    public let name = "ministry.spelled-official-body"

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        // Cheap refusals first: a `)` must stand in the sentence, and a foreign country.
        guard HangulBytes.next(0x29, from: context.lower, upper: context.upper, in: b) < context.upper else { return }
        var country: String?
        for m in context.mentions where m.kind == .country && !m.canonical.isKorea {
            if let c = country, c != m.canonical { return }
            country = m.canonical
        }
        guard let country else { return }
        for k in context.mentions.indices {
            let body = context.mentions[k]
            guard body.kind == .ministry, body.properties["country"] == nil, body.rule == "gazetteer.ministry",
                  let last = HangulBytes.scalarStart(before: body.range.upperBound, lower: body.range.lowerBound, in: b),
                  ForeignNamesakeBodyRule.headScalars.contains(HangulBytes.scalar(at: last, in: b).value),
                  Self.followsSpelledName(body.range.lowerBound, context: context) else { continue }
            let word = context.text(body.range.lowerBound, body.range.upperBound)
            context.update(Mention(range: body.range, kind: .ministry, canonical: country + " " + word, surface: body.surface,
                                   properties: ["country": country], rule: name))
        }
    }

    /// True when a Latin spelling of a name, `(Robert Kupiecki)`, ends right before `lo` (one
    /// blank or none): two words or more, each opening with a capital, after a Hangul word.
    static func followsSpelledName(_ lo: Int, context: ExtractionContext) -> Bool {
        let b = context.bytes
        var close = lo
        if close > context.lower, b[close - 1] == 0x20 { close -= 1 }
        guard close > context.lower, b[close - 1] == 0x29 else { return false }
        var k = close - 2, words = 1, wordStart = true
        while k > context.lower, b[k] != 0x28, close - k <= SpelledForeignNameRule.maxSpellingBytes {
            let c = b[k]
            if c == 0x20 {
                words += 1
            } else if !((c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2E || c == 0x2D || c == 0x27 || c >= 0x80) {
                return false
            }
            k -= 1
        }
        guard k > context.lower, b[k] == 0x28, words >= 2 else { return false }
        // Every word opens with a capital (a lower-case word is a gloss: `(Ministry of Economy)`).
        var i = k + 1
        while i < close - 1 {
            if wordStart, !(b[i] >= 0x41 && b[i] <= 0x5A) { return false }
            wordStart = b[i] == 0x20
            i += 1
        }
        var p = k
        if p > context.lower, b[p - 1] == 0x20 { p -= 1 }
        guard let s = HangulBytes.scalarStart(before: p, lower: context.lower, in: b) else { return false }
        return HangulBytes.isHangulSyllable(HangulBytes.scalar(at: s, in: b).value)
    }
}
