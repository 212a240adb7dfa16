extension ISODate {
    /// ``parse(_:)`` read straight off the bytes for the usual `YYYY`, `YYYY-MM`, `YYYY-MM-DD`
    /// of ASCII digits; anything else goes to ``parse(_:)`` (which splits into substrings and
    /// parses each, too slow to run per document and per candidate event).
    ///
    /// Same answer as ``parse(_:)``: for all-digit fields it reads the same numbers and applies
    /// the same month and day checks.
    static func parseDigits(_ iso: String) -> (year: Int, month: Int?, day: Int?)? {
        let b = iso.utf8
        let n = b.count
        guard n == 4 || n == 7 || n == 10 else { return parse(iso) }
        // The fields as numbers, read left to right: year, then month, then day.
        var fields = (0, 0, 0)
        for (i, c) in b.enumerated() {
            if i == 4 || i == 7 {
                guard c == 0x2D else { return parse(iso) }
                continue
            }
            guard c >= 0x30, c <= 0x39 else { return parse(iso) }
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
}
