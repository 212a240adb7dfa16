/// Byte-level parsers for the written forms of Korean dates, over one UTF-8 buffer.
///
/// Every parser takes a start offset and returns the parsed piece with the offset just past
/// it, or nil; none allocates. ``DateRecognizer`` drives them in one left-to-right pass.
struct KoreanDateScanner {
    let b: [UInt8]

    // MARK: bytes

    @inline(__always) func isDigit(_ i: Int) -> Bool { i < b.count && b[i] >= 0x30 && b[i] <= 0x39 }

    func matches(_ word: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= b.count else { return false }
        for k in 0..<word.count where b[i + k] != word[k] { return false }
        return true
    }

    /// Skips spaces, tabs and no-break spaces (at most `limit` bytes of them).
    func skipSpaces(_ i: Int, limit: Int = 3) -> Int {
        var j = i
        while j < b.count, j - i < limit {
            if b[j] == 0x20 || b[j] == 0x09 { j += 1 } else if b[j] == 0xC2, j + 1 < b.count, b[j + 1] == 0xA0 { j += 2 } else { break }
        }
        return j
    }

    /// A run of ASCII digits: its value and end; nil when longer than `maxCount`.
    func number(_ i: Int, maxCount: Int = 4) -> (value: Int, count: Int, end: Int)? {
        var j = i, v = 0
        while isDigit(j) {
            v = v * 10 + Int(b[j] - 0x30)
            j += 1
            if j - i > maxCount { return nil }
        }
        return j > i ? (v, j - i, j) : nil
    }

    /// End of the digit run starting at `i`.
    func digitRunEnd(_ i: Int) -> Int {
        var j = i
        while isDigit(j) { j += 1 }
        return j
    }

    /// True when the three bytes before `i` are a Hangul syllable (U+AC00–U+D7A3).
    func hangulBefore(_ i: Int) -> Bool {
        guard i >= 3 else { return false }
        return isHangul(i - 3)
    }

    func isHangul(_ i: Int) -> Bool {
        guard i >= 0, i + 2 < b.count else { return false }
        let v = (UInt32(b[i] & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
        return b[i] & 0xF0 == 0xE0 && v >= 0xAC00 && v <= 0xD7A3
    }

    /// A digit may start a date only after something that is not part of a number, code or word.
    func numberMayStart(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = b[i - 1]
        if p >= 0x30 && p <= 0x39 { return false }
        if (p >= 0x41 && p <= 0x5A) || (p >= 0x61 && p <= 0x7A) { return false }
        return !(p == 0x2E || p == 0x2C || p == 0x2D || p == 0x2F || p == 0x3A || p == 0x5F)
    }

    /// An apostrophe standing for the century: ' ` ´ ‘ ’ (byte length, or nil).
    func apostrophe(_ i: Int) -> Int? {
        guard i < b.count else { return nil }
        if b[i] == 0x27 || b[i] == 0x60 { return 1 }
        if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0xB4 { return 2 }
        if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x98 || b[i + 2] == 0x99 { return 3 }
        return nil
    }

    /// A range dash: - ~ ∼ ～ – — (byte length, or nil).
    func rangeDash(_ i: Int) -> Int? {
        guard i < b.count else { return nil }
        if b[i] == 0x2D || b[i] == 0x7E { return 1 }
        guard i + 2 < b.count else { return nil }
        let (x, y, z) = (b[i], b[i + 1], b[i + 2])
        if x == 0xE2, y == 0x88, z == 0xBC { return 3 }                 // ∼
        if x == 0xEF, y == 0xBD, z == 0x9E { return 3 }                 // ～
        if x == 0xE2, y == 0x80, z == 0x93 || z == 0x94 { return 3 }    // – —
        return nil
    }

    /// `(금)`, `(금요일)`, ` (수)`: weekday 0…6 and end.
    func weekday(_ i: Int) -> (weekday: Int, end: Int)? {
        let j = skipSpaces(i, limit: 1)
        guard j < b.count, b[j] == 0x28 else { return nil }
        for (index, w) in DateBytes.weekdays.enumerated() where matches(w, at: j + 1) {
            var k = j + 1 + w.count
            if matches(DateBytes.weekdayWord, at: k) { k += DateBytes.weekdayWord.count }
            if k < b.count, b[k] == 0x29 { return (index, k + 1) }
        }
        return nil
    }

    /// `15:00~16:10` or `9:30` right after a date: the text and its end.
    func timeSpan(_ i: Int) -> (text: String, end: Int)? {
        func clock(_ j: Int) -> Int? {
            guard let h = number(j, maxCount: 2), h.value < 25, h.end < b.count, b[h.end] == 0x3A,
                  let m = number(h.end + 1, maxCount: 2), m.count == 2, m.value < 60 else { return nil }
            return m.end
        }
        let start = skipSpaces(i, limit: 2)
        guard let first = clock(start) else { return nil }
        var end = first
        let d = skipSpaces(first, limit: 1)
        if let dash = rangeDash(d), let second = clock(skipSpaces(d + dash, limit: 1)) { end = second }
        return (String(decoding: b[start..<end], as: UTF8.self), end)
    }

    // MARK: calendar forms

    /// A calendar date written with digits, starting at `i` (a digit or an apostrophe).
    ///
    /// `inRange` admits the shortened forms only seen after a range dash (`~ 12(일)`).
    func calendar(_ i: Int, inRange: Bool = false) -> (DateExpression, Int)? {
        if let a = apostrophe(i) { return apostropheYear(i + a) }
        guard isDigit(i), let n = number(i) else { return nil }
        if n.count == 4 { return fullYear(n.value, n.end) }
        guard n.count <= 2 else { return nil }
        return shortForm(n.value, n.end, inRange: inRange)
    }

    /// After `'`: `'19년`, `'21.11.24.`, `’ 26.4.7`, `'22.3월`.
    private func apostropheYear(_ i: Int) -> (DateExpression, Int)? {
        let j = skipSpaces(i, limit: 1)
        guard let n = number(j, maxCount: 2), n.count == 2 else { return nil }
        let year = n.value >= 50 ? 1900 + n.value : 2000 + n.value
        if matches(DateBytes.year, at: n.end) { return afterYearWord(year, n.end + DateBytes.year.count) }
        guard n.end < b.count, b[n.end] == 0x2E else { return nil }
        return afterYearDot(year, n.end + 1, separator: 0x2E)
    }

    /// After a four-digit number: `2023년 …`, `2023.09.21`, `2023. 9. 21.`, `2024.7월`, `2024-07-28`.
    private func fullYear(_ year: Int, _ i: Int) -> (DateExpression, Int)? {
        guard (1900...2099).contains(year) else { return nil }
        let j = skipSpaces(i, limit: 1)
        if matches(DateBytes.year, at: j) { return afterYearWord(year, j + DateBytes.year.count) }
        guard i < b.count, b[i] == 0x2E || b[i] == 0x2D || b[i] == 0x2F else { return nil }
        return afterYearDot(year, i + 1, separator: b[i])
    }

    /// `년` seen: optional ` M월`, ` D일` (or `D-D일`).
    private func afterYearWord(_ year: Int, _ i: Int) -> (DateExpression, Int)? {
        var e = DateExpression(year: year)
        var end = i
        let j = skipSpaces(i, limit: 1)
        if let m = number(j, maxCount: 2), (1...12).contains(m.value), matches(DateBytes.month, at: m.end) {
            e.month = m.value
            end = m.end + DateBytes.month.count
            if let (day, endDay, dEnd) = dayWord(skipSpaces(end, limit: 1)) {
                e.day = day; e.endDay = endDay; end = dEnd
            }
        }
        return (e, end)
    }

    /// `YYYY.` seen: `M월`, `M.D`, `M.D.`, or `M` alone (month precision).
    private func afterYearDot(_ year: Int, _ i: Int, separator: UInt8) -> (DateExpression, Int)? {
        let j = skipSpaces(i, limit: 1)
        guard let m = number(j, maxCount: 2), (1...12).contains(m.value) else { return nil }
        var e = DateExpression(year: year, month: m.value)
        if matches(DateBytes.month, at: m.end) { return (e, m.end + DateBytes.month.count) }
        if m.end < b.count, b[m.end] == separator {
            let k = skipSpaces(m.end + 1, limit: 1)
            if let d = number(k, maxCount: 2), ISODate.isValid(year, m.value, d.value), !isDigit(d.end) {
                e.day = d.value
                var end = d.end
                if end < b.count, b[end] == separator, !isDigit(end + 1) { end += 1 }
                return (e, end)
            }
        }
        // `2023.09` alone: a month, unless more number follows (a version, a decimal).
        if isDigit(m.end) || matches(DateBytes.quarter, at: m.end) { return nil }
        if m.end < b.count {
            let c = b[m.end]
            // `2023.09.5%`, `’21.3분기`, `‘21.1~3Q`, `v2023.9a`: a decimal, a quarter, a version.
            if c == 0x25 || (c == 0x2E && isDigit(m.end + 1)) || rangeDash(m.end) != nil { return nil }
            if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) { return nil }
        }
        return (e, m.end)
    }

    /// `D일` or `D-D일` / `D~D일` at `i`: day, end day and end offset.
    func dayWord(_ i: Int) -> (Int, Int?, Int)? {
        guard let d = number(i, maxCount: 2), (1...31).contains(d.value) else { return nil }
        if matches(DateBytes.day, at: d.end) {
            let end = d.end + DateBytes.day.count
            return isDayCount(end) ? nil : (d.value, nil, end)
        }
        if let dash = rangeDash(d.end), let d2 = number(d.end + dash, maxCount: 2), d2.value > d.value, d2.value <= 31,
           matches(DateBytes.day, at: d2.end) {
            let end = d2.end + DateBytes.day.count
            return isDayCount(end) ? nil : (d.value, d2.value, end)
        }
        return nil
    }

    /// `3일간`, `2일째`: a count of days.
    private func isDayCount(_ i: Int) -> Bool {
        DateBytes.dayCountSuffixes.contains { matches($0, at: i) }
    }

    /// A one- or two-digit number: `9월 21일`, `9월`, `21일`, `6.21(금)`, `4.6.`, and in a range `12(일)`.
    private func shortForm(_ n: Int, _ i: Int, inRange: Bool) -> (DateExpression, Int)? {
        let j = skipSpaces(i, limit: 1)
        if matches(DateBytes.month, at: j), (1...12).contains(n) {
            var e = DateExpression(month: n)
            var end = j + DateBytes.month.count
            let k = skipSpaces(end, limit: 1)
            if let (day, endDay, dEnd) = dayWord(k) {
                e.day = day; e.endDay = endDay; end = dEnd
            } else if let d = number(k, maxCount: 2), (1...31).contains(d.value), weekday(d.end) != nil {
                e.day = d.value; end = d.end     // `6월 29(화)`: 일 left out before the weekday
            }
            return (e, end)
        }
        if let (day, endDay, end) = dayWord(i - digitCount(n, endingAt: i)) {
            return (DateExpression(day: day, endDay: endDay), end)
        }
        // M.D: only with a weekday, a closing dot, or after a range dash; `2.5%` and `7.6억` are numbers.
        if i < b.count, b[i] == 0x2E, (1...12).contains(n), let d = number(i + 1, maxCount: 2), (1...31).contains(d.value) {
            var end = d.end
            var closed = false
            if end < b.count, b[end] == 0x2E, !isDigit(end + 1) { end += 1; closed = true }
            let enclosed = i - digitCount(n, endingAt: i) > 0 && b[i - digitCount(n, endingAt: i) - 1] == 0x28
                && end < b.count && (b[end] == 0x29 || b[end] == 0x2C || rangeDash(end) != nil)
            if closed || inRange || enclosed || weekday(end) != nil {
                return (DateExpression(month: n, day: d.value), end)
            }
            return nil
        }
        // `10. 15.(일)`: one space after the month's dot (a tenth of the corpus's dotted dates), only
        // with the weekday, since `3. 4.` alone is as often a list of numbers.
        if i + 2 < b.count, b[i] == 0x2E, b[i + 1] == 0x20, (1...12).contains(n), let d = number(i + 2, maxCount: 2), (1...31).contains(d.value) {
            var end = d.end
            if end < b.count, b[end] == 0x2E, !isDigit(end + 1) { end += 1 }
            if weekday(end) != nil { return (DateExpression(month: n, day: d.value), end) }
        }
        if inRange, (1...31).contains(n), weekday(i) != nil {
            return (DateExpression(day: n), i)
        }
        return nil
    }

    private func digitCount(_ n: Int, endingAt i: Int) -> Int {
        var k = i
        while k > 0, b[k - 1] >= 0x30, b[k - 1] <= 0x39 { k -= 1 }
        return i - k
    }
}
