/// The press-release abbreviation `X研` for a research institute: `화학研` → 한국화학연구원.
///
/// `X연구원`, then `한국X연구원`, is looked up in the gazetteer; an unknown X gives nothing.
public struct ResearchAbbreviationRule: EntityRule {
    public let name = "institute.abbreviation"
    static let yeon: [UInt8] = Array("研".utf8)

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        var i = context.lower
        while i + 3 <= context.upper {
            if b[i] != Self.yeon[0] { i = HangulBytes.next(Self.yeon[0], from: i + 1, upper: context.upper, in: b); continue }
            defer { i += 1 }
            guard b[i] == Self.yeon[0], b[i + 1] == Self.yeon[1], b[i + 2] == Self.yeon[2] else { continue }
            let start = HangulBytes.hangulRunStart(endingAt: i, lower: context.lower, in: b)
            guard i - start >= 6 else { continue }
            let stem = context.text(start, i)
            let g = context.gazetteer
            guard let idx = g.entryByName[stem + "연구원"] ?? g.entryByName["한국" + stem + "연구원"] else { continue }
            let e = g.entries[idx]
            let surface = context.text(start, i + 3)
            context.add(Mention(range: SourceRange(start, i + 3), kind: e.kind, canonical: e.canonical, surface: surface,
                                aliases: g.aliasSets[idx].union([surface]), rule: name))
        }
    }
}
