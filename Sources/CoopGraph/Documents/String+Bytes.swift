extension String {
    /// The string without leading and trailing white space (including NBSP, U+200B, U+3000, U+FEFF).
    func trimmingBlanks() -> String {
        var copy = self
        return copy.withUTF8 { b -> String in
            var s = 0, e = b.count
            while s < e {
                if b[s] == 0x0A { s += 1 } else if let n = TextLine.blankLength(b, at: s, limit: e) { s += n } else { break }
            }
            while e > s {
                if b[e - 1] == 0x0A { e -= 1 } else if let n = TextLine.blankLengthBefore(b, at: e, floor: s) { e -= n } else { break }
            }
            if s == 0 && e == b.count { return self }
            return String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
        }
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
        return hay.withUTF8 { h in pin.withUTF8 { n in ByteSearch.firstIndex(of: n, in: h) != nil } }
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
