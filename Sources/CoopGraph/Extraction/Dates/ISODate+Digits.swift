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

    /// ``format(_:_:_:)`` written as bytes for a year of 0…9999 and a month and day of 0…99 (the
    /// fields it pads to four and two digits); other values go to ``format(_:_:_:)``. Every
    /// resolved date is formatted, and the padding there builds several strings per call.
    static func formatDigits(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> String {
        guard (0...9999).contains(year), (0...99).contains(month ?? 0), (0...99).contains(day ?? 0) else {
            return format(year, month, day)
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
}
