/// Foreign companies written in Latin letters with their legal form: `Deep Safety GmbH`,
/// `Canadian Commercial Corporation`, `NIIO Inc.`, `HK Yilin Shipping Co., Ltd.`.
///
/// The legal form (`GmbH`, `Inc.`, `Ltd.`, `LLC`, `Corp.`, `Corporation`, `PLC`, `B.V.`, `N.V.`,
/// `S.A.`, `Co., Ltd.`) ends the name; before it come one to five words that open with a
/// capital letter or a digit (letters, digits, `&`, `-`, `.`, `'`), one blank apart. `AG` is
/// left out: capitals before it are as often a heading (`JOINT STATEMENT ON AG`) or an office.
/// Canonical: the whole name with its form; the name without it is an alias (`Deep Safety`).
public struct LatinCompanyRule: EntityRule {
    public let name = "organization.latin-company"

    /// Legal forms as whole words (a trailing `.` included where written).
    static let forms: [[UInt8]] = ["GmbH", "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "Corp.", "Corporation", "PLC", "plc", "B.V.", "N.V.", "S.A."]
        .map { Array($0.utf8) }
    /// `Co.,` before `Ltd`: part of the form.
    static let company: [[UInt8]] = ["Co.,", "Co.", "Co"].map { Array($0.utf8) }
    static let maxWords = 5

    public init() {}

    static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x26 || c == 0x2D || c == 0x2E || c == 0x27 || c == 0x2C
    }

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        // A form opens a run of ASCII letters with a capital (or `p` of `plc`) after a blank.
        for r in context.runs.runs where r.kind == .latin {
            let start = r.lo
            guard start - 1 >= context.lower, b[start - 1] == 0x20, start + 2 < context.upper,
                  (b[start] >= 0x41 && b[start] <= 0x5A) || b[start] == 0x70 else { continue }
            var end = start
            while end < context.upper, Self.isWordByte(b[end]) { end += 1 }
            // A comma or full stop after the form belongs to the sentence (`Inc.,`), not to the form.
            var formEnd = end
            while formEnd > start, b[formEnd - 1] == 0x2C { formEnd -= 1 }
            if Self.forms.contains(where: { f in f.count == formEnd - start && f.indices.allSatisfy { b[start + $0] == f[$0] } }),
               formEnd == end || b[formEnd] == 0x2C, let m = company(formStart: start, formEnd: formEnd, context: context) {
                context.add(m)
            }
        }
    }

    func company(formStart: Int, formEnd: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        var nameEnd = formStart - 1          // the blank before the form
        var words: [(lo: Int, hi: Int)] = []
        var hi = nameEnd
        while words.count < Self.maxWords, hi > context.lower {
            var lo = hi
            while lo > context.lower, Self.isWordByte(b[lo - 1]) { lo -= 1 }
            guard lo < hi, (b[lo] >= 0x41 && b[lo] <= 0x5A) || (b[lo] >= 0x30 && b[lo] <= 0x39) else { break }
            // `Co., Ltd.`: `Co.,` is part of the form, not of the name.
            if words.isEmpty, Self.company.contains(where: { c in c.count == hi - lo && c.indices.allSatisfy { b[lo + $0] == c[$0] } }) {
                nameEnd = lo - 1
                guard lo - 1 > context.lower, b[lo - 1] == 0x20 else { return nil }
                hi = lo - 1
                continue
            }
            // `Samsung, LG Corp.`: a comma ends a list item, not a name word.
            guard b[hi - 1] != 0x2C else { break }
            words.insert((lo, hi), at: 0)
            guard lo - 1 > context.lower, b[lo - 1] == 0x20 else { break }
            hi = lo - 1
        }
        guard let first = words.first, let last = words.last, last.hi <= nameEnd,
              !context.mentions.contains(where: { $0.range.overlaps(SourceRange(first.lo, formEnd)) && !SourceRange(first.lo, formEnd).contains($0.range) })
        else { return nil }
        let full = context.text(first.lo, formEnd)
        let bare = context.text(first.lo, last.hi)
        return Mention(range: SourceRange(first.lo, formEnd), kind: .organization, canonical: full, surface: full,
                       aliases: [bare], rule: name)
    }
}
