/// A foreign ministry written with the name of a Korean one after its country: `피지 국방부`,
/// `필리핀 법무부`, `태국 국방부장관` (the body, then a title in the same word).
///
/// The gazetteer reads the bare word as Korea's body and ``ForeignBodyRule`` leaves a word the
/// gazetteer holds alone; but a country (not Korea) written right before a ministry, agency or
/// office name (`…부`, `…청`, `…처`) is that country's body. The mention spans both words, its
/// canonical name is `<country> <word as written>` and `country` records the state. A country
/// joined to another by a compound mark (`한-태국 국방부`, `한국·태국 …`) or ending a list
/// (`미국, 일본 외교부`) names no one owner, and is passed over.
public struct ForeignNamesakeBodyRule: EntityRule {
    public let name = "ministry.foreign-namesake"

    /// `부 청 처`: the last syllables of the Korean bodies' names read here.
    static let headScalars = ScalarSet(["부", "청", "처"].compactMap { $0.unicodeScalars.first?.value })

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        var k = 0
        // A country followed by a body is two mentions: nothing to do in a sentence with fewer.
        guard context.mentions.count > 1 else { return }
        while k + 1 < context.mentions.count {
            defer { k += 1 }
            let country = context.mentions[k]
            guard country.kind == .country, !country.canonical.isKorea else { continue }
            let end = country.range.upperBound
            guard end < context.upper, b[end] == 0x20 else { continue }
            let start = HangulBytes.skipBlanks(from: end, upper: context.upper, in: b)
            let body = context.mentions[k + 1]
            guard body.range.lowerBound == start, body.kind == .ministry, body.properties["country"] == nil,
                  body.rule == "gazetteer.ministry",
                  let last = HangulBytes.scalarStart(before: body.range.upperBound, lower: start, in: b),
                  Self.headScalars.contains(HangulBytes.scalar(at: last, in: b).value),
                  !Self.isJoined(before: country.range.lowerBound, context: context) else { continue }
            let word = context.text(start, body.range.upperBound)
            let m = Mention(range: SourceRange(country.range.lowerBound, body.range.upperBound), kind: .ministry,
                            canonical: country.canonical + " " + word, surface: context.text(country.range.lowerBound, body.range.upperBound),
                            properties: ["country": country.canonical], rule: name)
            // Replaces the two mentions with one: the next index is the word after the body.
            context.add(m)
        }
    }

    /// True when the country ends a compound or a list: the scalar before it (blanks skipped)
    /// is a compound mark, a comma or a middle dot.
    static func isJoined(before lo: Int, context: ExtractionContext) -> Bool {
        let b = context.bytes
        let p = HangulBytes.skipBlanksBackward(from: lo, lower: context.lower, in: b)
        guard let s = HangulBytes.scalarStart(before: p, lower: context.lower, in: b) else { return false }
        let v = HangulBytes.scalar(at: s, in: b).value
        return HangulBytes.isCompoundSeparator(v) || v == 0x2C || v == 0xFF0C || v == 0x3001
    }
}
