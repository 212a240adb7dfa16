/// The head of a body named in parentheses after it, in the forms `PersonRule` and
/// `ParentheticalHeadRule` leave:
///
/// - a foreign body's head with a transcribed or Latin-letter name: `중국 생태환경부(장관 황룬치우)`,
///   `베트남 기획투자부(장관 Nguyen Chi Dung)`, `키르기스스탄 국가보안위원회(위원장 타시예프)`;
/// - an acting head: `소방청(청장 직무대행 김승룡)`, `국토교통부(장관 직무대행 윤성원,`.
///
/// The parenthesis opens right after the body and holds a title word, for an acting head
/// `직무대행`, `직무대리` or `권한대행`, then the name up to `)` or `,`. A Korean body's acting head
/// must have a Korean name; a foreign body's head may have one to four Hangul words that may be a
/// transcribed name, or two to six Latin-letter words opening with a capital. The title keeps
/// the acting word (`청장 직무대행`), the body is the affiliation. A person named only here is
/// named in passing: the event rules do not count them as taking part.
public struct ParenthesizedHeadNameRule: EntityRule {
    public let name = "person.parenthesized-head-name"

    static let actingWords: Set<String> = ["직무대행", "직무대리", "권한대행"]

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        ExtractionContext.forEachOffset(of: 0x28, in: &context) { i, context in
            if let m = person(open: i, context: context) { context.add(m) }
        }
    }

    func person(open: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        let titles = context.gazetteer.personTitles
        guard let body = context.mention(endingAt: open), body.kind.isBody else { return nil }
        let foreign = body.properties["country"].map { !$0.isKorea } ?? false
        // The title: one whole word, no particle.
        var pos = open + 1
        let tEnd = HangulBytes.hangulRunEnd(from: pos, upper: context.upper, in: b)
        guard tEnd > pos, tEnd < context.upper, b[tEnd] == 0x20, !context.isCovered(pos),
              let t = titles.title(pos, tEnd, in: b), t.end == tEnd else { return nil }
        var title = t.title
        pos = tEnd + 1
        let aEnd = HangulBytes.hangulRunEnd(from: pos, upper: context.upper, in: b)
        var acting = false
        if aEnd > pos, aEnd < context.upper, b[aEnd] == 0x20, Self.actingWords.contains(context.text(pos, aEnd)) {
            title += " " + context.text(pos, aEnd)
            acting = true
            pos = aEnd + 1
        }
        guard foreign || acting else { return nil }
        // The name, up to `)` or `,`.
        var end = pos
        while end < context.upper, b[end] != 0x29, b[end] != 0x2C, end - pos <= 80 { end += 1 }
        guard end < context.upper, end > pos, b[end] == 0x29 || b[end] == 0x2C else { return nil }
        var hi = end
        while hi > pos, b[hi - 1] == 0x20 { hi -= 1 }
        guard hi > pos, !context.isCovered(pos) else { return nil }
        let text = context.text(pos, hi)
        if acting && !foreign {
            guard titles.isKoreanName(text) else { return nil }
        } else if !(Self.isLatinName(pos, hi, in: b) || Self.isTranscribedName(text, pos: pos, hi: hi, context: context)) {
            return nil
        }
        var props = ["title": title, "affiliation": body.canonical, "affiliation_kind": body.kind.rawValue]
        if foreign, let c = body.properties["country"] { props["country"] = c }
        return Mention(range: SourceRange(pos, hi), kind: .person, canonical: text, surface: text, properties: props, rule: name)
    }

    /// Two to six words of Latin letters (also accented and Vietnamese ones), `-`, `'` and `.`,
    /// the first opening with a capital.
    static func isLatinName(_ lo: Int, _ hi: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b[lo] >= 0x41, b[lo] <= 0x5A else { return false }
        var words = 1, i = lo
        while i < hi {
            let s = HangulBytes.scalar(at: i, in: b)
            let v = s.value
            if v == 0x20 { words += 1 } else if !((v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F)
                                                  || (v >= 0x1E00 && v <= 0x1EFF) || v == 0x2D || v == 0x27 || v == 0x2E) { return false }
            i += s.length
        }
        return words >= 2 && words <= 6
    }

    /// One to four Hangul words that may each be a word of a transcribed name.
    static func isTranscribedName(_ text: String, pos: Int, hi: Int, context: ExtractionContext) -> Bool {
        let titles = context.gazetteer.personTitles
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.count <= 4, text.unicodeScalars.allSatisfy({ $0.value == 0x20 || HangulBytes.isHangulSyllable($0.value) }) else { return false }
        return words.allSatisfy { w in
            let s = String(w)
            return s.count >= 2 && !titles.stopwordSet.contains(s) && !PersonTitles.functionWordSet.contains(s) && PersonTitles.mayBeForeignNameWord(s)
                && !titles.titles.contains(s) && !PersonRule.koreanWordEnds.contains(s.last ?? " ") && !PersonTitles.particleEnds.contains(s.last ?? " ")
        }
    }
}
