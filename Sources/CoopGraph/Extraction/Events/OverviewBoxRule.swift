/// An overview box about an agreement, as releases set them: a header `< IPEF 개요 >` naming
/// the agreement, then bullet lines. A line labelled with its members (`(참여국) 총 14개국`,
/// `(회원국)`, `(가입국)`) gives the countries and organisations of that line — or, when it names
/// none, of the next line (`- 한국, 미국, 일본, …`) — as members and parties; a line saying it
/// was launched (`(현황) ‘22.5.23(월), 공식 출범`) dates the agreement when nothing else did.
///
/// The box ends at the next header, a `□`/`ㅇ` paragraph, a `【】` heading or after 12 lines.
struct OverviewBoxRule: EventRule {
    let name = "agreement.overview-box"

    static let headerWord = Array("개요".utf8)
    static let memberLabels = ["참여국", "회원국", "가입국", "참가국", "구성국", "참여 국가", "회원 국가"].map { Array($0.utf8) }
    static let launched = Array("출범".utf8)
    static let maxLines = 12

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        let readable = t.readable
        for (n, si) in readable.enumerated() {
            let sr = t.sentences[si].range
            guard Self.isHeader(sr, t), let a = AgreementReferences.named(in: si, w).first?.index else { continue }
            var k = n + 1
            while k < readable.count, k - n <= Self.maxLines {
                let bi = readable[k]
                let br = t.sentences[bi].range
                if Self.endsBox(br, t) { break }
                if Self.memberLabels.contains(where: { t.find($0, in: br) != nil }) {
                    var found = members(in: br, t)
                    if found.isEmpty, k + 1 < readable.count, !Self.endsBox(t.sentences[readable[k + 1]].range, t) {
                        found = members(in: t.sentences[readable[k + 1]].range, t)
                    }
                    for m in found { w.agreements[a].members[m.nodeID] = m }
                }
                if w.agreements[a].date == nil, t.find(Self.launched, in: br) != nil,
                   let d = t.dates(in: br).first(where: { $0.value.precision == .day }) {
                    w.agreements[a].date = d
                    if w.agreements[a].status == nil { w.agreements[a].status = .inForce }
                }
                k += 1
            }
        }
    }

    func members(in r: SourceRange, _ t: EventText) -> [Mention] {
        t.mentions(in: r).filter { $0.kind == .country || $0.kind == .organization }
    }

    /// `< IPEF 개요 >`, `<IPEF 개요>`, `〈 … 개요 〉`: a short line in angle brackets with 개요.
    static func isHeader(_ r: SourceRange, _ t: EventText) -> Bool {
        // Cheap refusals before building a String: 40 characters fit in 400 bytes (even decomposed), and
        // `<` is 0x3C, `〈` `《` start with 0xE3, `＜` with 0xEF.
        guard r.upperBound - r.lowerBound <= 400, r.lowerBound < t.b.count else { return false }
        let first = t.b[r.lowerBound]
        guard first == 0x3C || first == 0xE3 || first == 0xEF, Self.mayEndHeader(r, t) else { return false }
        let s = t.string(r)
        guard s.count <= 40, let f = s.first, let l = s.last, "<〈＜《".contains(f), ">〉＞》".contains(l) else { return false }
        return t.find(headerWord, in: r) != nil
    }

    /// False when the last character cannot be one of `>〉＞》`: the bytes do not end in `>`
    /// (3E), `〉` (E3 80 89), `＞` (EF BC 9E), `》` (E3 80 8B) or U+232A (E2 8C AA, canonically
    /// `〉`). Lines opening with a bullet such as `ㅇ` (E3) are refused here, before a `String`
    /// is built and its characters counted.
    static func mayEndHeader(_ r: SourceRange, _ t: EventText) -> Bool {
        let e = min(r.upperBound, t.b.count)
        guard e > r.lowerBound else { return false }
        if t.b[e - 1] == 0x3E { return true }
        guard e - 3 >= r.lowerBound else { return false }
        switch (t.b[e - 3], t.b[e - 2], t.b[e - 1]) {
        case (0xE3, 0x80, 0x89), (0xEF, 0xBC, 0x9E), (0xE3, 0x80, 0x8B), (0xE2, 0x8C, 0xAA): return true
        default: return false
        }
    }

    static func endsBox(_ r: SourceRange, _ t: EventText) -> Bool {
        guard let f = t.string(r).first else { return false }
        return "□ㅇ○【<〈＜#".contains(f)
    }
}
