/// A former official named with `전`/`前` between the name and the post: `김성환 전 외교통상부 장관은`,
/// `반기문 前 유엔 사무총장`, `조태영 전 주인도네시아 대사`, `송웅엽 前 주이란․이라크․아프가니스탄 대사`,
/// `한승수 전 국무총리`.
///
/// Forums, advisory boards and ceremonies name their guests by the post they held, and the word
/// `전` keeps every other person rule from joining name and title. The name is one Korean name
/// word (a known surname); after `전 ` come at most three country or body mentions or plain words
/// (`주인도네시아`; words joined by middle dots are one), then a title word with particles only.
/// The person gets the title and no affiliation: the body named is the one they have left.
public struct FormerOfficialRule: EntityRule {
    public let name = "person.former-official"

    static let anchors: [[UInt8]] = [Array(" 전 ".utf8), Array(" 前 ".utf8)]

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        for anchor in Self.anchors {
            // The anchors begin and end with a blank: the next may share this one's last.
            ByteSearch.forEachOccurrence(of: anchor, in: b, range: context.lower..<context.upper, overlap: 1) { i in
                if let m = person(blank: i, after: i + anchor.count, context: context) { context.add(m) }
            }
        }
    }

    /// The end of the word at `i`: Hangul syllables and digits, and runs joined to them by a
    /// middle dot (`·`, `․`, `・`).
    static func wordEnd(from i: Int, context: ExtractionContext) -> Int {
        let b = context.bytes
        var end = HangulBytes.titleRunEnd(from: i, upper: context.upper, in: b)
        while end > i, end < context.upper {
            let s = HangulBytes.scalar(at: end, in: b)
            guard s.value == 0xB7 || s.value == 0x2024 || s.value == 0x30FB else { break }
            let next = HangulBytes.titleRunEnd(from: end + s.length, upper: context.upper, in: b)
            guard next > end + s.length else { break }
            end = next
        }
        return end
    }

    func person(blank: Int, after: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        let titles = context.gazetteer.personTitles
        let lo = HangulBytes.hangulRunStart(endingAt: blank, lower: context.lower, in: b)
        guard lo < blank, titles.isKoreanName(b, lo, blank) == true, context.isWordStart(lo), !context.isCovered(lo) else { return nil }
        var pos = after
        var items = 0
        while pos < context.upper, items <= 3 {
            let runEnd = HangulBytes.titleRunEnd(from: pos, upper: context.upper, in: b)
            if let m = context.mention(startingAt: pos) {
                guard m.kind.isBody || m.kind == .country else { return nil }
                let end = m.range.upperBound
                if end < runEnd {
                    guard let t = titles.title(end, runEnd, in: b), Self.endsPhrase(t.end, runEnd, context: context) else { return nil }
                    return former(lo, blank, title: t.title, context: context)
                }
                items += 1
                pos = HangulBytes.skipBlanks(from: end, upper: context.upper, in: b)
                guard pos > end || end == context.upper else { return nil }
                continue
            }
            guard runEnd > pos else { return nil }
            if let t = titles.title(pos, runEnd, in: b) {
                return Self.endsPhrase(t.end, runEnd, context: context) ? former(lo, blank, title: t.title, context: context) : nil
            }
            let end = Self.wordEnd(from: pos, context: context)
            guard end < context.upper, b[end] == 0x20, Self.isPostWord(pos, end, in: b) else { return nil }
            items += 1
            pos = end + 1
        }
        return nil
    }

    /// `주`, which opens a post abroad (`주인도네시아`, `주이란․이라크`).
    static let resident: [UInt8] = Array("주".utf8)
    /// Last syllables of a unit or body written without a gazetteer entry (`부산외대`, `기획조정실`).
    static let unitEnds: [[UInt8]] = ["부", "과", "실", "국", "팀", "단", "처", "원", "관", "대", "청", "회", "소", "터"].map { Array($0.utf8) }

    /// True when the plain word `lo..<hi` can stand between `전` and a title: a post abroad or a
    /// unit, with no digit (`전 세계 5개 기업이` is "the whole world").
    static func isPostWord(_ lo: Int, _ hi: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard hi - lo >= 6, !(lo..<hi).contains(where: { b[$0] >= 0x30 && b[$0] <= 0x39 }) else { return false }
        if resident.indices.allSatisfy({ b[lo + $0] == resident[$0] }) { return true }
        return unitEnds.contains { e in e.indices.allSatisfy { b[hi - 3 + $0] == e[$0] } }
    }

    static let listWords: [[UInt8]] = ["등", "및", "겸"].map { Array($0.utf8) }

    /// True when the title's word ending at `runEnd` ends the phrase: particles were stripped
    /// from it, or punctuation, `등`, `및` or `겸` follows (`승인 전 공사 진행` is no person).
    static func endsPhrase(_ titleEnd: Int, _ runEnd: Int, context: ExtractionContext) -> Bool {
        let b = context.bytes
        guard titleEnd == runEnd, runEnd < context.upper else { return true }
        if b[runEnd] != 0x20 { return !HangulBytes.isHangulSyllable(HangulBytes.scalar(at: runEnd, in: b).value) }
        let next = HangulBytes.skipBlanks(from: runEnd, upper: context.upper, in: b)
        guard next < context.upper else { return true }
        let nextEnd = HangulBytes.hangulRunEnd(from: next, upper: context.upper, in: b)
        if nextEnd == next { return true }
        return listWords.contains { w in nextEnd - next == w.count && w.indices.allSatisfy { b[next + $0] == w[$0] } }
    }

    func former(_ lo: Int, _ hi: Int, title: String, context: ExtractionContext) -> Mention {
        let name = context.text(lo, hi)
        return Mention(range: SourceRange(lo, hi), kind: .person, canonical: name, surface: name, properties: ["title": title], rule: self.name)
    }
}
