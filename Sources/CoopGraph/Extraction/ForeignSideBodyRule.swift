/// Bodies and officials of a foreign side named without their country, in a clause that opens
/// with the side: `필리핀측은 통상산업부 세페리노 로돌포 차관 … 통상산업부, 농업부, 법무부, 투자청 등
/// 관계부처로 구성된 정부대표단이`, or a list item headed by the country in parentheses
/// (`▴(영국) 폴 링컨(Paul Lincoln) 국방부 사무부차관`, `▴(싱가포르) 응 엥 헨 국방장관`).
///
/// Negotiation and delegation releases write each side's bodies bare once the side is named, so
/// no list of names can hold them, and the Korean names among them (`법무부`, `국방부`) are read
/// as Korea's by the gazetteer. The clause runs from the side to the end of the sentence, the next
/// side (`우리측은`) or the next list item. In it, a word ending in `부`, `청` or `처` (three
/// syllables or more, no ordinary word: `지도부`, `관계부처`) becomes `<country> <word>`, the bare word an
/// alias unless a Korean body bears it; a person with no body takes such a body written right
/// before or after his name (and its spelling), or else the country; a person given the Korean body of the same name takes the foreign one.
/// Runs after the person rules.
public struct ForeignSideBodyRule: EntityRule {
    public let name = "ministry.foreign-side"

    /// `부 청 처`: last syllables of the body words read in a side's clause.
    static let headScalars = ScalarSet(["부", "청", "처"].compactMap { $0.unicodeScalars.first?.value })
    /// Words ending like a body that name none (leadership, the inside, a part, a supplier).
    static let notBodies: Set<String> = [
        "지도부", "수뇌부", "집행부", "행정부", "중앙정부", "지방정부", "연방정부", "관계부처", "유관부처", "소관부처", "주무부처",
        "담당부처", "거래처", "수요처", "공급처", "연락처", "판매처", "수출처", "수입처", "투자처", "사용처",
    ]
    /// Endings of words that name no body: a government, the authorities, and verbal nouns
    /// (`입국거부`, `가입신청`, `협조요청`).
    static let notBodyEnds = ["정부", "당국", "거부", "신청", "요청", "초청"]
    /// Titles that `부` before them makes a deputy's (부의장, 부위원장, 부총리), not a body's head.
    static let deputyHeads: Set<String> = ["의장", "위원장", "회장", "대표", "총리", "원장", "총재", "사장", "단장"]
    /// `측`, the side mark after a country.
    static let sideBytes: [UInt8] = Array("측".utf8)
    /// List-item marks that open a `(country)` item or end one.
    static let itemMarks: Set<UInt32> = [0x25B4, 0x25B2, 0x25B3, 0x25B5, 0x2022, 0x25E6, 0x25CB, 0x3147, 0x2D, 0x2A, 0xB7, 0x2F]

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        // The sides, found on the mentions: most sentences name no foreign country.
        var sides: [(country: String, lo: Int)] = []
        var ends: [Int] = []
        // By index: `for m in` copied (and retained) every mention of the sentence to test its kind.
        for i in context.mentions.indices where context.mentions[i].kind == .country {
            let m = context.mentions[i]
            if let lo = sideClauseStart(after: m, context: context) {
                ends.append(m.range.lowerBound)
                if !m.canonical.isKorea { sides.append((m.canonical, lo)) }
            } else if let lo = itemStart(after: m, anywhere: m.canonical.isKorea, context: context) {
                // `/ (한국) 외교부·보건복지부`: Korea's item ends the one before it.
                ends.append(m.range.lowerBound)
                if !m.canonical.isKorea { sides.append((m.canonical, lo)) }
            }
        }
        guard !sides.isEmpty else { return }
        // `우리측은`, `우리 측은`: Korea's side, written without a country mention, ends a clause too.
        ends += Self.ourSideStarts(context)
        ends.sort()
        for side in sides {
            let hi = ends.first { $0 > side.lo } ?? context.upper
            apply(country: side.country, lo: side.lo, hi: min(hi, itemEnd(from: side.lo, context: context)), &context)
        }
    }

    /// The clause of a side `<country>측은` / `<country> 측은` starts after that word; nil otherwise.
    func sideClauseStart(after m: Mention, context: ExtractionContext) -> Int? {
        let b = context.bytes
        var i = m.range.upperBound
        if i < context.upper, b[i] == 0x20 { i += 1 }
        guard i + 3 <= context.upper, b[i] == Self.sideBytes[0], b[i + 1] == Self.sideBytes[1], b[i + 2] == Self.sideBytes[2] else { return nil }
        let runEnd = HangulBytes.hangulRunEnd(from: i, upper: context.upper, in: b)
        // `측` then a topic or a place particle (`측은`, `측에서는`), not `측과` (a partner).
        guard runEnd > i + 3, KoreanParticles.isParticleTail(i + 3, runEnd, in: b) else { return nil }
        let tail = context.text(i + 3, runEnd)
        guard tail == "은" || tail == "에서는" || tail == "에서" || tail == "도" else { return nil }
        return runEnd
    }

    /// A list item `(<country>)` (after a list mark or at the sentence start) starts after `)`.
    /// Korea's `(한국)` ends a side wherever it stands (`anywhere`).
    func itemStart(after m: Mention, anywhere: Bool = false, context: ExtractionContext) -> Int? {
        let b = context.bytes
        let lo = m.range.lowerBound, hi = m.range.upperBound
        guard lo > context.lower, hi < context.upper, b[lo - 1] == 0x28, b[hi] == 0x29 else { return nil }
        if anywhere { return hi + 1 }
        let before = HangulBytes.skipBlanksBackward(from: lo - 1, lower: context.lower, in: b)
        if let p = HangulBytes.scalarStart(before: before, lower: context.lower, in: b),
           !Self.itemMarks.contains(HangulBytes.scalar(at: p, in: b).value) { return nil }
        return hi + 1
    }

    /// The next list mark after `lo` that opens another item, or the sentence end.
    func itemEnd(from lo: Int, context: ExtractionContext) -> Int {
        let b = context.bytes
        var i = lo
        while i < context.upper {
            let s = HangulBytes.scalar(at: i, in: b)
            if s.value >= 0x25B2 && s.value <= 0x25B5 { return i }
            i += s.length
        }
        return context.upper
    }

    static func ourSideStarts(_ context: ExtractionContext) -> [Int] {
        var out: [Int] = []
        let b = context.bytes
        for r in context.runs.runs where r.kind == .hangul && r.hi - r.lo >= 6 {
            let w = context.text(r.lo, min(r.hi, r.lo + 9))
            if w == "우리측" || (w.hasPrefix("우리") && r.hi - r.lo == 6 && r.hi + 4 <= context.upper && b[r.hi] == 0x20
                                && b[r.hi + 1] == sideBytes[0] && b[r.hi + 2] == sideBytes[1] && b[r.hi + 3] == sideBytes[2]) {
                out.append(r.lo)
            }
        }
        return out
    }

    func apply(country: String, lo: Int, hi: Int, _ context: inout ExtractionContext) {
        let b = context.bytes
        // Bodies first, remembering where each is and what a Korean namesake was called.
        var converted: [(lo: Int, hi: Int, canonical: String, korean: String?)] = []
        for r in context.runs.runs where r.kind == .hangul && r.lo >= lo && r.lo < hi {
            // A word the titles list holds whole is no body (`사무부차관`; `운하부장관` is one).
            guard context.isWordStart(r.lo), let end = bodyEnd(r.lo, r.hi, context: context), !isOwned(r.lo, context: context),
                  !KoreanParticles.splits(r.lo, r.hi, in: b).contains(where: { context.gazetteer.personTitles.isTitleRemainder(b, r.lo, $0) })
            else { continue }
            let word = context.text(r.lo, end)
            guard !Self.notBodies.contains(word), !ForeignBodyRule.stemStops.contains(String(word.dropLast())),
                  !context.gazetteer.stopwords.contains(word), !Self.notBodyEnds.contains(where: { word.hasSuffix($0) }) else { continue }
            var korean: String?
            if let k = context.mentionIndex(startingAt: r.lo) {
                let e = context.mentions[k]
                // Only Korea's namesake body gives way: a foreign or other mention stays.
                guard e.kind == .ministry, e.range.upperBound == end, e.properties["country"] == nil, e.rule == "gazetteer.ministry" else { continue }
                // `…, 산림청은 공동연구를 제안하였다`: Korea's body as a new subject ends the side's clause.
                if Self.isTopic(end, r.hi, in: b) { break }
                korean = e.canonical
            } else if context.isCovered(r.lo) {
                continue
            }
            // `칠레투자청`: the country is written already.
            let canonical = word.hasPrefix(country) ? word : country + " " + word
            let m = Mention(range: SourceRange(r.lo, end), kind: .ministry, canonical: canonical, surface: word,
                            aliases: korean == nil ? [word] : [], properties: ["country": country], rule: name)
            if korean != nil { context.update(m) } else { context.add(m) }
            converted.append((r.lo, end, canonical, korean))
        }
        // Then the side's persons.
        for k in context.mentions.indices where context.mentions[k].kind == .person {
            let p = context.mentions[k]
            guard p.range.lowerBound >= lo, p.range.lowerBound < hi else { continue }
            var q = p
            if let aff = p.properties["affiliation"] {
                guard p.properties["affiliation_kind"] == NodeKind.ministry.rawValue, p.properties["country"] == nil,
                      let c = converted.last(where: { $0.korean == aff }) else { continue }
                q.affiliate(with: c.canonical, kind: .ministry)
            } else if let c = converted.first(where: { $0.hi == HangulBytes.skipBlanksBackward(from: p.range.lowerBound, lower: lo, in: b)
                                                         || $0.lo == bodyStart(after: p.range.upperBound, context: context) }) {
                q.affiliate(with: c.canonical, kind: .ministry)
            } else {
                q.affiliate(with: country, kind: .country, isCountry: true)
            }
            context.update(q)
        }
    }

    /// Where a word after a name starts, past a spelling in parentheses (`코이(Christopher Coye) 재정부`).
    func bodyStart(after end: Int, context: ExtractionContext) -> Int {
        let b = context.bytes
        var i = HangulBytes.skipBlanks(from: end, upper: context.upper, in: b)
        if i < context.upper, b[i] == 0x28 {
            let close = HangulBytes.next(0x29, from: i, upper: context.upper, in: b)
            guard close < context.upper else { return i }
            i = HangulBytes.skipBlanks(from: close + 1, upper: context.upper, in: b)
        }
        return i
    }

    /// True when a country (`한국 법무부`: Korea's; `태국 국방부`: read by ``ForeignNamesakeBodyRule``)
    /// or `우리` stands right before the word.
    func isOwned(_ lo: Int, context: ExtractionContext) -> Bool {
        let b = context.bytes
        let end = HangulBytes.skipBlanksBackward(from: lo, lower: context.lower, in: b)
        guard end < lo else { return false }
        if let m = context.mention(endingAt: end), m.kind == .country { return true }
        return end - 6 >= context.lower && context.text(end - 6, end) == "우리" && HangulBytes.hangulRunStart(endingAt: end, lower: context.lower, in: b) == end - 6
    }

    /// True when the run's rest after `end` is the topic particle `은` or `는`.
    static func isTopic(_ end: Int, _ runEnd: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard runEnd - end == 3 else { return false }
        let v = HangulBytes.scalar(at: end, in: b).value
        return v == 0xC740 || v == 0xB294
    }

    /// The end of a body word `…부/청/처` of three syllables or more opening the run `lo..<runEnd`,
    /// followed by particles or a title (`국방부장관`); nil when the run is no such word.
    func bodyEnd(_ lo: Int, _ runEnd: Int, context: ExtractionContext) -> Int? {
        let b = context.bytes
        var end = runEnd
        while end - lo >= 9 {
            defer { end -= 3 }
            guard Self.headScalars.contains(HangulBytes.scalar(at: end - 3, in: b).value) else { continue }
            if KoreanParticles.isParticleTail(end, runEnd, in: b) { return end }
            let titles = context.gazetteer.personTitles
            for core in KoreanParticles.splits(end, runEnd, in: b) where titles.isTitleRemainder(b, end, core) {
                // `선임부의장`: the 부 opens a deputy's title (부의장), it ends no body; `운하부장관` is a body and 장관.
                if HangulBytes.scalar(at: end - 3, in: b).value == 0xBD80, Self.deputyHeads.contains(context.text(end, core)) { continue }
                return end
            }
        }
        return nil
    }
}
