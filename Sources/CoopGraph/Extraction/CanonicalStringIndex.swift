import Foundation

/// Positions of strings, found by their UTF-8 bytes, with `String` equality (canonical
/// equivalence) as the meaning of "same key".
///
/// `String` hashing normalises every non-ASCII key to NFC first, most of the cost of a lookup
/// of a Korean name. Two strings that are both in NFC are canonically equivalent only when
/// their bytes are equal, and so are two plain ones (``CanonicalBytes``: ASCII, precomposed
/// Hangul, CJK ideographs, punctuation …). So while every key is plain (nearly all node and
/// edge IDs are) a byte miss of a plain key is a miss. The
/// first key that is not plain builds the `String`-keyed dictionary, and from then on byte
/// misses are asked there too, so canonically equal spellings still meet as in a `[String: Int]`.
struct CanonicalStringIndex {
    private var byBytes: [UTF8Key: Int] = [:]
    /// Every key inserted, for building `byString` when it is first needed.
    private var keys: [(key: String, value: Int)] = []
    private var byString: [String: Int]?

    init() {}

    /// An index with room for `minimumCapacity` keys before its byte table grows (a growing
    /// table hashes every key again).
    init(minimumCapacity: Int) {
        byBytes.reserveCapacity(minimumCapacity)
        keys.reserveCapacity(minimumCapacity)
    }

    /// The value stored under a key canonically equal to `key`, if any.
    mutating func value(for key: String) -> Int? {
        let k = UTF8Key(key)
        if let v = byBytes[k] { return v }
        if byString == nil {
            if CanonicalBytes.isPlain(key) { return nil }
            buildStringIndex()
        }
        guard let v = byString?[key] else { return nil }
        byBytes[k] = v
        return v
    }

    /// Stores `value` under `key`, which must not be canonically equal to a stored key.
    mutating func insert(_ key: String, _ value: Int) {
        byBytes[UTF8Key(key)] = value
        keys.append((key, value))
        if byString != nil {
            byString?[key] = value
        } else if !CanonicalBytes.isPlain(key) {
            buildStringIndex()
        }
    }

    private mutating func buildStringIndex() {
        var d: [String: Int] = [:]
        for (k, v) in keys where d[k] == nil { d[k] = v }
        byString = d
    }
}
