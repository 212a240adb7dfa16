/// A multi-word body name the text sets in brackets: `「글로벌 기술협력 협의체」`.
///
/// Brackets (`「」`, `『』`) mark a proper name, so descriptive words are allowed inside; the
/// last word must end in a body head (`협의체`, `협의회`, `위원회`, `센터`, `연구원`, …) and
/// the content must be one to six plain words. The name is also remembered as a document
/// name, so later unbracketed mentions (`글로벌 기술협력 협의체는`) are found too.
public struct BracketedBodyRule: EntityRule {
    public let name = "body.bracketed"

    static let heads: [([UInt8], NodeKind)] = [
        ("협의체", NodeKind.organization), ("협의회", .organization), ("위원회", .organization), ("협회", .organization),
        ("연맹", .organization), ("재단", .organization), ("얼라이언스", .organization), ("연합", .organization),
        ("네트워크", .organization), ("센터", .institute), ("연구원", .institute), ("연구소", .institute), ("연구조합", .institute),
    ].map { (Array($0.0.utf8), $0.1) }

    /// Heads that, in a hyphenated bilateral name, name talks rather than a body.
    static let sessionHeads: [[UInt8]] = ["협의회", "위원회", "협의체"].map { Array($0.utf8) }

    static let open: [UInt32: UInt32] = [0x300C: 0x300D, 0x300E: 0x300F]
    static let maxBytes = 90

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        var i = context.lower
        while i < context.upper {
            if b[i] != 0xE3 { i = HangulBytes.next(0xE3, from: i + 1, upper: context.upper, in: b); continue }
            // 「 and 『 are E3 80 8C and E3 80 8E: test bytes before decoding anything.
            guard b[i] == 0xE3, i + 2 < context.upper, b[i + 1] == 0x80, b[i + 2] == 0x8C || b[i + 2] == 0x8E else { i += 1; continue }
            let s = HangulBytes.scalar(at: i, in: b)
            defer { i += s.length }
            guard let close = Self.open[s.value] else { continue }
            let lo = i + s.length
            var j = lo, words = 1, ok = true, hyphen = false
            while j < context.upper, j - lo <= Self.maxBytes {
                let c = HangulBytes.scalar(at: j, in: b)
                if c.value == close { break }
                // A hyphen joins the sides of a bilateral name: `「한-아세안 표준협력 네트워크」`.
                if c.value == 0x2D { hyphen = true } else if c.value == 0x20 { words += 1 } else if !HangulBytes.isWordScalar(c.value) { ok = false; break }
                j += c.length
            }
            guard ok, j < context.upper, j > lo, words <= 6, HangulBytes.scalar(at: j, in: b).value == close,
                  b[lo] != 0x20, b[j - 1] != 0x20, words > 1 else { continue }
            guard let head = Self.heads.first(where: { h in
                h.0.count < j - lo && h.0.indices.allSatisfy { b[j - h.0.count + $0] == h.0[$0] }
            }) else { continue }
            // A bilateral council or committee (`「제21차 한-EU 공동위원회」`) is a session of talks.
            if hyphen, Self.sessionHeads.contains(where: { $0 == head.0 }) { continue }
            let text = context.text(lo, j)
            let m = Mention(range: SourceRange(lo, j), kind: head.1, canonical: text, surface: text, rule: name)
            if context.add(m) { context.document.defineName(text, for: m) }
        }
    }
}
