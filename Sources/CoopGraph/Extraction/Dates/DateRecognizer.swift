/// Finds Korean date expressions in a text and normalises them against the document date.
///
/// One left-to-right pass over the UTF-8 bytes, no regular expressions. Recognised forms,
/// resolution rules and non-dates are listed in Docs/DATES.md. The result is sorted by
/// position, mentions never overlap, and ranges are UTF-8 byte offsets of the text given.
/// Pass the document's publication date (``DocumentMetadata/date``) to resolve year-less and
/// relative expressions; without it they come back with `value == nil` and a reason.
public struct DateRecognizer: Sendable {
    public init() {}

    /// Days after the document date that a past-tense verb still accepts (releases are often
    /// dated the day before the event they report as done).
    static let pastGraceDays = 7

    public func recognize(in text: String, documentDate: DateValue?) -> [DateMention] {
        recognize(utf8: Array(text.utf8), documentDate: documentDate)
    }

    public func recognize(utf8 bytes: [UInt8], documentDate: DateValue?) -> [DateMention] {
        let s = KoreanDateScanner(b: bytes)
        let resolver = DateResolver(documentDate: documentDate)
        var out: [DateMention] = []
        let n = bytes.count
        // The walk reads a buffer (no bounds checks on the bytes that start nothing); the
        // parsers keep reading the scanner's array.
        DateBytes.wordStartBits.withUnsafeBufferPointer { bits in
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            // Where the next block may be tested: a block that is not quiet is walked scalar by
            // scalar to its end before the next test.
            var nextBlock = 0
            while i < n {
                if i >= nextBlock {
                    if i >= 3, i + 18 <= n, DateQuietBlocks.isQuiet(p, at: i) {
                        // The walk would only step through: land where it would, on the first
                        // byte after the block that is not a continuation byte.
                        i += 16
                        while i < n, p[i] & 0xC0 == 0x80 { i += 1 }
                        continue
                    }
                    nextBlock = i + 16
                }
                let c = p[i]
                if c < 0x80 {
                    if c >= 0x30 && c <= 0x39 {
                        if s.numberMayStart(i), let m = match(s, resolver, start: i, exprStart: i, tense: nil) {
                            out.append(m.mention); i = m.end
                        } else {
                            i = s.digitRunEnd(i)
                        }
                        continue
                    }
                    if c == 0x27 || c == 0x60, let m = match(s, resolver, start: i, exprStart: i, tense: nil) {
                        out.append(m.mention); i = m.end
                        continue
                    }
                } else if c >= 0xEA && c <= 0xED, i + 2 < n {
                    let c1 = p[i + 1], c2 = p[i + 2]
                    if DateBytes.mayStartWord(c, c1, c2, bits: bits), !s.hangulBefore(i), let m = matchWord(s, resolver, at: i) {
                        out.append(m.mention); i = m.end
                        continue
                    }
                    // A whole syllable: the two bytes after the lead are the continuation bytes stepped over below.
                    if c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80 { i += 2 }
                } else if c == 0xC2 || c == 0xE2, s.apostrophe(i) != nil, let m = match(s, resolver, start: i, exprStart: i, tense: nil) {
                    out.append(m.mention); i = m.end
                    continue
                }
                // Nothing starts on a UTF-8 continuation byte (0x80–0xBF): step over them.
                i += 1
                while i < n, p[i] & 0xC0 == 0x80 { i += 1 }
            }
        }
        }
        return out
    }

    /// The offset after `i` with the UTF-8 continuation bytes that follow skipped: none of the
    /// tests of the scan can start on a continuation byte (0x80–0xBF), so stepping over them is
    /// the byte-by-byte walk with two thirds of the Hangul steps left out.
    @inline(__always)
    /// The opening parenthesis at most 40 bytes before `i` on its line, not closed before it.
    static func glossOpening(_ b: [UInt8], before i: Int) -> Int? {
        var k = i - 1
        while k >= 0, k >= i - 40 {
            let c = b[k]
            if c == 0x28 { return k }
            if c == 0x29 || c == 0x0A { return nil }
            k -= 1
        }
        return nil
    }

    /// The tense of a gloss's year-less month from the words before the name it glosses, within
    /// 150 bytes of its line: `올해 정상회의(11월)` is this year's (future or past by the month),
    /// `앞으로 예정된 고위관리회의(5월, 8월, 11월)`, `우리나라에서 개최되는 … 장관회의(8월, 인천)` coming.
    private func glossTense(_ s: KoreanDateScanner, before open: Int, month: Int?, _ r: DateResolver) -> DateTense? {
        var k = open - 1
        let b = s.b
        while k >= 0, k >= open - 150, b[k] != 0x0A {
            // Every cue starts with a three-byte syllable whose lead byte is EA–ED.
            if b[k] >= 0xEA, b[k] <= 0xED {
                if DateBytes.thisYear.contains(where: { s.matches($0, at: k) }) {
                    guard let m = month, let am = r.anchor?.month, m != am else { return nil }
                    return m > am ? .future : .past
                }
                if DateBytes.comingModifiers.contains(where: { s.matches($0, at: k) }) { return .future }
            }
            k -= 1
        }
        return nil
    }

    static func nextLead(_ b: [UInt8], after i: Int) -> Int {
        var j = i + 1
        while j < b.count, b[j] & 0xC0 == 0x80 { j += 1 }
        return j
    }

    /// 지난/오는 before a calendar date, or a relative word (지난해, 이날, 다음 달 …).
    private func matchWord(_ s: KoreanDateScanner, _ r: DateResolver, at i: Int) -> (mention: DateMention, end: Int)? {
        // Two syllables that open none of the words: nothing below can match.
        let prefixes = DateBytes.wordPrefixes
        if !prefixes.isEmpty, i + 6 <= s.b.count, !prefixes.contains(DateBytes.prefixKey(s.b, i)) { return nil }
        // The two prefixes spelled out rather than looped over: an array literal here was
        // allocated at every syllable that may start a word.
        if s.matches(DateBytes.past, at: i) {
            let j = s.skipSpaces(i + DateBytes.past.count, limit: 2)
            if j > i + DateBytes.past.count, s.isDigit(j), let m = match(s, r, start: i, exprStart: j, tense: .past) { return m }
        }
        if s.matches(DateBytes.coming, at: i) {
            let j = s.skipSpaces(i + DateBytes.coming.count, limit: 2)
            if j > i + DateBytes.coming.count, s.isDigit(j), let m = match(s, r, start: i, exprStart: j, tense: .future) { return m }
        }
        for w in DateBytes.relativeWords where s.matches(w.bytes, at: i) {
            let end = i + w.bytes.count
            if w.bytes == DateBytes.today, s.matches(DateBytes.nal, at: end) { return nil } // 오늘날 = nowadays
            if case .relativeYear(let off) = w.kind, let m = yearedMonth(s, r, wordStart: i, offset: off, tense: w.tense, at: end) {
                return m
            }
            var e = DateExpression(kind: w.kind)
            if case .relativeDay = w.kind, let wd = s.weekday(end) { e.weekday = wd.weekday }
            let res = r.resolve(e, tense: w.tense)
            let range = SourceRange(i, end)
            let value = DateValue(value: res.iso, precision: res.iso == nil ? nil : res.precision,
                                  surface: text(s, range), unresolvedReason: res.reason)
            return (DateMention(range: range, value: value, tense: w.tense, isRelative: true), end)
        }
        return nil
    }

    /// `지난해 12월`, `올해 9월 준공`, `내년 3월 1일`: the relative year gives the month its year.
    private func yearedMonth(_ s: KoreanDateScanner, _ r: DateResolver, wordStart: Int, offset: Int, tense: DateTense?,
                             at i: Int) -> (mention: DateMention, end: Int)? {
        let j = s.skipSpaces(i, limit: 2)
        guard j > i, s.isDigit(j), var (e, end) = s.calendar(j), e.year == nil, e.month != nil else { return nil }
        guard let anchorYear = r.anchor?.year else {
            return match(s, r, start: wordStart, exprStart: j, tense: tense)
        }
        e.year = anchorYear + offset
        if let w = s.weekday(end) { e.weekday = w.weekday; end = w.end }
        var res = r.resolve(e, tense: tense)
        res.relative = true
        var endISO: String?
        if let d2 = e.endDay { endISO = r.resolveEnd(DateExpression(day: d2), after: res) }
        if endISO == nil, let (rangeEnd, rEnd) = rangeTail(s, r, after: end, start: res) { endISO = rangeEnd; end = rEnd }
        let range = SourceRange(wordStart, end)
        let iso = res.iso
        let value = DateValue(value: iso, precision: iso == nil ? nil : res.precision, end: iso == nil ? nil : endISO,
                              surface: text(s, range), unresolvedReason: iso == nil ? (res.reason ?? DateResolver.invalidReason) : nil)
        return (DateMention(range: range, value: value, tense: tense, weekdayMismatch: res.weekdayMismatch, isRelative: true), end)
    }

    /// A calendar date at `exprStart` (with an optional 지난/오는 from `start`), its weekday,
    /// a following time span, and a range or duration after it.
    private func match(_ s: KoreanDateScanner, _ r: DateResolver, start: Int, exprStart: Int, tense: DateTense?) -> (mention: DateMention, end: Int)? {
        guard var (e, end) = s.calendar(exprStart) else { return nil }
        if let w = s.weekday(end) { e.weekday = w.weekday; end = w.end }
        var time: String?
        if let t = s.timeSpan(end) { time = t.text }
        var effectiveTense = tense
        if tense == nil, e.year == nil {
            let open = Self.glossOpening(s.b, before: exprStart)
            effectiveTense = sentenceTense(s, from: end, gloss: open != nil)
            // A month alone is where the side matters (nearest is wrong half a year out); a day
            // keeps the nearest reading (`포럼(1.16~20)` in a release of 1.19 is under way, not next year).
            if effectiveTense == nil, e.day == nil, let open { effectiveTense = glossTense(s, before: open, month: e.month, r) }
        }
        let res = r.resolve(e, tense: effectiveTense, pastGrace: tense == nil ? Self.pastGraceDays : 0)
        var endISO: String?
        if let d2 = e.endDay { endISO = r.resolveEnd(DateExpression(day: d2), after: res) }
        if endISO == nil, time == nil, let (rangeEnd, rEnd) = rangeTail(s, r, after: end, start: res) {
            endISO = rangeEnd; end = rEnd
        }
        let range = SourceRange(start, end)
        let iso = res.iso
        let value = DateValue(value: iso, precision: iso == nil ? nil : res.precision, end: iso == nil ? nil : endISO,
                              surface: text(s, range), unresolvedReason: iso == nil ? (res.reason ?? DateResolver.invalidReason) : nil)
        return (DateMention(range: range, value: value, tense: tense, weekdayMismatch: res.weekdayMismatch,
                            timeSpan: time, isRelative: res.relative), end)
    }

    /// `부터 … 까지`, `~ …`, `부터 1년`: the range end (ISO) and the offset after it.
    private func rangeTail(_ s: KoreanDateScanner, _ r: DateResolver, after i: Int, start: DateResolver.Resolved) -> (String?, Int)? {
        var j = s.skipSpaces(i, limit: 2)
        var sawFrom = false
        if s.matches(DateBytes.from, at: j) { j = s.skipSpaces(j + DateBytes.from.count, limit: 2); sawFrom = true }
        if let dash = s.rangeDash(j) { j = s.skipSpaces(j + dash, limit: 2) } else if !sawFrom { return nil }
        if var (e, end) = s.calendar(j, inRange: true) {
            if let w = s.weekday(end) { e.weekday = w.weekday; end = w.end }
            let k = s.skipSpaces(end, limit: 1)
            if s.matches(DateBytes.until, at: k) { end = k + DateBytes.until.count }
            return (r.resolveEnd(e, after: start), end)
        }
        if sawFrom, let (iso, end) = duration(s, at: j, start: start) { return (iso, end) }
        return nil
    }

    /// `1년`, `6개월`, `3일간` after `부터`: the end of the period at the start's precision.
    private func duration(_ s: KoreanDateScanner, at j: Int, start: DateResolver.Resolved) -> (String?, Int)? {
        guard let n = s.number(j, maxCount: 3), n.value > 0 else { return nil }
        guard let y = start.year else {
            if s.matches(DateBytes.year, at: n.end) { return (nil, n.end + DateBytes.year.count) }
            return nil
        }
        var months: Int?
        var end = n.end
        if s.matches(DateBytes.year, at: n.end) { months = 12 * n.value; end += DateBytes.year.count }
        else if s.matches(DateBytes.monthsUnit, at: n.end) { months = n.value; end += DateBytes.monthsUnit.count }
        if let months {
            switch start.precision {
            case .year?: return (ISODate.format(y + months / 12), end)
            case .month?:
                guard let m = start.month else { return nil }
                let e = CalendarMath.addMonths(y, m, months); return (ISODate.format(e.year, e.month), end)
            case .day?:
                guard let m = start.month, let d = start.day else { return nil }
                let e = CalendarMath.addMonths(y, m, months)
                let last = CalendarMath.addDays(e.year, e.month, min(d, ISODate.daysInMonth(e.year, e.month)), -1)
                return (ISODate.format(last.year, last.month, last.day), end)
            case nil: return nil
            }
        }
        if s.matches(DateBytes.day, at: n.end), start.precision == .day, let m = start.month, let d = start.day {
            end += DateBytes.day.count
            if s.matches(DateBytes.during, at: end) { end += DateBytes.during.count }
            let e = CalendarMath.addDays(y, m, d, n.value - 1)
            return (ISODate.format(e.year, e.month, e.day), end)
        }
        return nil
    }

    /// The tense the rest of the sentence gives a year-less date, from the first verb after it:
    /// past (했다, 가졌다), or future for a plan (예정, 계획, 할 것, 방침) or a present-tense
    /// announcement (출범한다고 밝혔다: the reporting verb after it does not count).
    ///
    /// A date in a parenthesis (`한일 젠더포럼(니가타, 10.18.), … (오사카, 11월 예정) 등 지원`,
    /// `APEC 식량안보장관회의(8월, 인천)에 … 요청했다`) glosses a name: its tense is read only up to
    /// the closing mark — the sentence's verb, or another gloss's 예정, is about something else.
    private func sentenceTense(_ s: KoreanDateScanner, from i: Int, gloss: Bool = false) -> DateTense? {
        var j = i
        var future = false
        let limit = min(s.b.count, i + 600)
        let b = s.b
        while j < limit {
            let c = b[j]
            if c == 0x0A || (gloss && c == 0x29) { break }
            // Every word below starts with a syllable: decode it once and compare words only
            // when it is the first syllable of one of them (see ``DateBytes/startsPast(_:)``).
            if c >= 0xEA && c <= 0xED, j + 2 < b.count, b[j + 1] & 0xC0 == 0x80, b[j + 2] & 0xC0 == 0x80 {
                let v = (UInt32(c & 0x0F) << 12) | (UInt32(b[j + 1] & 0x3F) << 6) | UInt32(b[j + 2] & 0x3F)
                if v == 0xB2E4 /* 다 */, s.matches(DateBytes.sentenceEnd, at: j) { break }
                if DateBytes.startsPast(v), DateBytes.pastSyllables.contains(where: { s.matches($0, at: j) }) { return future ? .future : .past }
                if DateBytes.startsPresent(v), DateBytes.presentEndings.contains(where: { s.matches($0, at: j) }) { return .future }
                if !future, DateBytes.startsFuture(v), DateBytes.futureCues.contains(where: { s.matches($0, at: j) }) { future = true }
            }
            j = Self.nextLead(b, after: j)
        }
        return future ? .future : nil
    }

    private func text(_ s: KoreanDateScanner, _ r: SourceRange) -> String {
        String(decoding: s.b[r.lowerBound..<r.upperBound], as: UTF8.self)
    }
}
