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
    /// By bytes with a cheap hash (``ByteStringIndex``): `Hasher` over the bytes of a
    /// `UTF8Key` cost several hundred instructions per look-up.
    /// Until `byString` exists it holds exactly the keys inserted, in order, from which
    /// `byString` is built when first needed (no separate list of keys to allocate).
    private var byBytes = ByteStringIndex()
    private var byString: [String: Int]?

    init() {}

    /// An index with room for `minimumCapacity` keys before its byte table grows (a growing
    /// table hashes every key again).
    init(minimumCapacity: Int) {
        byBytes = ByteStringIndex(minimumCapacity: minimumCapacity)
    }

    /// The value stored under a key canonically equal to `key`, if any.
    mutating func value(for key: String) -> Int? {
        if let v = byBytes.value(for: key) { return v }
        if byString == nil {
            if CanonicalBytes.isPlain(key) { return nil }
            buildStringIndex()
        }
        guard let v = byString?[key] else { return nil }
        byBytes.setValue(v, for: key)
        return v
    }

    /// ``value(for:)`` without remembering a key found through the `String` index (so without
    /// changing the index). A key that is not plain, asked while every stored key is plain (no
    /// `String` index yet), may still equal one by normalisation: `scan` answers it.
    func storedValue(for key: String, scan: () -> Int?) -> Int? {
        if let v = byBytes.value(for: key) { return v }
        if let byString { return byString[key] }
        return CanonicalBytes.isPlain(key) ? nil : scan()
    }

    /// The value stored under a key canonically equal to `key`, if any; when there is none,
    /// stores `newValue` under `key` and answers nil. `newValue` must differ from every stored
    /// value (a position not used yet). One byte hash and one plain-text check for a new key,
    /// where ``value(for:)`` and then ``insert(_:_:)`` did each twice.
    mutating func valueOrInsert(_ newValue: Int, for key: String) -> Int? {
        if let v = byBytes.valueOrInsert(newValue, for: key) { return v }
        // The key's bytes are new and now stored with `newValue`.
        let found: Int?
        if byString == nil {
            // Every stored key is plain: a plain key that is new by bytes is new.
            if CanonicalBytes.isPlain(key) { return nil }
            // Built from every key in insertion order, the first of equal keys kept: `key`
            // (last) maps to `newValue` only when it equals no stored key.
            buildStringIndex()
            found = byString?[key].flatMap { $0 == newValue ? nil : $0 }
        } else {
            found = byString?[key]
            if found == nil { byString?[key] = newValue }
        }
        guard let found else { return nil }
        // A canonically equal spelling of a stored key: its bytes now lead there too.
        byBytes.setValue(found, for: key)
        return found
    }

    /// Stores `value` under `key`, which must not be canonically equal to a stored key.
    mutating func insert(_ key: String, _ value: Int) {
        byBytes.setValue(value, for: key)
        if byString != nil {
            byString?[key] = value
        } else if !CanonicalBytes.isPlain(key) {
            buildStringIndex()
        }
    }

    private mutating func buildStringIndex() {
        var d: [String: Int] = [:]
        byBytes.forEach { k, _, v in if d[k] == nil { d[k] = v } }
        byString = d
    }
}
