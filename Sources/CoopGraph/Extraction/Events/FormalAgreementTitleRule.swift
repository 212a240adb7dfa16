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

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        for a in w.agreements.indices {
            guard let r = w.agreements[a].evidence.first?.span, r.upperBound <= t.b.count, r.count > 12 else { continue }
            // Cheap refusal: a formal title always has 간 (EA B0 84) somewhere in it.
            guard let (p2, len) = lastBetween(in: r, t) else { continue }
            let p1 = firstAbout(in: SourceRange(r.lowerBound, p2), t)
            let partyRange = SourceRange(p1.map { $0 + Self.about.count } ?? r.lowerBound, p2)
            let parties = t.mentions(in: partyRange).filter { $0.kind != .person }
            guard parties.count >= 2 else { continue }   // both sides, or this is not a `A와 B 간` title
            for m in parties { w.agreements[a].parties[m.nodeID] = m }
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
