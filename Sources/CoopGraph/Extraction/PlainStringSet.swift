/// A set of strings whose membership test runs on UTF-8 bytes without building or hashing a
/// `String`, yet answers exactly as `Set<String>.contains` (canonical equivalence).
///
/// Hashing a non-ASCII `String` normalises it on the fly; rules ask about thousands of words
/// per document. For a *plain* text (see ``CanonicalBytes``) canonical equivalence is byte
/// equality, so a plain query is looked up by its bytes among the plain members, and among the
/// other members (usually none) as a `String`. A query that is not plain takes the `String` path.
public struct PlainStringSet: Sendable {
    /// Every member, for queries that are not plain.
    public let members: Set<String>
    private let plainTable: ByteKeyTable
    /// Members that are not plain: a plain query may still be canonically equivalent to one.
    private let others: Set<String>

    public init<S: Sequence>(_ strings: S) where S.Element == String {
        let all = Set(strings)
        var plain: [String] = [], others = Set<String>()
        for s in all.sorted() {
            if CanonicalBytes.isPlain(s) { plain.append(s) } else { others.insert(s) }
        }
        self.members = all
        self.plainTable = ByteKeyTable(strings: plain)
        self.others = others
    }

    public var isEmpty: Bool { members.isEmpty }

    /// `Set<String>.contains(s)`.
    public func contains(_ s: String) -> Bool {
        var copy = s
        let plain = copy.withUTF8 { b -> Bool? in
            guard Self.isPlainUTF8(b, 0, b.count) else { return nil }
            return b.isEmpty ? members.contains("") : plainTable.contains(b, 0, b.count)
        }
        guard let plain else { return members.contains(s) }
        return plain || (!others.isEmpty && others.contains(s))
    }

    /// `contains(String(decoding: b[lo..<hi], as: UTF8.self))`, without building the string
    /// when the bytes are plain.
    public func contains(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        guard hi > lo, Self.isPlainUTF8(b, lo, hi) else { return members.contains(HangulBytes.string(lo, max(lo, hi), in: b)) }
        if plainTable.contains(b, lo, hi) { return true }
        return !others.isEmpty && others.contains(HangulBytes.string(lo, hi, in: b))
    }

    /// ``CanonicalBytes/isPlain(_:_:)`` that also requires well-formed continuation bytes, so
    /// that a plain slice decodes to exactly its bytes (no repair into U+FFFD).
    @inline(__always)
    static func isPlainUTF8(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        var i = lo
        while i < hi {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            if c < 0xE0 {
                guard c == 0xC2, i + 1 < hi, b[i + 1] >= 0xA0, b[i + 1] <= 0xBF else { return false }
                i += 2
                continue
            }
            guard c < 0xF0, i + 2 < hi, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 else { return false }
            let v = (UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
            guard v >= 0x800, CanonicalBytes.isPlainScalar(v) else { return false }
            i += 3
        }
        return true
    }
}
