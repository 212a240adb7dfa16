/// A 64-bit FNV-1a hash of UTF-8 bytes, for short deterministic identifiers.
///
/// Swift's `Hasher` is seeded per process, so it cannot name things in files; this one
/// gives the same value on every run and platform.
public enum StableHash {
    /// FNV-1a 64 of the UTF-8 bytes of `s`.
    public static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// The hash as 16 lower-case hexadecimal digits.
    public static func hex(_ s: String) -> String {
        let v = String(fnv1a(s), radix: 16)
        return String(repeating: "0", count: 16 - v.count) + v
    }
}
