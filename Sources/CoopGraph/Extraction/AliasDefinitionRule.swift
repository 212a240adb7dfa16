/// Short names a document defines in parentheses right after a body:
/// `한국생산기술연구원(이하 생기원)`, `산업통상자원부(장관 방문규, 이하 산업부)`,
/// `한국화학연구원(KRICT)`, `일리노이대학교(University of Illinois)`.
///
/// Each short name becomes an alias of the body's node and a document-local name that
/// ``LocalAliasRule`` finds later; the short name in the parenthesis is itself a mention.
/// Other parts (`장관 방문규`) are left to the person rules.
public struct AliasDefinitionRule: EntityRule {
    public let name = "alias.definition"

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        var i = context.lower
        while i < context.upper {
            guard b[i] == 0x28 else { i = HangulBytes.next(0x28, from: i + 1, upper: context.upper, in: b); continue }
            defer { i += 1 }
            guard var owner = context.mention(endingAt: Self.nameEnd(before: i, context: context)), owner.kind != .person else { continue }
            var close = i + 1
            while close < context.upper, b[close] != 0x29, b[close] != 0x28 { close += 1 }
            guard close < context.upper, b[close] == 0x29 else { continue }
            var partStart = i + 1
            var k = i + 1
            while k <= close {
                if k == close || b[k] == 0x2C {
                    if let alias = aliasRange(partStart, k, context: context) {
                        let text = context.text(alias.lowerBound, alias.upperBound)
                        owner.aliases.insert(text)
                        context.update(owner)
                        context.document.define(alias: text, for: owner)
                        context.add(Mention(range: alias, kind: owner.kind, canonical: owner.canonical, surface: text,
                                            aliases: [text], properties: owner.properties, rule: name))
                    }
                    partStart = k + 1
                }
                k += 1
            }
            i = close
        }
    }

    /// Skips blanks and closing quotes between a name and its parenthesis: `「국가희소금속센터」(이하 …)`.
    static func nameEnd(before i: Int, context: ExtractionContext) -> Int {
        let b = context.bytes
        var end = HangulBytes.skipBlanksBackward(from: i, lower: context.lower, in: b)
        while let p = HangulBytes.scalarStart(before: end, lower: context.lower, in: b) {
            let v = HangulBytes.scalar(at: p, in: b).value
            guard v == 0x300D || v == 0x300F || v == 0x2019 || v == 0x201D || v == 0x22 || v == 0x27 else { break }
            end = p
        }
        return end
    }

    /// The alias inside one comma-separated part, or nil when the part is something else.
    func aliasRange(_ lo: Int, _ hi: Int, context: ExtractionContext) -> SourceRange? {
        let b = context.bytes
        var s = HangulBytes.skipBlanks(from: lo, upper: hi, in: b)
        var e = HangulBytes.skipBlanksBackward(from: hi, lower: s, in: b)
        guard e > s else { return nil }
        let text = context.text(s, e)
        if text.hasPrefix("이하") {
            s = HangulBytes.skipBlanks(from: s + 6, upper: e, in: b)
            // Quotes around the short name: ‘생기원’, "생기원", 「…」.
            for q in ["‘", "“", "\"", "'", "「", "『"] where context.text(s, e).hasPrefix(q) { s += q.utf8.count }
            for q in ["’", "”", "\"", "'", "」", "』"] where context.text(s, e).hasSuffix(q) { e -= q.utf8.count }
            // `이하 '생기원'이라 한다`: keep the name only.
            let runEnd = HangulBytes.hangulRunEnd(from: s, upper: e, in: b)
            if runEnd < e, runEnd > s, b[runEnd] != 0x20 { e = runEnd }
            return e > s ? SourceRange(s, e) : nil
        }
        // An ASCII abbreviation or English name: KRICT, MSP, University of Illinois.
        var letters = 0
        for k in s..<e {
            let c = b[k]
            if c >= 0x80 { return nil }
            if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) { letters += 1 }
        }
        guard letters >= 2, b[s] >= 0x41 && b[s] <= 0x5A else { return nil }
        return SourceRange(s, e)
    }
}
