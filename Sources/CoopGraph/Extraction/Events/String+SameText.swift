/// `==` decided on UTF-8 bytes where the bytes decide it.
extension String {
    /// Same result as `self == other`, without the canonical-equivalence comparison when the
    /// bytes answer: equal bytes are equal strings, and two strings of ASCII and precomposed
    /// Hangul only (``WordSet/isSimple(_:)``, NFC by construction) are equal only when their
    /// bytes are. `==` on Korean text normalises as it compares, which costs hundreds of
    /// instructions per pair; the rules compare names and canonical names per candidate.
    func isSameText(_ other: String) -> Bool {
        var a = self, b = other
        let quick: Bool? = a.withUTF8 { x in
            b.withUTF8 { y in
                if x.count == y.count, x.elementsEqual(y) { return true }
                return WordSet.isSimple(x) && WordSet.isSimple(y) ? false : nil
            }
        }
        return quick ?? (self == other)
    }
}
