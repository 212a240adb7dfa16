/// `양국` ("both countries") as mentions of the two countries of the document's bilateral
/// compound (`한-일` → 한국, 일본), when the document has exactly one such pair.
public struct BilateralReferenceRule: EntityRule {
    public let name = "country.bilateral-reference"
    static let word: [UInt8] = Array("양국".utf8)

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        let w = Self.word
        var i = context.lower
        while i + w.count <= context.upper {
            // Only where the word's third byte (a rare continuation byte) is, found with memchr:
            // every other start fails the byte comparison below.
            let k = HangulBytes.next(w[2], from: i + 2, upper: context.upper, in: b)
            guard k < context.upper else { break }
            i = k - 2
            guard i + w.count <= context.upper else { break }
            if b[i] == w[0], LocalAliasRule.equal(b, at: i, w), context.isWordStart(i),
               KoreanParticles.acceptsEnd(i + w.count, upper: context.upper, in: b), !context.isCovered(i) {
                context.document.bothCountriesSpans.append(SourceRange(i, i + w.count))
                i += w.count
            } else {
                i += 1
            }
        }
    }

    public func finish(_ document: inout DocumentExtractionState, gazetteer: Gazetteer) {
        // Most documents have no `양국`: skip sorting their compounds.
        guard !document.bothCountriesSpans.isEmpty else { return }
        let pairs = Set(document.compounds.filter { $0.count == 2 }.map { $0.sorted() })
        guard pairs.count == 1, let pair = pairs.first, !document.compounds.contains(where: { $0.count > 2 }) else { return }
        for span in document.bothCountriesSpans {
            for c in pair {
                let aliases = gazetteer.countryByCanonical[c].map { gazetteer.aliasSets[$0] } ?? []
                document.mentions.append(Mention(range: span, kind: .country, canonical: c, surface: "양국", aliases: aliases, rule: name))
            }
        }
    }
}
