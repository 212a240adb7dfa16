/// A foreign person whose Hangul name is followed by its original spelling and then a title:
/// `엘리자베스 므레마(Elizabeth Mrema) 유엔환경계획 사무차장`,
/// `에지마 카즈히코(江島 一彦) 일본 재무성 관세국장`, `「대니얼 크리텐브링크 (Daniel Kritenbrink)」미국
/// 국무부 동아태 차관보`, `스티느 요르겐센(Stine Jørgensen)부총국장`.
///
/// The spelling (Latin or Hanja words only) gives the number of Hangul words of the name
/// (up to six). After it come at most three country or body mentions and two plain words
/// (a department: `동아태`, `무역외교`), then a title word; the title keeps the plain words as a
/// portfolio (`동아태 차관`, `다자담당 국장`). The nearest body becomes the affiliation, else a
/// foreign or international body right before the name; a country alone is recorded as `country`.
public struct SpelledForeignNameRule: EntityRule {
    public let name = "person.spelled-foreign-name"
    /// `소속`, written between a body and the name of its member.
    static let belongingBytes: [UInt8] = Array("소속".utf8)
    static let maxSpellingBytes = 80
    /// Closing quote marks after a spelling, also the half-width corner bracket (｣) some
    /// releases set names in: `｢알리시아 바르세나 이바라(Alicia Bárcena Ibarra)｣ 멕시코 외교장관`.
    static let closers: Set<UInt32> = [0x300D, 0x300F, 0x201D, 0x2019, 0x22, 0x27, 0xFF63]

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        ExtractionContext.forEachOffset(of: 0x28, in: &context) { i, context in
            if let m = person(open: i, context: context) { context.add(m) }
        }
    }

    /// The number of words of the spelling `(…)` opening at `open`, and the index after `)`.
    func spelling(open: Int, context: ExtractionContext) -> (words: Int, after: Int, hanja: Int)? {
        let b = context.bytes
        var j = open + 1, words = 1, letters = 0, upperFirst = false, hanja = false, lastBlank = true
        var firstWords = 0, firstLastBlank = true, hanjaCount = 0
        // A middle initial (`Wendy R. Sherman`: an upper-case letter and a dot, between words)
        // has no Hangul word of its own (웬디 셔먼).
        var initials = 0, wordScalars = 0, wordIsInitial = false
        var wordStart = open + 1
        var lowers = 0
        while j < context.upper, j - open <= Self.maxSpellingBytes {
            let s = HangulBytes.scalar(at: j, in: b)
            let v = s.value
            if v == 0x29 { break }
            if v != 0x20 && v != 0x0A && v != 0x09 && v != 0x2C {
                if wordScalars == 0 { wordStart = j }
                // `L.P.` (Retno L.P. Marsudi): capitals each followed by a dot are initials too.
                let upper = v >= 0x41 && v <= 0x5A
                wordIsInitial = wordScalars == 0 ? upper : (wordIsInitial && (wordScalars % 2 == 1 ? v == 0x2E : upper))
                wordScalars += 1
            }
            if v == 0x2C, firstWords == 0, letters > 0 {
                // `(王毅, WANG Yi)`: alternative spellings; the first one counts.
                firstWords = words
                firstLastBlank = lastBlank
                lastBlank = true
                j += 1
                continue
            }
            if v == 0x20 || v == 0x0A || v == 0x09 {
                if !lastBlank {
                    if wordScalars >= 2, wordScalars % 2 == 0, wordIsInitial, words > 1, firstWords == 0 { initials += 1 }
                    words += 1
                }
                wordScalars = 0
                lastBlank = true
                j += s.length
                continue
            } else if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F) || (v >= 0x1E00 && v <= 0x1EFF) {
                // Latin Extended Additional: Vietnamese spellings (Nguyễn Ngọc Lâm).
                if letters == 0 { upperFirst = v >= 0x41 && v <= 0x5A }
                if v >= 0x61 && v <= 0x7A || v >= 0xC0 { lowers += 1 }
                letters += 1
                lastBlank = false
            } else if HangulBytes.isHanja(v) {
                hanja = true
                if firstWords == 0 { hanjaCount += 1 }
                letters += 1
                lastBlank = false
            } else if v == 0x2E || v == 0x2D || v == 0x27 {
                lastBlank = false
            } else {
                return nil
            }
            j += s.length
        }
        guard j < context.upper, b[j] == 0x29, letters >= 2, upperFirst || hanja else { return nil }
        if firstWords > 0 {
            words = firstWords
            lastBlank = firstLastBlank
        }
        if lastBlank { words -= 1 }
        if firstWords == 0 { words -= initials }
        // `Jose C. Faustino Jr.`: a generational suffix is not transcribed (호세 파우스티노).
        if firstWords == 0, words > 1, Self.isGenerationalSuffix(wordStart, j, in: b) { words -= 1 }
        // One unbroken Hanja group (林芳正) does not tell how many Hangul words the name has,
        // unless it is read one syllable per character (王毅 → 왕이), checked by the caller.
        guard words >= 1, words <= Self.maxWords else { return nil }
        // `국가안보회의(NSC)`: one word of capitals only is a body's abbreviation, not a name.
        if words == 1, !hanja, lowers == 0 { return nil }
        return (words, j + 1, hanja && words == 1 ? hanjaCount : 0)
    }

    static let generationalSuffixes: [[UInt8]] = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"].map { Array($0.utf8) }

    /// The last word of a spelling, `lo..<hi` (blanks trimmed), is `Jr.`, `Sr.`, `II`, `III` or `IV`.
    static func isGenerationalSuffix(_ lo: Int, _ hi: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        var hi = hi
        while hi > lo, b[hi - 1] == 0x20 { hi -= 1 }
        guard hi - lo <= 3 else { return false }
        return generationalSuffixes.contains { $0.count == hi - lo && $0.elementsEqual(b[lo..<hi]) }
    }

    /// The offset after `(ABC)` or `(UN FAO)` opening at `i` (capital letters, digits, blanks and `&`,
    /// up to 40 bytes): a body's Latin abbreviation between it and the title; nil otherwise.
    static func abbreviationEnd(_ i: Int, upper: Int, in b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard i < upper, b[i] == 0x28 else { return nil }
        var k = i + 1
        var capitals = 0
        while k < upper, k - i <= 40 {
            let c = b[k]
            if c == 0x29 { return capitals >= 2 ? k + 1 : nil }
            if c >= 0x41 && c <= 0x5A { capitals += 1 } else if !((c >= 0x30 && c <= 0x39) || c == 0x20 || c == 0x26 || c == 0x2D || (c >= 0x61 && c <= 0x7A)) {
                return nil
            }
            k += 1
        }
        return nil
    }

    /// The foreign country written right before the name (`의장국 페루 엘메르 쉬알레르(…) 외교장관`),
    /// or, for the next name of a list (`… 외교장관과 데실루 레온(…) 통상관광장관`), the country of
    /// the person the list started with; nil otherwise.
    static func countryBefore(_ start: Int, context: ExtractionContext) -> String? {
        let b = context.bytes
        let end = HangulBytes.skipBlanksBackward(from: start, lower: context.lower, in: b)
        guard end < start else { return nil }
        if let m = context.mention(endingAt: end), m.kind == .country, !m.canonical.isKorea { return m.canonical }
        // `title와/과 `: the previous person of the list, if it is the last mention before.
        guard let p = HangulBytes.scalarStart(before: end, lower: context.lower, in: b),
              case let v = HangulBytes.scalar(at: p, in: b).value, v == 0xC640 || v == 0xACFC,
              let prev = context.mentions.last(where: { $0.range.upperBound <= p }), prev.kind == .person,
              let c = prev.properties["country"], !c.isKorea,
              context.gazetteer.personTitles.title(HangulBytes.hangulRunStart(endingAt: p, lower: context.lower, in: b), p, in: b) != nil
        else { return nil }
        return c
    }

    /// Long Spanish and Arabic names run to five or six words (후안 라몬 데 라 푸엔테).
    static let maxWords = 6
    /// Particles (의 을 를 은 는) that end a word before a surname, never a given name of three syllables or more.
    static let nameEndParticles: Set<UInt32> = [0xC758, 0xC744, 0xB97C, 0xC740, 0xB294]
    /// Last syllables of event nouns before 에 (회의에, 회담에, 총회에, 포럼에, 기념식에); French given
    /// names end in 에 too (디디에, 에그자비에), so 에 counts only after these.
    static let beforeLocative: Set<UInt32> = [0xC758, 0xB2F4, 0xD68C, 0xB7FC, 0xC2DD]

    static func endsInParticle(_ w: String) -> Bool {
        var it = w.unicodeScalars.reversed().makeIterator()
        guard let last = it.next() else { return false }
        if nameEndParticles.contains(last.value) { return true }
        guard last.value == 0xC5D0, let before = it.next() else { return false }   // 에
        return beforeLocative.contains(before.value)
    }

    static let japan = "일본"

    /// True when the Hangul word `lo..<hi` may be the whole name of a spelling of `words` words
    /// opening at `open` (`도득두이(Do Duc Duy)`, `세제르(Yunus Sezer)`): as many syllables as
    /// words, up to two more; no ending of a body or event word (`경제부(Ministry of Economy)`,
    /// `고위급회의(HLPM)`); every word of the spelling capitalised.
    static func isOneWordName(_ lo: Int, _ hi: Int, words: Int, open: Int, context: ExtractionContext) -> Bool {
        let b = context.bytes
        let syllables = (hi - lo) / 3
        guard (hi - lo) % 3 == 0, syllables >= words, syllables <= words + 2, words <= 4,
              !PersonTitles.nonNameEnds.contains(Character(Unicode.Scalar(PersonTitles.syllable(at: hi - 3, in: b)) ?? " ")) else { return false }
        var k = open + 1, wordStart = true
        while k < context.upper, b[k] != 0x29 {
            if b[k] == 0x20 { wordStart = true } else {
                if wordStart, b[k] >= 0x61, b[k] <= 0x7A { return false }
                wordStart = false
            }
            k += 1
        }
        return true
    }

    /// A title word made of Hangul runs joined by middle dots (U+00B7) from `lo`, whose last run
    /// ends in a title: the whole text as the title.
    static func dottedTitle(_ lo: Int, _ runEnd: Int, context: ExtractionContext) -> String? {
        let b = context.bytes
        var end = runEnd, segment = lo
        while end + 2 < context.upper, b[end] == 0xC2, b[end + 1] == 0xB7 {
            let next = HangulBytes.hangulRunEnd(from: end + 2, upper: context.upper, in: b)
            guard next > end + 2 else { return nil }
            segment = end + 2
            end = next
        }
        guard segment > lo, let t = context.gazetteer.personTitles.title(segment, end, in: b) else { return nil }
        return context.text(lo, t.end)
    }

    /// True when the two Hangul words before a kanji spelling opening at `open` read as a Japanese
    /// family and given name (후나코시 다케히로(船越健裕), 모리타 겐(森田健)): a family name of two
    /// syllables or more not ending like a Korean verb form or particle (`참석한 다케오` is one name word).
    static func japaneseReading(before open: Int, context: ExtractionContext) -> Bool {
        let b = context.bytes
        let end = HangulBytes.skipBlanksBackward(from: open, lower: context.lower, in: b)
        let start = HangulBytes.hangulRunStart(endingAt: end, lower: context.lower, in: b)
        let prevEnd = HangulBytes.skipBlanksBackward(from: start, lower: context.lower, in: b)
        guard end - start >= 3, prevEnd < start else { return false }
        let prevStart = HangulBytes.hangulRunStart(endingAt: prevEnd, lower: context.lower, in: b)
        guard prevEnd - prevStart >= 6, !context.isCovered(prevStart) else { return false }
        let w = context.text(prevStart, prevEnd)
        guard let last = w.last, !PersonRule.koreanWordEnds.contains(last), !PersonTitles.particleEnds.contains(last), !endsInParticle(w) else { return false }
        return true
    }

    func person(open: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        guard let spelled = spelling(open: open, context: context) else { return nil }
        let (after, hanjaCount) = (spelled.after, spelled.hanja)
        var count = spelled.words
        // 왕이(王毅): one Hangul word with one syllable per Hanja character. A Japanese name's
        // kanji written in one group (모리 다케오(森健良) 일본 외무성) does not say so: decided below.
        var oneSyllablePerHanja = true
        if hanjaCount > 0 {
            let end = HangulBytes.skipBlanksBackward(from: open, lower: context.lower, in: context.bytes)
            let start = HangulBytes.hangulRunStart(endingAt: end, lower: context.lower, in: context.bytes)
            oneSyllablePerHanja = (end - start) / 3 == hanjaCount
        }
        let titles = context.gazetteer.personTitles
        // What follows (checked first: it fails for most parentheses without building strings):
        // closing quote marks, then bodies, countries and department words, then a title.
        var pos = HangulBytes.skipBlanks(from: after, upper: context.upper, in: b)
        while pos < context.upper, Self.closers.contains(HangulBytes.scalar(at: pos, in: b).value) {
            pos = HangulBytes.skipBlanks(from: pos + HangulBytes.scalar(at: pos, in: b).length, upper: context.upper, in: b)
        }
        var body: Mention?, country: String?, mentions = 0, plain = 0
        var title: String?
        // Where plain words before the title begin: a portfolio the title keeps (`다자담당 국장`).
        var portfolio: Int?
        while pos < context.upper, title == nil {
            var runEnd = HangulBytes.titleRunEnd(from: pos, upper: context.upper, in: b)
            if let m = context.mention(startingAt: pos), m.kind.isBody || m.kind == .country {
                mentions += 1
                portfolio = nil
                guard mentions <= 3 else { return nil }
                if m.kind == .country { country = m.canonical } else { body = m; country = m.properties["country"] ?? country }
                let mEnd = m.range.upperBound
                if mEnd < runEnd, let t = titles.title(mEnd, runEnd, in: b) { title = t.title; break }
                if mEnd < runEnd, !KoreanParticles.isParticleTail(mEnd, runEnd, in: b) { return nil }
                if mEnd < runEnd { return nil }
                pos = HangulBytes.skipBlanks(from: HangulBytes.skipFootnoteMarks(from: mEnd, upper: context.upper, in: b), upper: context.upper, in: b)
                if let a = Self.abbreviationEnd(pos, upper: context.upper, in: b) { pos = HangulBytes.skipBlanks(from: a, upper: context.upper, in: b) }
                continue
            }
            guard runEnd > pos else { return nil }
            if let t = titles.title(pos, runEnd, in: b) {
                title = portfolio.map { context.text($0, t.end) } ?? t.title
                break
            }
            // `아시아·태평양실장`, `군축·국제안보국장`: departments joined by a middle dot, the last one
            // ending in the title.
            if let t = Self.dottedTitle(pos, runEnd, context: context) { title = t; break }
            // `동아시아·태평양 지역사무소 소장`: regions joined by a middle dot are one plain word.
            while runEnd + 2 < context.upper, b[runEnd] == 0xC2, b[runEnd + 1] == 0xB7 {
                let next = HangulBytes.titleRunEnd(from: runEnd + 2, upper: context.upper, in: b)
                guard next > runEnd + 2 else { break }
                runEnd = next
            }
            plain += 1
            // A Hanja reading (王毅) is a name only right before its country, body or title.
            // `국가안보회의(NSC) 부보좌관`: a department with its abbreviation.
            let glossEnd = Self.abbreviationEnd(runEnd, upper: context.upper, in: b)
            // Not a modifier of the post (`신임`, `전임`, `초대`): other rules read the title itself (`주한인도대사`).
            if plain == 1, glossEnd == nil, !PersonTitles.functionWordSet.contains(context.text(pos, runEnd)) { portfolio = pos } else if glossEnd != nil { portfolio = nil }
            guard plain <= (hanjaCount > 0 ? 0 : 2), runEnd < context.upper, b[runEnd] == 0x20 || glossEnd != nil, !context.isCovered(pos) else { return nil }
            pos = HangulBytes.skipBlanks(from: glossEnd ?? runEnd, upper: context.upper, in: b)
        }
        guard let title else { return nil }
        if hanjaCount > 0 {
            if country == Self.japan, Self.japaneseReading(before: open, context: context) { count = 2 } else if !oneSyllablePerHanja { return nil }
        }
        // The Hangul words before the spelling, nearest first.
        var words: [(lo: Int, hi: Int)] = []
        var end = HangulBytes.skipBlanksBackward(from: open, lower: context.lower, in: b)
        while words.count < count {
            var start = HangulBytes.hangulRunStart(endingAt: end, lower: context.lower, in: b)
            // `3월 21일(금), 도득두이(Do Duc Duy)`: a Vietnamese name is often one Hangul word; after
            // punctuation, one word of as many syllables as the spelling has words is the name.
            if start == end, words.count == 1, let w = words.first, Self.isOneWordName(w.lo, w.hi, words: count, open: open, context: context) { break }
            guard start < end, !context.isCovered(start) else { return nil }
            // Hyphenated given names are one word: 냠-오소르.
            while start - 1 > context.lower, b[start - 1] == 0x2D, start - 1 - HangulBytes.hangulRunStart(endingAt: start - 1, lower: context.lower, in: b) > 0 {
                start = HangulBytes.hangulRunStart(endingAt: start - 1, lower: context.lower, in: b)
            }
            let w = context.text(start, end)
            // `정상회의에 루토(William Ruto)`, `장관은 사이도프(Bakhtiyor Saidov)`: Korean texts often write the
            // surname alone (one word fewer than the spelling); a word of three syllables or more ending
            // in a particle before it is the sentence, not a given name.
            if words.count == count - 1, end - start >= 9, Self.endsInParticle(w) { break }
            guard !titles.stopwordSet.contains(w), !PersonTitles.functionWordSet.contains(w), PersonTitles.mayBeForeignNameWord(w, maxSyllables: 8), titles.title(start, end, in: b) == nil else { return nil }
            words.insert((start, end), at: 0)
            guard words.count < count else { break }
            let prev = HangulBytes.skipBlanksBackward(from: start, lower: context.lower, in: b)
            guard prev < start else { return nil }
            end = prev
        }
        guard let first = words.first, let last = words.last else { return nil }
        // The word before the name must not run into it.
        if let p = HangulBytes.scalarStart(before: first.lo, lower: context.lower, in: b),
           HangulBytes.isHangulSyllable(HangulBytes.scalar(at: p, in: b).value) { return nil }
        let name = words.map { context.text($0.lo, $0.hi) }.joined(separator: " ")
        // `영국 외교부 프레야 잭슨(Freya Jackson) 다자담당 국장`: a foreign or international body right before the name.
        // `GCC 사무국 소속 압둘라흐만 알 하르비(…)`: 소속 ("of") may stand between the body and the name.
        var bodyEnd = HangulBytes.skipBlanksBackward(from: first.lo, lower: context.lower, in: b)
        if bodyEnd - 6 >= context.lower, Self.belongingBytes.indices.allSatisfy({ b[bodyEnd - 6 + $0] == Self.belongingBytes[$0] }),
           HangulBytes.hangulRunStart(endingAt: bodyEnd, lower: context.lower, in: b) == bodyEnd - 6 {
            bodyEnd = HangulBytes.skipBlanksBackward(from: bodyEnd - 6, lower: context.lower, in: b)
        }
        if body == nil, let m = context.mention(endingAt: bodyEnd),
           m.kind.isBody, m.range.upperBound < first.lo, m.properties["country"] != nil || context.gazetteer.isInternational(m) {
            body = m
            country = m.properties["country"] ?? country
        }
        if body == nil, country == nil { country = Self.countryBefore(first.lo, context: context) }
        var props = ["title": title]
        if let body {
            props["affiliation"] = body.canonical
            props["affiliation_kind"] = body.kind.rawValue
        }
        if let country {
            props["country"] = country
            // With no body named, the person stands for the country.
            if body == nil {
                props["affiliation"] = country
                props["affiliation_kind"] = NodeKind.country.rawValue
            }
        }
        return Mention(range: SourceRange(first.lo, last.hi), kind: .person, canonical: name, surface: context.text(first.lo, last.hi),
                       properties: props, rule: self.name)
    }
}
