import Foundation

/// A small fixed set of words asked about on hot paths, compared as UTF-8 bytes instead of
/// hashed as `String`s (whose hash normalises every non-ASCII scalar).
///
/// Answers exactly what `Set<String>.contains` answers, canonical equivalence included: two
/// strings made only of ASCII and precomposed Hangul syllables are equivalent only when their
/// bytes are equal, so only other strings fall back to comparing `String`s.
struct WordSet: Sendable {
    /// The words' UTF-8 (and that of their NFC forms where it differs), by byte length.
    private let byLength: [[[UInt8]]]
    private let words: Set<String>
    /// Every word's NFC form is among the byte forms (the words and their NFC forms), so a
    /// simple query found in none of them is in no word.
    private let allSimple: Bool
    /// For each byte length up to 16: the words of that length as packed keys (``key(_:)``),
    /// sorted, so a look-up is a binary search instead of a byte comparison per word.
    private let packed: [[Key]]

    /// Up to 16 bytes, little-endian in two words (unused bytes zero).
    struct Key: Comparable, Hashable, Sendable {
        var lo: UInt64
        var hi: UInt64
        static func < (a: Key, b: Key) -> Bool { a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo }
    }

    static func key(_ b: UnsafeBufferPointer<UInt8>) -> Key {
        var k = Key(lo: 0, hi: 0)
        for i in 0..<min(8, b.count) { k.lo |= UInt64(b[i]) << UInt64(8 * i) }
        if b.count > 8 { for i in 8..<min(16, b.count) { k.hi |= UInt64(b[i]) << UInt64(8 * (i - 8)) } }
        return k
    }

    init(_ words: some Sequence<String>) {
        let set = Set(words)
        // Each word under its own bytes and, when they differ, those of its NFC form: a simple
        // query (NFC by construction) equals a word exactly when its bytes are the word's NFC
        // bytes, so a miss among them is a sure "no" for it — list bullets (ㅇ, ○, ·) no longer
        // send every simple miss to a normalising `Set<String>` look-up.
        var forms: [[UInt8]] = []
        var verified = true
        for w in set {
            forms.append(Array(w.utf8))
            let simple = Array(w.utf8).withUnsafeBufferPointer { Self.isSimple($0) }
            guard !simple else { continue }
            let nfc = w.precomposedStringWithCanonicalMapping
            // Kept only when `==` agrees that it is the same text: otherwise misses stay undecided.
            guard nfc == w else { verified = false; continue }
            if !nfc.utf8.elementsEqual(w.utf8) { forms.append(Array(nfc.utf8)) }
        }
        let maxLength = forms.map(\.count).max() ?? 0
        var byLength = [[[UInt8]]](repeating: [], count: maxLength + 1)
        for f in forms { byLength[f.count].append(f) }
        self.byLength = byLength
        self.words = set
        self.allSimple = verified
        var packed = [[Key]](repeating: [], count: min(maxLength, 16) + 1)
        for f in forms where f.count <= 16 { packed[f.count].append(f.withUnsafeBufferPointer { Self.key($0) }) }
        self.packed = packed.map { $0.sorted() }
    }

    func contains<S: StringProtocol>(_ s: S) -> Bool {
        let quick: Bool? = s.utf8.withContiguousStorageIfAvailable { lookUp($0) } ?? Array(s.utf8).withUnsafeBufferPointer { lookUp($0) }
        return quick ?? words.contains(String(s))
    }

    /// ``contains(_:)`` for the UTF-8 of a string, without making the string unless only a
    /// `String` comparison can tell.
    func contains(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        lookUp(b) ?? words.contains(String(decoding: b, as: UTF8.self))
    }

    /// The answer from the bytes alone, or nil when only a `String` comparison can tell.
    private func lookUp(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        if b.count < packed.count {
            let keys = packed[b.count]
            if !keys.isEmpty {
                let k = Self.key(b)
                var lo = 0, hi = keys.count
                while lo < hi { let mid = (lo + hi) >> 1; if keys[mid] < k { lo = mid + 1 } else { hi = mid } }
                if lo < keys.count, keys[lo] == k { return true }
            }
        } else if b.count < byLength.count {
            for w in byLength[b.count] where w.elementsEqual(b) { return true }
        }
        return allSimple && Self.isSimple(b) ? false : nil
    }

    /// Only ASCII and precomposed Hangul syllables (U+AC00–U+D7A3): a string in NFC whose
    /// scalars each stand alone.
    static func isSimple(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 { if c == 0x0D { return false }; i += 1; continue }
            guard i + 2 < b.count else { return false }
            let c1 = b[i + 1], c2 = b[i + 2]
            guard c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80 else { return false }
            // U+AC00–U+D7A3 without decoding: EB and EC lead only syllables (U+B000–U+CFFF); EA
            // leads them from B0 on (U+AC00), ED up to 9E A3 (U+D7A3).
            switch c {
            case 0xEB, 0xEC: break
            case 0xEA: guard c1 >= 0xB0 else { return false }
            case 0xED: guard c1 < 0x9E || (c1 == 0x9E && c2 <= 0xA3) else { return false }
            default: return false
            }
            i += 3
        }
        return true
    }
}
