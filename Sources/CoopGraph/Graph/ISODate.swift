/// Small calendar helpers over ISO 8601 strings (proleptic Gregorian, no time zone).
public enum ISODate {
    /// `YYYY[-MM[-DD]]`, the year padded to four digits and the month and day to two.
    ///
    /// Every resolved date is formatted, so the usual fields (a year of 0…9999, a month and day of
    /// 0…99) are written as bytes; other values take ``formatPadding(_:_:_:)``, which gives the
    /// same answer for those too (a test compares the two).
    public static func format(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> String {
        guard (0...9999).contains(year), (0...99).contains(month ?? 0), (0...99).contains(day ?? 0) else {
            return formatPadding(year, month, day)
        }
        // Up to ten bytes; a tuple keeps them off the heap.
        var bytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &bytes) { out in
            func digit(_ v: Int) -> UInt8 { UInt8(truncatingIfNeeded: v) &+ 0x30 }
            out[0] = digit(year / 1000); out[1] = digit(year / 100 % 10); out[2] = digit(year / 10 % 10); out[3] = digit(year % 10)
            var n = 4
            if let month {
                out[4] = 0x2D; out[5] = digit(month / 10); out[6] = digit(month % 10); n = 7
                if let day, month > 0 { out[7] = 0x2D; out[8] = digit(day / 10); out[9] = digit(day % 10); n = 10 }
            }
            return String(decoding: UnsafeRawBufferPointer(rebasing: out[0..<n]), as: UTF8.self)
        }
    }

    /// ``format(_:_:_:)`` by padding strings: the general path.
    static func formatPadding(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> String {
        var s = pad(year, 4)
        if let month { s += "-" + pad(month, 2) }
        if let month, let day, month > 0 { s += "-" + pad(day, 2) }
        return s
    }

    /// Splits `YYYY[-MM[-DD]]` into its parts; nil when malformed.
    ///
    /// Runs per document and per candidate event, so the usual forms of ASCII digits are read
    /// off the bytes; anything else takes ``parseSplitting(_:)``, which applies the same month
    /// and day checks (a test compares the two).
    public static func parse(_ iso: String) -> (year: Int, month: Int?, day: Int?)? {
        let b = iso.utf8
        let n = b.count
        guard n == 4 || n == 7 || n == 10 else { return parseSplitting(iso) }
        // The fields as numbers, read left to right: year, then month, then day.
        var fields = (0, 0, 0)
        for (i, c) in b.enumerated() {
            if i == 4 || i == 7 {
                guard c == 0x2D else { return parseSplitting(iso) }
                continue
            }
            guard c >= 0x30, c <= 0x39 else { return parseSplitting(iso) }
            let v = Int(c - 0x30)
            if i < 4 { fields.0 = fields.0 * 10 + v } else if i < 7 { fields.1 = fields.1 * 10 + v } else { fields.2 = fields.2 * 10 + v }
        }
        let y = fields.0
        guard n >= 7 else { return (y, nil, nil) }
        let m = fields.1
        guard (1...12).contains(m) else { return nil }
        guard n == 10 else { return (y, m, nil) }
        let d = fields.2
        guard (1...daysInMonth(y, m)).contains(d) else { return nil }
        return (y, m, d)
    }

    /// ``parse(_:)`` by splitting into substrings: the general path.
    static func parseSplitting(_ iso: String) -> (year: Int, month: Int?, day: Int?)? {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        var m: Int?, d: Int?
        if parts.count >= 2 { guard parts[1].count == 2, let v = Int(parts[1]), (1...12).contains(v) else { return nil }; m = v }
        if parts.count == 3 {
            guard parts[2].count == 2, let v = Int(parts[2]), let m, (1...daysInMonth(y, m)).contains(v) else { return nil }
            d = v
        }
        return (y, m, d)
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isValid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        (1...12).contains(m) && d >= 1 && d <= daysInMonth(y, m)
    }

    /// Day of week, 0 = Sunday … 6 = Saturday (Sakamoto's method).
    public static func weekday(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let yy = m < 3 ? y - 1 : y
        return (yy + yy / 4 - yy / 100 + yy / 400 + t[m - 1] + d) % 7
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
