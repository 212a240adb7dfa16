/// A Korean official whose title is set off from the body by a Latin acronym or footnote marks:
/// `산업통상자원부 이경식 FTA교섭관`, `권용우 외교부 BIE* 협력대사`, `김재신 한-아세안센터** 사무총장`.
///
/// The person rules read a title only right after a body or a name, so an acronym opening the
/// title (the field of the post: FTA, ODA, BIE) or a footnote mark after the body hides the
/// person. Here the gap is read first — an upper-case acronym of two to six letters, footnote
/// marks (`*`), or both — then a title word after it, then before it either a body with a Korean
/// name before that (name, body, title) or a Korean name with a body before that (body, name,
/// title). The acronym stays in the title (`FTA교섭관`, `BIE 협력대사`, as written); the marks do not.
public struct MarkedTitleRule: EntityRule {
    public let name = "person.marked-title"

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let runs = context.runs.runs
        let b = context.bytes
        var k = 0
        while k + 1 < runs.count {
            defer { k += 1 }
            let r = runs[k]
            var prefix: String?
            var j = k + 1
            switch r.kind {
            case .latin:
                guard r.hi - r.lo >= 2, r.hi - r.lo <= 6, (r.lo..<r.hi).allSatisfy({ b[$0] >= 0x41 && b[$0] <= 0x5A }),
                      k > 0, runs[k - 1].kind == .other, b[r.lo - 1] == 0x20 else { continue }
                prefix = context.text(r.lo, r.hi)
                // Marks and blanks after the acronym (`BIE* 협력대사`).
                if runs[j].kind == .other {
                    guard isGap(runs[j], stars: false, context: context), j + 1 < runs.count else { continue }
                    j += 1
                }
            case .other:
                // Footnote marks right after a word (`한-아세안센터** 사무총장`).
                // Most such runs are one blank or punctuation: a gap opens with `*` or a blank and
                // holds a `*`, so one blank alone is none (checked before reading the run).
                guard b[r.lo] == 0x2A || (b[r.lo] == 0x20 && r.hi - r.lo > 1),
                      k > 0, runs[k - 1].hi == r.lo, runs[k - 1].kind != .other, isGap(r, stars: true, context: context) else { continue }
            default:
                continue
            }
            let t = runs[j]
            guard t.kind == .hangul, let title = context.gazetteer.personTitles.title(t.lo, t.hi, in: b) else { continue }
            let blank = t.lo > runs[j - 1].lo && b[t.lo - 1] == 0x20
            let written = prefix.map { blank ? $0 + " " + title.title : $0 + title.title } ?? title.title
            guard let (lo, hi, body) = nameAndBody(endingAt: HangulBytes.skipBlanksBackward(from: r.lo, lower: context.lower, in: b), context: context) else { continue }
            let nameText = context.text(lo, hi)
            var p = Mention(range: SourceRange(lo, hi), kind: .person, canonical: nameText, surface: nameText, properties: ["title": written], rule: name)
            p.affiliate(with: body.canonical, kind: body.kind, isCountry: body.kind == .country)
            context.add(p)
        }
    }

    /// True when the run holds only blanks and (when `stars`, at least one) `*` marks.
    func isGap(_ r: ScalarRuns.Run, stars: Bool, context: ExtractionContext) -> Bool {
        let b = context.bytes
        var star = false
        for i in r.lo..<r.hi {
            if b[i] == 0x2A { star = true } else if b[i] != 0x20 { return false }
        }
        return star || !stars
    }

    /// The Korean name and the body before a gap ending at `end`: `name body` or `body name`.
    func nameAndBody(endingAt end: Int, context: ExtractionContext) -> (Int, Int, Mention)? {
        let b = context.bytes
        let titles = context.gazetteer.personTitles
        func koreanName(endingAt e: Int) -> Int? {
            let s = HangulBytes.hangulRunStart(endingAt: e, lower: context.lower, in: b)
            guard s < e, context.isWordStart(s), !context.isCovered(s), titles.isKoreanName(b, s, e) == true else { return nil }
            return s
        }
        if let body = context.mention(endingAt: end), body.kind.isBody {
            let e = HangulBytes.skipBlanksBackward(from: body.range.lowerBound, lower: context.lower, in: b)
            guard e < body.range.lowerBound, let s = koreanName(endingAt: e) else { return nil }
            return (s, e, body)
        }
        guard let s = koreanName(endingAt: end) else { return nil }
        let e = HangulBytes.skipBlanksBackward(from: s, lower: context.lower, in: b)
        guard e < s, let body = context.mention(endingAt: e), body.kind.isBody else { return nil }
        return (s, end, body)
    }
}
