import Foundation

/// A string compared and hashed by its UTF-8 bytes, for the write path's dictionaries and sets.
///
/// `String`'s own `==` and hashing follow canonical equivalence, so every non-ASCII key (all
/// Korean names and sentences) is normalised on each hash: most of the cost of a lookup.
/// SQLite compares bytes too, so byte identity is also what "already written" means there.
struct UTF8Key: Hashable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        guard a.string.utf8.count == b.string.utf8.count else { return false }
        var x = a.string
        var y = b.string
        // memcmp, not a byte-by-byte iteration: sentences are a few hundred bytes long.
        return x.withUTF8 { p in
            y.withUTF8 { q in
                guard let pa = p.baseAddress, let qa = q.baseAddress else { return p.count == q.count }
                return memcmp(pa, qa, p.count) == 0
            }
        }
    }

    /// Bytes hashed at each end of a long key.
    static let hashedEnd = 32

    /// Hashes the length and at most the first and last ``hashedEnd`` bytes: all of an ID or
    /// a name, but not the middle of a sentence (the writer looks one up per mention). Keys
    /// that agree on those only share a bucket; equality still compares every byte.
    func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            hasher.combine(raw.count)
            if raw.count <= 2 * Self.hashedEnd {
                hasher.combine(bytes: raw)
            } else {
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw.prefix(Self.hashedEnd)))
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw.suffix(Self.hashedEnd)))
            }
        }
    }
}
