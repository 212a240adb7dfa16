/// A set of Unicode scalars tested with one bit lookup for Hangul syllables and ASCII
/// (the hot cases), falling back to a `Set` for anything else (Hanja, symbols).
public struct ScalarSet: Sendable {
    private let hangul: [UInt64]
    private let ascii: (UInt64, UInt64)
    private let others: Set<UInt32>

    public init<S: Sequence>(_ scalars: S) where S.Element == UInt32 {
        var h = [UInt64](repeating: 0, count: (0xD7A3 - 0xAC00) / 64 + 1)
        var lo: UInt64 = 0, hi: UInt64 = 0
        var others = Set<UInt32>()
        for v in scalars {
            if HangulBytes.isHangulSyllable(v) {
                let i = Int(v - 0xAC00)
                h[i >> 6] |= 1 << UInt64(i & 63)
            } else if v < 64 {
                lo |= 1 << UInt64(v)
            } else if v < 128 {
                hi |= 1 << UInt64(v - 64)
            } else {
                others.insert(v)
            }
        }
        self.hangul = h
        self.ascii = (lo, hi)
        self.others = others
    }

    @inline(__always)
    public func contains(_ v: UInt32) -> Bool {
        if HangulBytes.isHangulSyllable(v) {
            let i = Int(v - 0xAC00)
            return hangul[i >> 6] & (1 << UInt64(i & 63)) != 0
        }
        if v < 64 { return ascii.0 & (1 << UInt64(v)) != 0 }
        if v < 128 { return ascii.1 & (1 << UInt64(v - 64)) != 0 }
        return others.contains(v)
    }
}
