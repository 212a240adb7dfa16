/// A foreign person whose body is named before the name rather than after it:
/// `세계은행의 동아시아 교육국 크리스티안 에도(Cristian Aedo) 국장`,
/// `아세안 사무국 사회-문화 공동체의 에카팝 판타봉(…) 사무차장`.
///
/// For a person found with a spelled name and no body of their own (none, or only a country),
/// a body mention ending at most three unit words before the name (the body may take `의`; the
/// words may hold `-`, `·` and end in `의`) becomes the affiliation. No other punctuation may
/// come between, so a body of another clause is never taken.
public struct PrecedingBodyRule: EntityRule {
    public let name = "person.preceding-body"
    static let maxWords = 3

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        // By index: a `for p in` copied every mention out before testing its kind.
        for i in context.mentions.indices where context.mentions[i].kind == .person && context.mentions[i].rule.hasPrefix("person.spelled-foreign-name") {
            let p = context.mentions[i]
            if let kind = p.properties["affiliation_kind"].flatMap(NodeKind.init(rawValue:)), kind.isBody { continue }
            guard let body = body(before: p.range.lowerBound, context: context) else { continue }
            var m = p
            m.affiliate(with: body.canonical, kind: body.kind)
            context.update(m)
        }
    }

    func body(before start: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        var pos = start
        for _ in 0...Self.maxWords {
            let end = HangulBytes.skipBlanksBackward(from: pos, lower: context.lower, in: b)
            guard end > context.lower else { return nil }
            // A body ending here, alone or with 의.
            if let m = context.mention(endingAt: end), m.kind.isBody { return m }
            if end - 3 > context.lower, context.text(end - 3, end) == "의", let m = context.mention(endingAt: end - 3), m.kind.isBody { return m }
            // Else one unit word: Hangul with - or · inside.
            var ws = end
            while let p = HangulBytes.scalarStart(before: ws, lower: context.lower, in: b) {
                let v = HangulBytes.scalar(at: p, in: b).value
                guard HangulBytes.isHangulSyllable(v) || v == 0x2D || v == 0xB7 else { break }
                ws = p
            }
            guard ws < end, ws > context.lower, b[ws - 1] == 0x20, !context.isCovered(ws) else { return nil }
            pos = ws
        }
        return nil
    }
}
