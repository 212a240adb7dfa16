/// Small calendar helpers over ISO 8601 strings (proleptic Gregorian, no time zone).
public enum ISODate {
    public static func format(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> String {
        var s = pad(year, 4)
        if let month { s += "-" + pad(month, 2) }
        if let month, let day, month > 0 { s += "-" + pad(day, 2) }
        return s
    }

    /// Splits `YYYY[-MM[-DD]]` into its parts; nil when malformed.
    public static func parse(_ iso: String) -> (year: Int, month: Int?, day: Int?)? {
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
