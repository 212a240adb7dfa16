import Foundation

/// A growing table from strings (with a small integer tag) to integers, found by their UTF-8
/// bytes: the per-document name and ID indexes of the graph builder.
///
/// `[UTF8Key: Int]` already compared bytes, but `Hasher` (SipHash) over a name's bytes plus
/// the dictionary's generic paths cost several hundred instructions per look-up, once or
/// twice per mention. Here a key is hashed eight bytes at a time with a multiply–xorshift
/// mix, kept in open-addressed slots beside its hash, and confirmed by its length and a
/// `memcmp`. Two keys are the same when their tags are equal and their bytes are: callers
/// that need `String` equality (canonical equivalence) ask ``CanonicalStringIndex``.
/// Three allocations (slots, entries, key bytes): one index is made per document for each use.
struct ByteStringIndex {
    /// A key's bytes are `bytes[start ..< start + length]`: compared without retaining a string.
    private struct Entry {
        let hash: UInt64
        let tag: Int
        let start: Int
        let length: Int
        var value: Int
    }

    /// Entry numbers by hash, -1 for an empty slot; `slots.count` is a power of two.
    private var slots: [Int32]
    private var entries: [Entry] = []
    /// Every key's bytes, end to end.
    private var bytes: [UInt8] = []

    /// Room for `minimumCapacity` keys before the slots grow (they stay at most half full).
    init(minimumCapacity: Int = 8) {
        var size = 16
        while size < 2 * minimumCapacity { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
    }

    var count: Int { entries.count }

    /// Every key (made again from its bytes), tag and value, in insertion order.
    func forEach(_ body: (_ key: String, _ tag: Int, _ value: Int) -> Void) {
        for e in entries { body(String(decoding: bytes[e.start..<(e.start + e.length)], as: UTF8.self), e.tag, e.value) }
    }

    /// The value stored under `key` and `tag` (same bytes, same tag), if any.
    func value(for key: String, tag: Int = 0) -> Int? {
        var k = key
        return k.withUTF8 { b in find(Self.hash(b, tag: tag), b, tag).map { entries[$0].value } }
    }

    /// Stores `value` under `key` and `tag`, replacing the value of an equal key.
    mutating func setValue(_ value: Int, for key: String, tag: Int = 0) {
        var k = key
        let (h, found) = k.withUTF8 { b -> (UInt64, Int?) in
            let h = Self.hash(b, tag: tag)
            return (h, find(h, b, tag))
        }
        if let found { entries[found].value = value; return }
        insertNew(value, for: &k, hash: h, tag: tag)
    }

    /// The value stored under `key` and `tag`, if any; when there is none, stores `value` there
    /// and answers nil. One hash and one probe where a look-up and then ``setValue(_:for:tag:)``
    /// hashed the key twice.
    mutating func valueOrInsert(_ value: Int, for key: String, tag: Int = 0) -> Int? {
        var k = key
        let (h, found) = k.withUTF8 { b -> (UInt64, Int?) in
            let h = Self.hash(b, tag: tag)
            return (h, find(h, b, tag))
        }
        if let found { return entries[found].value }
        insertNew(value, for: &k, hash: h, tag: tag)
        return nil
    }

    /// Adds an entry for a key known to be absent, whose hash is `h`.
    private mutating func insertNew(_ value: Int, for k: inout String, hash h: UInt64, tag: Int) {
        if 2 * (entries.count + 1) > slots.count { grow() }
        let e = Int32(entries.count)
        let start = bytes.count
        // Room for names of up to 24 bytes in every slot before the first grow, reserved at
        // the first key (an index often stays empty): growing the buffer copied the keys.
        // Likewise room for as many entries as the slots take before they grow: the list grown
        // from empty was reallocated (and copied) at 1, 2, 4, 8 … keys.
        if start == 0 {
            bytes.reserveCapacity(12 * slots.count)
            entries.reserveCapacity(slots.count / 2)
        }
        k.withUTF8 { bytes.append(contentsOf: $0) }
        entries.append(Entry(hash: h, tag: tag, start: start, length: bytes.count - start, value: value))
        place(e, h)
    }

    /// The entry whose hash, tag and bytes equal these.
    private func find(_ h: UInt64, _ b: UnsafeBufferPointer<UInt8>, _ tag: Int) -> Int? {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[s])
            if e < 0 { return nil }
            if entries[e].hash == h, entries[e].tag == tag, entries[e].length == b.count, sameBytes(entries[e].start, b) { return e }
            s = (s + 1) & mask
        }
    }

    private mutating func place(_ e: Int32, _ h: UInt64) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = e
    }

    /// Twice the slots, every entry placed again from its stored hash (no key is hashed again).
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for e in entries.indices { place(Int32(e), entries[e].hash) }
    }

    /// The stored bytes from `start` equal `b` (whose length the caller has checked).
    @inline(__always)
    private func sameBytes(_ start: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { q in
            guard let pa = q.baseAddress, let pb = b.baseAddress else { return true }
            return memcmp(pa + start, pb, b.count) == 0
        }
    }

    /// A 64-bit hash of the bytes and the tag: eight bytes at a time, each word mixed in by a
    /// multiplication and shifts (the finaliser of SplitMix64), the length and tag first.
    static func hash(_ b: UnsafeBufferPointer<UInt8>, tag: Int) -> UInt64 {
        var h = mix(UInt64(truncatingIfNeeded: b.count) << 8 ^ UInt64(truncatingIfNeeded: tag))
        guard let base = b.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        let n = b.count
        while i + 8 <= n {
            h = mix(h ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < n { w |= UInt64(b[i]) << shift; shift += 8; i += 1 }
            h = mix(h ^ w)
        }
        return h
    }

    @inline(__always)
    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x &* 0xBF58_476D_1CE4_E5B9
        z ^= z >> 31
        z = z &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 29)
    }
}
