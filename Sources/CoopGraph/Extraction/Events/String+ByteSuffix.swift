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
