/// Persons, recognised only next to a title, in every order the releases use:
///
/// - name title: `박진규 1차관`, `김종주 과장(044-…)`
/// - body name title: `한국철강협회 변영만 부회장`, `산업통상자원부 이승렬 산업정책실장`,
///   `서울대 화학부 임종우 교수` (department words between body and name),
///   `미국 에너지부 제니퍼 글랜홈 장관` (foreign names of one to three words after a foreign body)
/// - name body title: `강인선 외교부 2차관`, `안덕근 산업통상자원부 장관`
/// - body(title name): `산업통상자원부(장관 방문규, 이하 산업부)`
/// - a list continuing a person: `외교부 강인선 2차관, 김희상 경제외교조정관` (same body)
///
/// A Korean name needs a known surname first; without an adjacent title nothing is a person,
/// which keeps `이번`, `정부` and the like out. The mention's properties carry `title`,
/// `affiliation` and `affiliation_kind`.
public struct PersonRule: EntityRule {
    public let name = "person"

    /// Endings of department words allowed between a body and a name (`화학부`, `정외과`, `에너지정책과`).
    static let departmentEnds: Set<String> = ["부", "과", "실", "국", "팀", "센터", "학과", "학부", "본부", "단", "처", "원", "관"]

    static let departmentEndBytes: [[UInt8]] = departmentEnds.sorted().map { Array($0.utf8) }

    public init() {}

    struct Token { var lo: Int; var hi: Int; var hangulOnly: Bool }

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        let titles = context.gazetteer.personTitles
        let tokens = Self.tokens(context)
        // The sentence's mentions do not overlap and are sorted, so their starts increase: one
        // cursor walked along with the tokens answers "the mention starting here" and "is this
        // covered" (``ExtractionContext/mentionIndex(startingAt:)``, ``ExtractionContext/isCovered(_:)``)
        // without scanning them all for every token. An accepted person changes the list: the
        // walk starts over.
        var cursor = 0
        for (t, tok) in tokens.enumerated() {
            let mentionCount = context.mentions.count
            while cursor < mentionCount, context.mentions[cursor].range.lowerBound < tok.lo { cursor += 1 }
            if cursor < mentionCount, context.mentions[cursor].range.lowerBound == tok.lo {
                let mi = cursor
                if context.mentions[mi].kind.isBody, context.mentions[mi].range.upperBound < tok.hi {
                    let m = context.mentions[mi]
                    if let p = nameBeforeBodyTitle(t, body: m, tokens: tokens, titles: titles, context: context) {
                        context.add(p)
                        cursor = 0
                    }
                    continue
                }
                // Covered: the mention starts at the token.
                continue
            }
            // Covered when the last mention starting before the token reaches over it.
            if cursor > 0, context.mentions[cursor - 1].range.upperBound > tok.lo { continue }
            guard !tok.hangulOnly || titles.mayHoldTitle(syllables: tok.lo, tok.hi, in: b),
                  let title = tok.hangulOnly ? titles.title(syllables: tok.lo, tok.hi, in: b) : titles.title(tok.lo, tok.hi, in: b)
            else { continue }
            if let m = nameBeforeTitle(t, tokens: tokens, title: title.title, titles: titles, context: context) {
                if context.add(m) { cursor = 0 }
            } else if let m = nameAfterTitleInParenthesis(t, tokens: tokens, title: title.title, titles: titles, context: context) {
                if context.add(m) { cursor = 0 }
            } else if let m = surnameAndTitle(t, tokens: tokens, title: title.title, titles: titles, context: context) {
                if context.add(m) { cursor = 0 }
            }
        }
    }

    /// The sentence's words of Hangul syllables and digits (`1차관`), read off its scalar runs.
    static func tokens(_ context: ExtractionContext) -> [Token] {
        let runs = context.runs.runs
        var out: [Token] = []
        out.reserveCapacity(runs.count / 2 + 1)
        var k = 0
        while k < runs.count {
            guard runs[k].kind == .hangul || runs[k].kind == .digit else { k += 1; continue }
            let lo = runs[k].lo
            var hi = lo, hangulOnly = true
            while k < runs.count, runs[k].kind == .hangul || runs[k].kind == .digit {
                if runs[k].kind == .digit { hangulOnly = false }
                hi = runs[k].hi
                k += 1
            }
            out.append(Token(lo: lo, hi: hi, hangulOnly: hangulOnly))
        }
        return out
    }

    /// The token ending at `end` after skipping blanks backwards, if separated by blanks only.
    func token(before start: Int, tokens: [Token], context: ExtractionContext) -> Int? {
        let end = HangulBytes.skipBlanksBackward(from: start, lower: context.lower, in: context.bytes)
        return tokens.lastIndex { $0.hi == end }
    }

    /// Subject and topic particles (은 는 이 가) as UTF-8: `기후에너지환경부는(장관 김성환)`.
    static let subjectParticles: [[UInt8]] = ["은", "는", "이", "가"].map { Array($0.utf8) }

    /// The body ending right before a subject or topic particle that ends at `end`.
    func bodyBeforeSubjectParticle(_ end: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        guard end - 3 > context.lower else { return nil }
        let p = end - 3
        guard Self.subjectParticles.contains(where: { $0[0] == b[p] && $0[1] == b[p + 1] && $0[2] == b[p + 2] }),
              let m = context.mention(endingAt: p), m.kind.isBody else { return nil }
        return m
    }

    /// The body ending right before `start` (blanks between), also across its abbreviation or
    /// Latin name in parentheses: `한국국방연구원(KIDA) 위원장`, `유엔 식량농업기구(UN FAO) 사무총장`.
    func body(endingBefore start: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        var end = HangulBytes.skipBlanksBackward(from: start, lower: context.lower, in: b)
        if let m = context.mention(endingAt: end), m.kind.isBody { return m }
        guard let open = Self.latinParenthesis(endingAt: end, lower: context.lower, in: b) else { return nil }
        end = open
        guard let m = context.mention(endingAt: end), m.kind.isBody else { return nil }
        return m
    }

    /// Where `(` opens a parenthesis that closes right before `end` and holds only a short
    /// Latin abbreviation or name (letters, digits, blanks, `.` `&` `-` `,` `'`); nil otherwise.
    static func latinParenthesis(endingAt end: Int, lower: Int, in b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard end > lower, b[end - 1] == 0x29 else { return nil }
        var i = end - 1
        var letters = 0
        while i > lower, end - i <= 64 {
            let c = b[i - 1]
            if c == 0x28 { return letters > 0 ? i - 1 : nil }
            let letter = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            guard letter || (c >= 0x30 && c <= 0x39) || c == 0x20 || c == 0x2E || c == 0x26 || c == 0x2D || c == 0x2C || c == 0x27 else { return nil }
            if letter { letters += 1 }
            i -= 1
        }
        return nil
    }

    func person(_ lo: Int, _ hi: Int, name: String, title: String, body: Mention?, rule: String, context: ExtractionContext) -> Mention {
        var props = ["title": title]
        if let body {
            props["affiliation"] = body.canonical
            props["affiliation_kind"] = body.kind.rawValue
        }
        return Mention(range: SourceRange(lo, hi), kind: .person, canonical: name, surface: context.text(lo, hi),
                       properties: props, rule: "\(self.name).\(rule)")
    }

    func nameBeforeTitle(_ t: Int, tokens: [Token], title: String, titles: PersonTitles, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        let tok = tokens[t]
        // name body title
        if let m = body(endingBefore: tok.lo, context: context) {
            guard let n = token(before: m.range.lowerBound, tokens: tokens, context: context) else { return nil }
            let name = tokens[n]
            let text = context.text(name.lo, name.hi)
            guard name.hangulOnly, !context.isCovered(name.lo), !context.gazetteer.isResidentPrefix(text) else { return nil }
            guard titles.isKoreanName(text) else {
                // `토니 블링컨 미국 국무부 장관`: a foreign name before a foreign body.
                // Or before an international body (`취동위 유엔 식량농업기구(FAO) 사무총장`), where one
                // two-syllable word before an everyday title is a phrase (`거대 시장`).
                let international = !isForeign(m, context: context) && context.gazetteer.isInternational(m)
                guard isForeign(m, context: context) || international,
                      let p = foreignName(before: m, tokens: tokens, title: title, titles: titles, context: context) else { return nil }
                return international && p.canonical.count <= 2 && PersonTitles.everydayTitles.contains(title) ? nil : p
            }
            return person(name.lo, name.hi, name: text, title: title, body: m, rule: "name-body-title", context: context)
        }
        if let m = foreignNameBeforeCountry(t, tokens: tokens, title: title, titles: titles, context: context) { return m }
        guard let n = token(before: tok.lo, tokens: tokens, context: context) else { return nil }
        let nameTok = tokens[n]
        guard nameTok.hangulOnly, !context.isCovered(nameTok.lo) else { return nil }
        if titles.mayBeKoreanName(b, nameTok.lo, nameTok.hi), case let text = context.text(nameTok.lo, nameTok.hi),
           titles.isKoreanName(text), titles.title(nameTok.lo, nameTok.hi, in: b) == nil, !context.gazetteer.isResidentPrefix(text) {
            let aff = affiliation(before: nameTok.lo, tokens: tokens, titles: titles, context: context)
                ?? topicBody(before: n, tokens: tokens, title: title, context: context)
            guard aff != nil || titles.acceptsWithoutBody(name: text, title: title) else { return nil }
            return person(nameTok.lo, nameTok.hi, name: text, title: title, body: aff, rule: aff == nil ? "name-title" : "body-name-title", context: context)
        }
        // A foreign name of one to three words after a foreign body: find the body with byte
        // tests first, then check the words.
        var first = n
        for _ in 0..<3 {
            let w = tokens[first]
            guard w.hangulOnly, !context.isCovered(w.lo) else { return nil }
            let end = HangulBytes.skipBlanksBackward(from: w.lo, lower: context.lower, in: b)
            let anchor = context.mention(endingAt: end)
            let foreignBody = anchor.map { $0.kind.isBody && isForeign($0, context: context) } ?? false
            // `파키스탄 잠 카말 칸 상무장관`: a country alone anchors names of two words or more.
            let country = anchor.map { $0.kind == .country && !$0.canonical.isKorea && first < n } ?? false
            if let m = anchor, foreignBody || country {
                // One-syllable words only inside a longer name (잠 카말 칸).
                guard (first...n).contains(where: { tokens[$0].hi - tokens[$0].lo >= 6 }),
                      first < n || w.hi - w.lo >= 6 else { return nil }
                // `생태환경부 국제합작사 사장`: one long word ending like a unit is a department.
                // Three syllables are enough for the endings no transcribed name has (`국제처 국장`).
                if first == n, w.hi - w.lo >= 9, let last = context.text(w.lo, w.hi).last, Self.unitWordEnds.contains(last),
                   w.hi - w.lo >= 12 || "처청국과실부".contains(last) { return nil }
                for k in first...n {
                    let wt = context.text(tokens[k].lo, tokens[k].hi)
                    guard !titles.stopwordSet.contains(wt), let last = wt.last, !PersonTitles.particleEnds.contains(last),
                          PersonTitles.mayBeForeignNameWord(wt),
                          !PersonTitles.functionWordSet.contains(wt), titles.title(tokens[k].lo, tokens[k].hi, in: b) == nil,
                          !context.isCovered(tokens[k].lo) else { return nil }
                }
                let nameText = tokens[first...n].map { context.text($0.lo, $0.hi) }.joined(separator: " ")
                var p = person(w.lo, nameTok.hi, name: nameText, title: title, body: m, rule: country ? "country-name-title" : "foreign-name-title", context: context)
                if country { p.properties["country"] = m.canonical }
                return p
            }
            guard let prev = token(before: w.lo, tokens: tokens, context: context) else { return nil }
            first = prev
        }
        return nil
    }

    /// `바이든 미국 대통령`, `하야시 요시마사(林芳正) 일본 외무대신`, `페니 웡(Penny Wong) 호주 외교장관`:
    /// a foreign name, an optional original spelling in parentheses, a country, a title.
    /// With a Latin spelling the name has as many Hangul words as it has (up to three);
    /// otherwise it extends over several words only from the start of a clause.
    func foreignNameBeforeCountry(_ t: Int, tokens: [Token], title: String, titles: PersonTitles, context: ExtractionContext) -> Mention? {
        let end = HangulBytes.skipBlanksBackward(from: tokens[t].lo, lower: context.lower, in: context.bytes)
        guard let country = context.mention(endingAt: end), country.kind == .country, !country.canonical.isKorea else { return nil }
        return foreignName(before: country, tokens: tokens, title: title, titles: titles, context: context)
    }

    /// The foreign name before `anchor` — a foreign country (`토니 블링컨 미국 장관`) or a foreign
    /// body (`토니 블링컨 미국 국무부 장관`) right before the title — read as
    /// ``foreignNameBeforeCountry(_:tokens:title:titles:context:)`` describes; the person belongs
    /// to the anchor.
    func foreignName(before anchor: Mention, tokens: [Token], title: String, titles: PersonTitles, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        var nameEnd = HangulBytes.skipBlanksBackward(from: anchor.range.lowerBound, lower: context.lower, in: b)
        var spelledWords = 0
        if nameEnd > context.lower, b[nameEnd - 1] == 0x29 {
            var k = nameEnd - 2, latinWords = 1, letters = 0
            while k >= context.lower, b[k] != 0x28 {
                let v = b[k]
                if v == 0x20 { latinWords += 1 } else if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v >= 0x80 || v == 0x2E || v == 0x2D { letters += 1 } else { return nil }
                k -= 1
            }
            guard k >= context.lower, letters > 0 else { return nil }
            let open = k
            let inner = context.text(open + 1, nameEnd - 1)
            if inner.unicodeScalars.contains(where: { HangulBytes.isHangulSyllable($0.value) }) { return nil }
            let isLatin = inner.unicodeScalars.contains { $0.value >= 0x41 && $0.value <= 0x7A }
            spelledWords = isLatin ? min(latinWords, 3) : -1
            nameEnd = open
        }
        guard let last = tokens.lastIndex(where: { $0.hi == nameEnd }) else { return nil }
        func usable(_ i: Int) -> Bool {
            let w = tokens[i]
            let text = context.text(w.lo, w.hi)
            guard w.hangulOnly, !context.isCovered(w.lo), !titles.stopwordSet.contains(text), !PersonTitles.functionWordSet.contains(text),
                  let lastChar = text.last, !PersonTitles.particleEnds.contains(lastChar), PersonTitles.mayBeForeignNameWord(text),
                  titles.title(w.lo, w.hi, in: b) == nil, !context.gazetteer.isResidentPrefix(text) else { return false }
            return spelledWords != 0 || text.count >= 2
        }
        var words = [last]
        while words.count < 3, let prev = token(before: tokens[words[0]].lo, tokens: tokens, context: context), usable(prev) {
            words.insert(prev, at: 0)
        }
        guard usable(last) else { return nil }
        var k: Int
        if spelledWords > 0 {
            guard words.count >= spelledWords else { return nil }
            k = spelledWords
        } else {
            k = 1
            for n in stride(from: words.count, through: 2, by: -1) where isClauseStart(tokens[words[words.count - n]].lo, context: context) {
                k = n
                break
            }
        }
        let chosen = words.suffix(k)
        guard let first = chosen.first else { return nil }
        let nameWords = chosen.map { context.text(tokens[$0].lo, tokens[$0].hi) }
        let name = nameWords.joined(separator: " ")
        // `이뤄진 케냐 대통령`, `포럼은 스페인 총리`, `기조연설과 인도네시아 대통령`: a verb form or particle
        // before a country is the sentence, not a name.
        if spelledWords == 0, nameWords.contains(where: { w in w.last.map { Self.verbFormEnds.contains($0) || ($0 == "가" && w.count > 2) } ?? true }) { return nil }
        guard anchor.kind == .country else {
            // Before a body, where Korean phrases stand more often than before a country: no word
            // may end like a Korean verb form, particle or noun of place (`참석한`, `기업들이`,
            // `있도록`, `일본국`, `중국측`); 이 and 가 end a name only of two syllables (왕이).
            guard spelledWords != 0 || nameWords.allSatisfy({ w in
                guard let l = w.last else { return false }
                if l == "이" || l == "가" { return w.count <= 2 }
                return !Self.koreanWordEnds.contains(l)
            }) else { return nil }
            var m = person(tokens[first].lo, tokens[last].hi, name: name, title: title, body: anchor, rule: "foreign-name-body-title", context: context)
            if let c = anchor.properties["country"] { m.properties["country"] = c }
            return m
        }
        var m = person(tokens[first].lo, tokens[last].hi, name: name, title: title, body: nil, rule: "foreign-name-country-title", context: context)
        m.affiliate(with: anchor.canonical, kind: .country, isCountry: true)
        return m
    }

    /// Last syllables of Korean verb forms, particles and place nouns, never of a transcribed name.
    static let koreanWordEnds: Set<Character> = ["한", "난", "된", "던", "할", "른", "게", "여", "록", "며", "면", "서", "국", "측", "전", "들", "께", "은", "과", "만", "고",
                                                      "련", "석", "중", "신"] // 관련, 참석, 회기중, 출신

    /// Last syllables of unit names (국, 실, 과, 부, 처, 청, 원, 단, 팀, and 사 for a Chinese department).
    static let unitWordEnds: Set<Character> = ["국", "실", "과", "부", "처", "청", "원", "단", "팀", "사"]

    /// Last syllables of Korean verb forms and particles that no transcribed name ends in, checked
    /// before a country too (the body list above also holds place nouns and endings some names have).
    static let verbFormEnds: Set<Character> = ["된", "던", "할", "른", "며", "면", "측", "들", "께", "은", "과", "련", "해", "년", "여", "진", "서"]

    /// Time words that often directly precede a name: `8일 오전 안토니 블링컨`.
    static let timeWords: Set<String> = ["오전", "오후", "새벽", "저녁", "당일", "전날", "이날", "같은날"]
    /// `timeWords` answered on bytes.
    static let timeWordSet = PlainStringSet(timeWords)

    /// True when only punctuation, the sentence start, a time word or a number precedes `i`.
    func isClauseStart(_ i: Int, context: ExtractionContext) -> Bool {
        let b = context.bytes
        let end = HangulBytes.skipBlanksBackward(from: i, lower: context.lower, in: b)
        guard let p = HangulBytes.scalarStart(before: end, lower: context.lower, in: b) else { return true }
        let v = HangulBytes.scalar(at: p, in: b).value
        if !HangulBytes.isWordScalar(v) { return v != 0x29 }
        let start = HangulBytes.hangulRunStart(endingAt: end, lower: context.lower, in: b)
        if start < end, Self.timeWordSet.contains(b, start, end) { return true }
        // `… 총재와 울리카 모디어 …`: the next name of a list of people, after a title and 와/과.
        if v == 0xC640 || v == 0xACFC, p > start, context.gazetteer.personTitles.title(start, p, in: b)?.end == p { return true }
        // `이번 회의에는 루이스 라칼레 포우 우루과이 대통령`, `장관은 …`: a topic particle ends the clause's subject.
        if (v == 0xB294 || v == 0xC740), end - start >= 6 { return true }
        // `8일`, `21일`: a date right before the name.
        if let q = HangulBytes.scalarStart(before: start, lower: context.lower, in: b), end - start == 3,
           HangulBytes.isASCIIDigit(HangulBytes.scalar(at: q, in: b).value) {
            return true
        }
        return false
    }

    func isForeign(_ m: Mention, context: ExtractionContext) -> Bool {
        if let c = m.properties["country"] { return !c.isKorea }
        return false
    }

    /// The body a name belongs to, read leftwards: a body, department words then a body,
    /// `body(…)`, or the previous person of a comma-separated list.
    func affiliation(before start: Int, tokens: [Token], titles: PersonTitles, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        if let m = body(endingBefore: start, context: context) { return m }
        var pos = start
        for _ in 0..<2 {
            guard let d = token(before: pos, tokens: tokens, context: context) else { break }
            // Token bytes are syllables and digits, one `Character` each: a byte suffix is a
            // `Character` suffix, and a longer word has more bytes.
            let w = UnsafeBufferPointer(rebasing: b[tokens[d].lo..<tokens[d].hi])
            guard !context.isCovered(tokens[d].lo), Self.departmentEndBytes.contains(where: { $0.count < w.count && ByteSearch.hasSuffix(w, $0) }) else { break }
            pos = tokens[d].lo
            if let m = body(endingBefore: pos, context: context) { return m }
        }
        let end = HangulBytes.skipBlanksBackward(from: start, lower: context.lower, in: b)
        guard end > context.lower else { return nil }
        if b[end - 1] == 0x29 {
            var depth = 0, k = end - 1
            while k >= context.lower {
                if b[k] == 0x29 { depth += 1 } else if b[k] == 0x28 { depth -= 1; if depth == 0 { break } }
                k -= 1
            }
            if k >= context.lower, let m = body(endingBefore: k, context: context) { return m }
        }
        if b[end - 1] == 0x2C {
            let e = HangulBytes.skipBlanksBackward(from: end - 1, lower: context.lower, in: b)
            if let p = context.mentions.last(where: { $0.kind == .person && $0.range.upperBound <= e }),
               let aff = p.properties["affiliation"], let kindRaw = p.properties["affiliation_kind"], let kind = NodeKind(rawValue: kindRaw) {
                // The previous person's title ends the list item right before the comma.
                let titleEnd = tokens.first { $0.lo > p.range.upperBound }
                if let te = titleEnd, te.hi <= e, titles.title(te.lo, te.hi, in: b) != nil {
                    return Mention(range: p.range, kind: kind, canonical: aff, surface: aff, rule: "list")
                }
            }
        }
        return nil
    }

    /// `산업통상자원부는 안덕근 장관이`: a body as the topic right before a name and the title
    /// of a head (장관, 차관, 청장, 원장 …) is that person's body.
    func topicBody(before n: Int, tokens: [Token], title: String, context: ExtractionContext) -> Mention? {
        guard Self.isHeadTitle(title),
              let d = token(before: tokens[n].lo, tokens: tokens, context: context),
              let m = context.mention(startingAt: tokens[d].lo), m.kind.isBody, m.range.upperBound < tokens[d].hi else { return nil }
        let rest = context.text(m.range.upperBound, tokens[d].hi)
        return rest == "는" || rest == "은" ? m : nil
    }

    static let headTitleEnds: [[UInt8]] = ["장관", "차관", "장"].map { Array($0.utf8) }

    /// `title.hasSuffix("장관") || title.hasSuffix("차관") || title.hasSuffix("장")`, on bytes for a
    /// plain title (see ``CanonicalBytes``: there a byte suffix starting with a syllable is a
    /// `Character` suffix), as titles read off Hangul words are.
    static func isHeadTitle(_ title: String) -> Bool {
        guard CanonicalBytes.isPlain(title) else { return title.hasSuffix("장관") || title.hasSuffix("차관") || title.hasSuffix("장") }
        let bytes = title.utf8
        return headTitleEnds.contains { e in bytes.count >= e.count && bytes.suffix(e.count).elementsEqual(e) }
    }

    /// `송미령 농림축산식품부장관`, `송준혁 통계개발원장`: the title word starts with the body.
    func nameBeforeBodyTitle(_ t: Int, body m: Mention, tokens: [Token], titles: PersonTitles, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        let tok = tokens[t]
        let headEnd = m.range.upperBound + 3
        let title: String
        if headEnd <= tok.hi, context.text(m.range.upperBound, headEnd) == PersonTitles.headSuffix,
           KoreanParticles.isParticleTail(headEnd, tok.hi, in: b), let last = m.surface.last {
            let rest = PersonTitles.headSuffix
            // The head's usual title: 센터장, 본부장, 회장 (협회), else the last syllable + 장 (원장, 청장, 소장).
            let head = ["센터", "본부", "사업단"].first { m.surface.hasSuffix($0) } ?? (m.surface.hasSuffix("협회") ? "회" : String(last))
            title = head + rest
        } else if let found = titles.title(m.range.upperBound, tok.hi, in: b) {
            title = found.title
        } else {
            return nil
        }
        guard let n = token(before: tok.lo, tokens: tokens, context: context) else { return nil }
        let name = tokens[n]
        let text = context.text(name.lo, name.hi)
        guard name.hangulOnly, !context.isCovered(name.lo), titles.isKoreanName(text) else { return nil }
        return person(name.lo, name.hi, name: text, title: title, body: m, rule: "name-bodytitle", context: context)
    }

    /// `body(title name…)`: 산업통상자원부(장관 방문규, 이하 산업부).
    func nameAfterTitleInParenthesis(_ t: Int, tokens: [Token], title: String, titles: PersonTitles, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        let tok = tokens[t]
        let before = HangulBytes.skipBlanksBackward(from: tok.lo, lower: context.lower, in: b)
        guard before > context.lower, b[before - 1] == 0x28,
              let m = body(endingBefore: before - 1, context: context) ?? bodyBeforeSubjectParticle(before - 1, context: context),
              t + 1 < tokens.count else { return nil }
        let name = tokens[t + 1]
        guard name.hangulOnly, HangulBytes.skipBlanks(from: tok.hi, upper: context.upper, in: b) == name.lo,
              !context.isCovered(name.lo) else { return nil }
        for n in [3, 2, 4] where name.hi - name.lo >= 3 * n {
            let end = name.lo + 3 * n
            let text = context.text(name.lo, end)
            if titles.isKoreanName(text), KoreanParticles.isParticleTail(end, name.hi, in: b) {
                return person(name.lo, end, name: text, title: title, body: m, rule: "body-title-name", context: context)
            }
        }
        return nil
    }

    /// `name.hasPrefix(prefix)`, on bytes when both hold only ASCII and precomposed Hangul
    /// (``WordSet/isSimple(_:)``): each scalar is then one `Character` and the texts are NFC,
    /// so a `Character` prefix is a byte prefix. `hasPrefix` on Korean text compares
    /// normalised `Character`s, a thousand instructions per person asked about.
    static func hasNamePrefix(_ name: String, _ prefix: String) -> Bool {
        var n = name, p = prefix
        let quick: Bool? = n.withUTF8 { a in
            p.withUTF8 { b in
                guard WordSet.isSimple(a), WordSet.isSimple(b) else { return nil }
                guard a.count >= b.count else { return false }
                for k in 0..<b.count where a[k] != b[k] { return false }
                return true
            }
        }
        return quick ?? name.hasPrefix(prefix)
    }

    /// `안 장관`: a surname and a title name the person of the document with both.
    func surnameAndTitle(_ t: Int, tokens: [Token], title: String, titles: PersonTitles, context: ExtractionContext) -> Mention? {
        guard let n = token(before: tokens[t].lo, tokens: tokens, context: context) else { return nil }
        let s = tokens[n]
        guard s.hangulOnly, s.hi - s.lo == 3, context.isWordStart(s.lo), !context.isCovered(s.lo) else { return nil }
        // `surnameSet` answers as `surnames` does, on bytes; the string is built for a surname only.
        guard titles.surnameSet.contains(context.bytes, s.lo, s.hi) else { return nil }
        let surname = context.text(s.lo, s.hi)
        // The last such person of the document so far: this sentence's first, then the earlier
        // ones (the same answer as searching both lists joined, without copying them).
        let isKnown: (Mention) -> Bool = { $0.kind == .person && Self.hasNamePrefix($0.canonical, surname) && $0.properties["title"] == title }
        guard let p = context.mentions.last(where: isKnown) ?? context.document.mentions.last(where: isKnown) else { return nil }
        var m = p
        m.range = SourceRange(s.lo, s.hi)
        m.surface = surname
        m.rule = "\(name).surname-title"
        return m
    }
}
