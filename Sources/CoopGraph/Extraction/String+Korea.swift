/// `== "한국"` decided on UTF-8 bytes.
extension String {
    /// The UTF-8 bytes of `한국`, Korea's canonical country name.
    static let koreaBytes: [UInt8] = Array("한국".utf8)

    /// Same result as `self == "한국"`, the test rules make for every country mention (a foreign
    /// country anchors foreign bodies and names). `==` on Korean text compares canonical
    /// decompositions, hundreds of instructions per pair, while the bytes nearly always decide:
    /// a string canonically equivalent to `한국` decomposes to the same six conjoining jamo
    /// (U+1112 U+1161 U+11AB U+1100 U+116E U+11A8), so it is either the six bytes of the two
    /// precomposed syllables or 9 to 18 bytes holding at least one conjoining jamo (lead byte
    /// `E1`). Only such a string is compared as a `String`.
    var isKorea: Bool {
        let u = utf8
        let count = u.count
        if count == 6 { return u.elementsEqual(Self.koreaBytes) }
        guard count >= 9, count <= 18, count % 3 == 0, u.contains(0xE1) else { return false }
        return self == "한국"
    }
}
