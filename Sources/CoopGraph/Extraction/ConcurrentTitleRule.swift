/// A person holding two posts at once, `A 겸 B`: the post tied to a body is the title that counts.
///
/// - `유은혜 부총리 겸 교육부 장관` → title `장관`, affiliation 교육부 (a Korean body before the title);
/// - `교육부장관` after `겸`, for a Korean person → `장관`, affiliation 교육부;
/// - `왕이(王毅) 중국 국무위원 겸 외교부장` → `외교부장` for a foreign person: the compound is the
///   foreign post (外交部长), the person stays affiliated with their country.
///
/// Runs after the person rules: it rewrites the title (and affiliation) of a person found in the
/// sentence when the person's title is followed by ` 겸 ` within the next words.
public struct ConcurrentTitleRule: EntityRule {
    public let name = "person.concurrent-title"
    static let joiner: [UInt8] = Array(" 겸 ".utf8)
    static let window = 200

    public init() {}

    /// `겸` on its own between blanks, as a Hangul run of that one syllable: ` 겸 ` in the
    /// sentence's bytes, read off its scalar runs instead of searching the bytes.
    static func hasJoiner(_ context: ExtractionContext) -> Bool {
        let b = context.bytes, runs = context.runs.runs
        for k in runs.indices where runs[k].kind == .hangul && runs[k].hi - runs[k].lo == 3 {
            let lo = runs[k].lo, hi = runs[k].hi
            if lo - 1 >= context.lower, hi < context.upper, b[lo - 1] == 0x20, b[hi] == 0x20,
               b[lo] == joiner[1], b[lo + 1] == joiner[2], b[lo + 2] == joiner[3] { return true }
        }
        return false
    }

    public func apply(_ context: inout ExtractionContext) {
        // Every rewrite needs ` 겸 ` after the person, inside the sentence: without it in the
        // sentence nothing changes, and the persons need not be copied nor their titles searched.
        guard context.upper - context.lower >= Self.joiner.count, Self.hasJoiner(context) else { return }
        let persons = context.mentions.filter { $0.kind == .person }
        for p in persons {
            guard let title = p.properties["title"], let updated = rewrite(p, title: title, context: context) else { continue }
            context.update(updated)
        }
    }

    func rewrite(_ p: Mention, title: String, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        let key = Array(title.utf8) + Self.joiner
        let limit = min(context.upper, p.range.upperBound + Self.window)
        guard let at = Self.find(key, in: b, from: p.range.upperBound, to: limit) else { return nil }
        // The title must be this person's: no other person in between.
        guard !context.mentions.contains(where: { $0.kind == .person && $0.range.lowerBound >= p.range.upperBound && $0.range.lowerBound < at }) else { return nil }
        let q = at + key.count
        let run = HangulBytes.hangulRunEnd(from: q, upper: context.upper, in: b)
        guard run > q else { return nil }
        let titles = context.gazetteer.personTitles
        let foreign = p.properties["country"].map { !$0.isKorea } ?? false
        var m = p
        if let body = context.mention(startingAt: q), body.kind.isBody {
            if body.range.upperBound < run {
                // 교육부장관, 외교부장: a body and a title in one word.
                guard let end = KoreanParticles.splits(body.range.upperBound, run, in: b).first(where: {
                    $0 > body.range.upperBound && titles.isTitleRemainder(b, body.range.upperBound, $0)
                }) else { return nil }
                if foreign {
                    m.properties["title"] = context.text(q, end)
                } else {
                    m.properties["title"] = context.text(body.range.upperBound, end)
                    m.affiliate(with: body.canonical, kind: body.kind)
                }
            } else {
                // 교육부 장관: the body, then the title as the next word.
                let next = HangulBytes.skipBlanks(from: run, upper: context.upper, in: b)
                let nextRun = HangulBytes.hangulRunEnd(from: next, upper: context.upper, in: b)
                guard next > run, nextRun > next, let t = titles.title(next, nextRun, in: b) else { return nil }
                m.properties["title"] = t.title
                if !foreign || body.properties["country"] == p.properties["country"] { m.affiliate(with: body.canonical, kind: body.kind) }
            }
        } else if let t = titles.title(q, run, in: b) {
            m.properties["title"] = t.title
        } else {
            return nil
        }
        return m.properties == p.properties ? nil : m
    }

    /// The first start of `key` in `lo..<hi`.
    static func find(_ key: [UInt8], in b: UnsafeBufferPointer<UInt8>, from lo: Int, to hi: Int) -> Int? {
        guard !key.isEmpty, lo >= 0, lo <= hi, hi <= b.count else { return nil }
        return ByteSearch.firstIndex(of: key, in: UnsafeBufferPointer(rebasing: b[lo..<hi])).map { $0 + lo }
    }
}
