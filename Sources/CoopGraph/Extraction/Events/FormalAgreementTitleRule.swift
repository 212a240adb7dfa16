/// A treaty written under its formal title (`X 설립에 관한 대한민국 정부와 유네스코 간의 협정`):
/// the bodies between `에 관한` and `간(의)` are its parties, and `X 설립 협정` is its short name.
///
/// Formal titles name both sides inside the name itself, so no counterpart particle (`A와`)
/// stands before them; without this rule such a treaty has no parties and only a name
/// nobody else writes. `A와 B 간 X 협정` (no `에 관한`) gives the parties alone.
struct FormalAgreementTitleRule: EventRule {
    let name = "agreement.formal-title"

    private static let about = Array("에 관한 ".utf8)
    private static let between = Array(" 간의 ".utf8)
    private static let betweenShort = Array(" 간 ".utf8)
    private static let koreaFormal = Array("대한민국".utf8)
    private static let clauseMarks = ["은 ", "는 ", ",", "다."].map { Array($0.utf8) }

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        for a in w.agreements.indices {
            // The name in the body: from its start in the first sentence naming it to its last word
            // (evidence spans are source offsets, not body offsets).
            guard let si = w.agreements[a].sentences.first, let last = w.agreements[a].name.split(separator: " ").last else { continue }
            let sr = t.sentences[si].range
            let lo = w.agreements[a].start
            guard lo >= sr.lowerBound, lo < sr.upperBound, let k = t.find(Array(last.utf8), in: SourceRange(lo, sr.upperBound)) else { continue }
            let r = SourceRange(lo, k + last.utf8.count)
            guard r.count > 12 else { continue }
            // Cheap refusal: a formal title always has 간 (EA B0 84) somewhere in it.
            guard let (p2, len) = lastBetween(in: r, t) else { continue }
            // A clause read as a name (`이번 포럼은 … 국가 간 …`, `… 계기로, 양국 간 …`) is no title.
            guard !Self.clauseMarks.contains(where: { t.find($0, in: SourceRange(r.lowerBound, p2)) != nil }) else { continue }
            let p1 = firstAbout(in: SourceRange(r.lowerBound, p2), t)
            let partyRange = SourceRange(p1.map { $0 + Self.about.count } ?? r.lowerBound, p2)
            let parties = t.mentions(in: partyRange).filter { $0.kind != .person }
            // `대한민국 정부와`: Korea inside a quoted title is often no mention of its own.
            let korea = t.find(Self.koreaFormal, in: partyRange) != nil
            // Both sides, or one and Korea, after `에 관한`; without it both sides (`A와 B 간`).
            guard parties.count + (korea ? 1 : 0) >= (p1 == nil ? 2 : 1) else { continue }
            // Without `에 관한` the title starts with its sides (`대한민국 정부와 벨리즈 정부 간 …`).
            if p1 == nil, !(korea && (t.matches(Self.koreaFormal, at: r.lowerBound) || t.matches(Self.koreaFormal, at: r.lowerBound + 3))),
               parties.first.map({ $0.range.lowerBound > r.lowerBound + 3 }) ?? true { continue }
            for m in parties { w.agreements[a].parties[m.nodeID] = m }
            if korea, !parties.contains(where: { $0.canonical == "한국" }) { w.agreements[a].countries.insert("한국") }
            if let p1, p1 > r.lowerBound {
                let subject = String(EventText.collapse(t.string(SourceRange(r.lowerBound, p1)))
                    .drop { "「『‘“\"'《〈<".contains($0) })
                let kind = EventText.collapse(t.string(SourceRange(p2 + len, r.upperBound)))
                if !subject.isEmpty, !kind.isEmpty, !kind.contains(" ") {
                    let short = subject + " " + kind
                    if short != w.agreements[a].name { w.agreements[a].aliases.insert(short) }
                }
            }
        }
    }

    /// The last ` 간의 ` or ` 간 ` in `r` and its length.
    private func lastBetween(in r: SourceRange, _ t: EventText) -> (Int, Int)? {
        var i = r.upperBound - Self.betweenShort.count
        while i >= r.lowerBound {
            if t.b[i] == 0x20 {
                if i + Self.between.count <= r.upperBound, t.matches(Self.between, at: i) { return (i, Self.between.count) }
                if t.matches(Self.betweenShort, at: i) { return (i, Self.betweenShort.count) }
            }
            i -= 1
        }
        return nil
    }

    /// The first `에 관한 ` in `r`.
    private func firstAbout(in r: SourceRange, _ t: EventText) -> Int? {
        var i = r.lowerBound
        while i + Self.about.count <= r.upperBound {
            if t.b[i] == 0xEC, t.matches(Self.about, at: i) { return i }
            i += 1
        }
        return nil
    }
}
