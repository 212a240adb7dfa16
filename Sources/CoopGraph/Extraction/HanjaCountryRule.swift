/// A standalone Hanja country abbreviation before a name: `美 일리노이대학교`, `日 경제산업성`.
///
/// Only a single Hanja that the gazetteer lists as a country form (`美 日 中 韓 英 獨 佛`),
/// starting a word and followed by a blank and another word.
public struct HanjaCountryRule: EntityRule {
    public let name = "country.hanja"

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        var i = context.lower
        while i < context.upper {
            // Hanja lead bytes are E4–E9 (and EF for compatibility ideographs); Hangul's are EA–ED.
            // To the next such byte, sixteen bytes at a time.
            i = ByteSearch.firstIndex(inRange: 0xE4, 0xE9, or: 0xEF, in: b, from: i, to: context.upper)
            guard i < context.upper else { break }
            guard (b[i] >= 0xE4 && b[i] <= 0xE9) || b[i] == 0xEF else { i += 1; continue }
            let s = HangulBytes.scalar(at: i, in: b)
            defer { i += s.length }
            guard HangulBytes.isHanja(s.value), context.isWordStart(i), !context.isCovered(i) else { continue }
            let end = i + s.length
            guard end < context.upper, b[end] == 0x20 else { continue }
            let next = HangulBytes.skipBlanks(from: end, upper: context.upper, in: b)
            guard next < context.upper, HangulBytes.isWordScalar(HangulBytes.scalar(at: next, in: b).value),
                  let idx = context.gazetteer.compoundFormTable.value(b, i, end) else { continue }
            let e = context.gazetteer.entries[idx]
            guard e.kind == .country else { continue }
            context.add(Mention(range: SourceRange(i, end), kind: .country, canonical: e.canonical,
                                surface: context.text(i, end), aliases: context.gazetteer.aliasSets[idx], rule: name))
        }
    }
}
