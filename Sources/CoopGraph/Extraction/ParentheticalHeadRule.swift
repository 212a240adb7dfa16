/// The head of a body named in parentheses right after it, in the forms `PersonRule` leaves:
///
/// - with a colon: `산업통상자원부(장관: 이창양)`;
/// - with two posts: `교육부(부총리 겸 교육부장관 유은혜)`, `교육부(부총리 겸 교육부 장관 유은혜)`;
/// - with the body repeated in the title: `통일부(통일부장관 이인영)`.
///
/// The title is the post tied to the body (`장관`), the affiliation the body inside the
/// parentheses, else the one before them. The name must be a Korean name followed by `)`, `,`
/// or a blank: a person named in passing, whom the event rules never count as taking part.
public struct ParentheticalHeadRule: EntityRule {
    public let name = "person.parenthetical-head"
    static let joiner = "겸"

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        ExtractionContext.forEachOffset(of: 0x28, in: &context) { i, context in
            if let m = person(open: i, context: context) { context.add(m) }
        }
    }

    /// The Hangul word at `lo` (up to its run end).
    func word(_ lo: Int, context: ExtractionContext) -> (lo: Int, hi: Int)? {
        let hi = HangulBytes.hangulRunEnd(from: lo, upper: context.upper, in: context.bytes)
        return hi > lo ? (lo, hi) : nil
    }

    /// A title in `w`, or a body and a title in one word: the title and the inner body.
    func title(in w: (lo: Int, hi: Int), context: ExtractionContext) -> (title: String, body: Mention?)? {
        let b = context.bytes
        let titles = context.gazetteer.personTitles
        if let m = context.mention(startingAt: w.lo), m.kind.isBody, m.range.upperBound < w.hi,
           titles.isTitleRemainder(b, m.range.upperBound, w.hi) {
            return (context.text(m.range.upperBound, w.hi), m)
        }
        if !context.isCovered(w.lo), titles.isTitleRemainder(b, w.lo, w.hi) { return (context.text(w.lo, w.hi), nil) }
        return nil
    }

    func person(open: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        let end = HangulBytes.skipBlanksBackward(from: open, lower: context.lower, in: b)
        guard let outer = context.mention(endingAt: end), outer.kind.isBody else { return nil }
        var pos = HangulBytes.skipBlanks(from: open + 1, upper: context.upper, in: b)
        guard let first = word(pos, context: context), var post = title(in: first, context: context) else { return nil }
        pos = first.hi
        var shape = "colon"
        if pos < context.upper, b[pos] == 0x3A {
            pos += 1
        } else {
            let next = HangulBytes.skipBlanks(from: pos, upper: context.upper, in: b)
            guard let w = word(next, context: context) else { return nil }
            if context.text(w.lo, w.hi) == Self.joiner {
                // 부총리 겸 교육부장관 / 부총리 겸 교육부 장관
                let q = HangulBytes.skipBlanks(from: w.hi, upper: context.upper, in: b)
                guard let second = word(q, context: context) else { return nil }
                if let t = title(in: second, context: context) {
                    post = t
                    pos = second.hi
                } else if let body = context.mention(startingAt: second.lo), body.kind.isBody, body.range.upperBound == second.hi {
                    let r = HangulBytes.skipBlanks(from: second.hi, upper: context.upper, in: b)
                    guard let third = word(r, context: context), let t = title(in: third, context: context), t.body == nil else { return nil }
                    post = (t.title, body)
                    pos = third.hi
                } else {
                    return nil
                }
                shape = "concurrent"
            } else if post.body != nil {
                shape = "body-title"
            } else {
                return nil // `(장관 방문규)` is PersonRule's
            }
        }
        let nameStart = HangulBytes.skipBlanks(from: pos, upper: context.upper, in: b)
        guard nameStart > pos || shape == "colon", let n = word(nameStart, context: context), !context.isCovered(n.lo) else { return nil }
        let name = context.text(n.lo, n.hi)
        let after = n.hi < context.upper ? b[n.hi] : 0x29
        guard after == 0x29 || after == 0x2C || after == 0x20, context.gazetteer.personTitles.isKoreanName(name) else { return nil }
        let body = post.body ?? outer
        let props = ["title": post.title, "affiliation": body.canonical, "affiliation_kind": body.kind.rawValue]
        return Mention(range: SourceRange(n.lo, n.hi), kind: .person, canonical: name, surface: name, properties: props,
                       rule: "\(self.name).\(shape)")
    }
}
