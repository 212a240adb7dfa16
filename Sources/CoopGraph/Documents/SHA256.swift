/// A small SHA-256 (FIPS 180-4), because CryptoKit is not available on Linux.
///
/// Used for ``Document/contentHash``; not constant-time, not meant for secrets. Every file
/// read is hashed, so the block function is written for speed: the state lives in eight
/// scalars, the message schedule in a 16-word ring on the stack, and contiguous input
/// (`Data`, arrays) is compressed in place without being copied into a buffer first.
public struct SHA256: Sendable {
    private var h0: UInt32 = 0x6a09e667, h1: UInt32 = 0xbb67ae85, h2: UInt32 = 0x3c6ef372, h3: UInt32 = 0xa54ff53a
    private var h4: UInt32 = 0x510e527f, h5: UInt32 = 0x9b05688c, h6: UInt32 = 0x1f83d9ab, h7: UInt32 = 0x5be0cd19
    /// Input not yet compressed: always fewer than 64 bytes between calls.
    private var pending: [UInt8] = []
    private var totalLength: UInt64 = 0

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    public init() {}

    /// Lower-case hex digest of `bytes` in one call.
    public static func hexDigest<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var h = SHA256()
        h.update(bytes)
        let digest = h.finalize()
        var hex = [UInt8](repeating: 0, count: 64)
        for (i, b) in digest.enumerated() {
            hex[2 * i] = hexDigits[Int(b >> 4)]
            hex[2 * i + 1] = hexDigits[Int(b & 0x0f)]
        }
        return String(decoding: hex, as: UTF8.self)
    }

    public mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(raw: UnsafeRawBufferPointer($0)) }
        if done == nil {
            let copy = Array(bytes)
            copy.withUnsafeBytes { update(raw: $0) }
        }
    }

    private mutating func update(raw: UnsafeRawBufferPointer) {
        totalLength &+= UInt64(raw.count)
        var offset = 0
        if !pending.isEmpty {
            let take = min(64 - pending.count, raw.count)
            pending.append(contentsOf: raw[0..<take])
            offset = take
            guard pending.count == 64 else { return }
            pending.withUnsafeBytes { compress($0, blocks: 1) }
            pending.removeAll(keepingCapacity: true)
        }
        let blocks = (raw.count - offset) / 64
        if blocks > 0 {
            compress(UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + blocks * 64)]), blocks: blocks)
            offset += blocks * 64
        }
        if offset < raw.count { pending.append(contentsOf: raw[offset...]) }
    }

    /// The 32-byte digest; the hasher should not be used afterwards.
    public mutating func finalize() -> [UInt8] {
        let bitLength = totalLength &* 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBytes { compress($0, blocks: $0.count / 64) }
        pending = []
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for word in [h0, h1, h2, h3, h4, h5, h6, h7] {
            out.append(UInt8(truncatingIfNeeded: word >> 24))
            out.append(UInt8(truncatingIfNeeded: word >> 16))
            out.append(UInt8(truncatingIfNeeded: word >> 8))
            out.append(UInt8(truncatingIfNeeded: word))
        }
        return out
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

    /// One round; the caller rotates the roles of the eight working variables instead of
    /// moving their values, so a round writes only `d` and `h`.
    @inline(__always)
    private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                              _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ kw
        let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) | (c & (a | b)))
        d = d &+ t1
        h = t1 &+ t2
    }

    /// Compresses `blocks` consecutive 64-byte blocks starting at `data`'s first byte.
    private mutating func compress(_ data: UnsafeRawBufferPointer, blocks: Int) {
        guard blocks > 0, let base = data.baseAddress else { return }
        Self.k.withUnsafeBufferPointer { kb in
            guard let k = kb.baseAddress else { return }
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { wb in
                guard let w = wb.baseAddress else { return }
                var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
                for block in 0..<blocks {
                    let p = base + block * 64
                    for i in 0..<16 { w[i] = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
                    var i = 0
                    while i < 64 {
                        if i >= 16 {
                            // Extend the schedule 8 words at a time in the 16-word ring.
                            for j in i..<(i + 8) {
                                let w15 = w[(j - 15) & 15], w2 = w[(j - 2) & 15]
                                let s0 = Self.rotr(w15, 7) ^ Self.rotr(w15, 18) ^ (w15 >> 3)
                                let s1 = Self.rotr(w2, 17) ^ Self.rotr(w2, 19) ^ (w2 >> 10)
                                w[j & 15] = w[j & 15] &+ s0 &+ w[(j - 7) & 15] &+ s1
                            }
                        }
                        let r = i & 15
                        Self.round(a, b, c, &d, e, f, g, &h, k[i] &+ w[r])
                        Self.round(h, a, b, &c, d, e, f, &g, k[i + 1] &+ w[r + 1])
                        Self.round(g, h, a, &b, c, d, e, &f, k[i + 2] &+ w[r + 2])
                        Self.round(f, g, h, &a, b, c, d, &e, k[i + 3] &+ w[r + 3])
                        Self.round(e, f, g, &h, a, b, c, &d, k[i + 4] &+ w[r + 4])
                        Self.round(d, e, f, &g, h, a, b, &c, k[i + 5] &+ w[r + 5])
                        Self.round(c, d, e, &f, g, h, a, &b, k[i + 6] &+ w[r + 6])
                        Self.round(b, c, d, &e, f, g, h, &a, k[i + 7] &+ w[r + 7])
                        i += 8
                    }
                    h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d; h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
                    a = h0; b = h1; c = h2; d = h3; e = h4; f = h5; g = h6; h = h7
                }
            }
        }
    }

}
