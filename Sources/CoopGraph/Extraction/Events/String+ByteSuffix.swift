/// `hasSuffix(_:)` compared as UTF-8 bytes where that gives the same answer.
extension String {
    /// Same result as `hasSuffix(_:)`, without walking `Character`s when both strings are ASCII
    /// and precomposed Hangul only (``WordSet/isSimple(_:)``): there every scalar is a
    /// character of its own and in NFC, so a byte suffix is a character suffix and equal bytes
    /// are equal characters. Other strings take `hasSuffix(_:)`.
    func hasSuffixOnBytes(_ suffix: String) -> Bool {
        var s = self, t = suffix
        let quick: Bool? = s.withUTF8 { a in
            t.withUTF8 { b in
                guard WordSet.isSimple(a), WordSet.isSimple(b) else { return nil }
                return ByteSearch.hasSuffix(a, b)
            }
        }
        return quick ?? hasSuffix(suffix)
    }
}

extension String {
    /// What stands before `suffix`, without surrounding spaces — `hasSuffixOnBytes(suffix) ?
    /// String(dropLast(suffix.count)).trimmingSpaces : ""` — cut on bytes when both strings are
    /// ASCII and precomposed Hangul only: there a character is its scalar, the `suffix.count`
    /// characters dropped are its bytes, and the only blanks to trim are the bytes 20, 09, 0A
    /// (no CR, no no-break space). Dropping and trimming characters walked grapheme clusters
    /// from the end of a Korean name, per agreement word.
    func prefixTrimmed(before suffix: String) -> String {
        var s = self, t = suffix
        let quick: String? = s.withUTF8 { a in
            t.withUTF8 { b in
                guard WordSet.isSimple(a), WordSet.isSimple(b) else { return nil }
                guard ByteSearch.hasSuffix(a, b) else { return "" }
                var lo = 0, hi = a.count - b.count
                while lo < hi, a[lo] == 0x20 || a[lo] == 0x09 || a[lo] == 0x0A { lo += 1 }
                while hi > lo, a[hi - 1] == 0x20 || a[hi - 1] == 0x09 || a[hi - 1] == 0x0A { hi -= 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: a[lo..<hi]), as: UTF8.self)
            }
        }
        if let quick { return quick }
        return hasSuffixOnBytes(suffix) ? String(dropLast(suffix.count)).trimmingSpaces : ""
    }
}
