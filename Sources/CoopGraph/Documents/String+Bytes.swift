extension String {
    /// The string without leading and trailing white space (including NBSP, U+200B, U+3000, U+FEFF).
    func trimmingBlanks() -> String {
        var s = Substring(self)
        while let f = s.first, Self.isBlank(f) { s = s.dropFirst() }
        while let l = s.last, Self.isBlank(l) { s = s.dropLast() }
        return String(s)
    }

    static func isBlank(_ c: Character) -> Bool {
        c.isWhitespace || c == "\u{200B}" || c == "\u{FEFF}"
    }
}

extension String {
    /// Whether `needle`'s UTF-8 bytes occur in this string's; a byte search, far cheaper
    /// than Foundation's locale-aware `contains`, and exact (no normalisation).
    func containsBytes(_ needle: String) -> Bool {
        var hay = self
        var pin = needle
        return hay.withUTF8 { h in
            pin.withUTF8 { n in
                guard !n.isEmpty else { return true }
                guard n.count <= h.count else { return false }
                let first = n[0]
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count, h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}

extension StringProtocol {
    /// Byte-wise `hasPrefix`: no grapheme or normalisation work, for hot line checks.
    func startsWithBytes(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    /// Byte-wise `hasSuffix`.
    func endsWithBytes(_ suffix: String) -> Bool {
        let n = suffix.utf8.count
        guard utf8.count >= n else { return false }
        return utf8.suffix(n).elementsEqual(suffix.utf8)
    }

    /// Byte-wise equality.
    func isBytes(_ other: String) -> Bool { utf8.count == other.utf8.count && utf8.elementsEqual(other.utf8) }
}
