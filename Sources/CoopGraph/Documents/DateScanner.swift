/// Finds full calendar dates (year, month, day) written the ways Korean releases write them.
///
/// Forms: `2023.09.21`, `2021. 11. 24.(수)`, `2024-09-20`, `2024/09/20`, `2021년 11월 25일(목)`.
/// Used on short header lines only (not a hot path). Invalid days (`2023.02.30`) are not dates.
public enum DateScanner {
    public struct Found: Sendable, Hashable {
        public var year: Int
        public var month: Int
        public var day: Int
        /// Where the date is in the string, including a trailing `.` and `(요일)` when present.
        public var range: Range<String.Index>
    }

    public static func firstDate(in s: String) -> Found? {
        let chars = Array(s)
        var idx: [String.Index] = []
        idx.reserveCapacity(chars.count + 1)
        var k = s.startIndex
        while k < s.endIndex { idx.append(k); k = s.index(after: k) }
        idx.append(s.endIndex)
        var i = 0
        while i < chars.count {
            if isDigit(chars[i]), i == 0 || !isDigit(chars[i - 1]), let found = parse(chars, at: i) {
                return Found(year: found.y, month: found.m, day: found.d, range: idx[i]..<idx[found.end])
            }
            i += 1
        }
        return nil
    }

    /// `MM/DD/YYYY[ hh:mm:ss]`, the corpus's `approve_date`.
    public static func monthDayYear(_ s: String) -> (year: Int, month: Int, day: Int)? {
        if let decided = monthDayYearOnBytes(s) { return decided }
        let datePart = s.split(separator: " ").first.map(String.init) ?? s
        let p = datePart.split(separator: "/")
        guard p.count == 3, p[2].count == 4, let m = Int(p[0]), let d = Int(p[1]), let y = Int(p[2]), ISODate.isValid(y, m, d) else { return nil }
        return (y, m, d)
    }

    private static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

    private static func number(_ c: [Character], _ i: inout Int, maxDigits: Int) -> Int? {
        var v = 0, n = 0
        while i < c.count, n < maxDigits, isDigit(c[i]) { v = v * 10 + Int((c[i].asciiValue ?? 48) - 48); i += 1; n += 1 }
        if i < c.count, isDigit(c[i]) { return nil }
        return n == 0 ? nil : v
    }

    private static func skipSpaces(_ c: [Character], _ i: inout Int) {
        while i < c.count, c[i] == " " || c[i] == "\t" { i += 1 }
    }

    private static func parse(_ c: [Character], at start: Int) -> (y: Int, m: Int, d: Int, end: Int)? {
        var i = start
        let yStart = i
        guard let y = number(c, &i, maxDigits: 4), i - yStart == 4, (1900...2100).contains(y) else { return nil }
        let korean: Bool
        if i < c.count, c[i] == "년" { korean = true; i += 1 } else if i < c.count, c[i] == "." || c[i] == "-" || c[i] == "/" { korean = false; i += 1 } else { return nil }
        let sep: Character = korean ? "월" : c[i - 1]
        skipSpaces(c, &i)
        guard let m = number(c, &i, maxDigits: 2) else { return nil }
        guard i < c.count, c[i] == sep else { return nil }
        i += 1
        skipSpaces(c, &i)
        guard let d = number(c, &i, maxDigits: 2), ISODate.isValid(y, m, d) else { return nil }
        if korean {
            guard i < c.count, c[i] == "일" else { return nil }
            i += 1
        } else if sep == ".", i < c.count, c[i] == "." {
            i += 1
        }
        // A weekday in parentheses belongs to the date: `(수)`.
        var j = i
        skipSpaces(c, &j)
        if j + 2 < c.count, c[j] == "(", "월화수목금토일".contains(c[j + 1]), c[j + 2] == ")" { i = j + 3 }
        return (y, m, d, i)
    }

    /// ``monthDayYear(_:)`` on bytes for printable ASCII with digit-only fields (the corpus's
    /// `06/01/2023 00:00:00`): `.some(result)`, or nil when the `String` path must decide.
    ///
    /// Mirrors it exactly: the first space-separated word (empty words skipped), split at
    /// `/` with empty fields skipped, three fields, a four-character year.
    static func monthDayYearOnBytes(_ s: String) -> (year: Int, month: Int, day: Int)?? {
        var copy = s
        return copy.withUTF8 { b -> (year: Int, month: Int, day: Int)?? in
            for c in b where c < 0x20 || c > 0x7E { return nil }
            var i = 0
            while i < b.count, b[i] == 0x20 { i += 1 }
            guard i < b.count else { return nil }
            var end = i
            while end < b.count, b[end] != 0x20 { end += 1 }
            var fields: [Range<Int>] = []
            var k = i
            while k < end {
                var e = k
                while e < end, b[e] != UInt8(ascii: "/") { e += 1 }
                if e > k { fields.append(k..<e) }
                k = e + 1
            }
            guard fields.count == 3, fields[2].count == 4 else { return .some(nil) }
            var values: [Int] = []
            for f in fields {
                guard f.count <= 9 else { return nil }
                var v = 0
                for x in f {
                    guard b[x] >= 0x30, b[x] <= 0x39 else { return nil }
                    v = v * 10 + Int(b[x] - 0x30)
                }
                values.append(v)
            }
            let (m, d, y) = (values[0], values[1], values[2])
            return ISODate.isValid(y, m, d) ? .some((y, m, d)) : .some(nil)
        }
    }
}
