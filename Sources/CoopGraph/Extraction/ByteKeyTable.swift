/// An exact-match table from UTF-8 byte strings to integers, looked up on a slice of a
/// buffer without building a `String` (no allocation, no Unicode normalisation).
///
/// Keys are hashed with 64-bit FNV-1a into open-addressed slots; a hit is confirmed by
/// comparing bytes. Built once, read-only, `Sendable`.
public struct ByteKeyTable: Sendable {
    private let slots: [Int32]
    private let keyStart: [Int32]
    private let keyBytes: [UInt8]
    private let values: [Int]
    private let mask: Int

    /// The first value given for a key wins.
    public init<S: Sequence>(_ pairs: S) where S.Element == ([UInt8], Int) {
        var seen = Set<[UInt8]>()
        var starts: [Int32] = [0]
        var bytes: [UInt8] = []
        var values: [Int] = []
        for (k, v) in pairs where !k.isEmpty && seen.insert(k).inserted {
            bytes += k
            starts.append(Int32(bytes.count))
            values.append(v)
        }
        var size = 16
        while size < values.count * 2 { size <<= 1 }
        var slots = [Int32](repeating: -1, count: size)
        for i in 0..<values.count {
            let lo = Int(starts[i]), hi = Int(starts[i + 1])
            var h = bytes.withUnsafeBufferPointer { Self.hash($0, lo, hi) } & (size - 1)
            while slots[h] >= 0 { h = (h + 1) & (size - 1) }
            slots[h] = Int32(i)
        }
        self.slots = slots
        self.keyStart = starts
        self.keyBytes = bytes
        self.values = values
        self.mask = size - 1
    }

    /// A set of strings (values are insertion indices).
    public init<S: Sequence>(strings: S) where S.Element == String {
        self.init(strings.enumerated().map { (Array($0.element.utf8), $0.offset) })
    }

    public var count: Int { values.count }

    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in lo..<hi { h = (h ^ UInt64(b[i])) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The value for the bytes `lo..<hi` of `b`, if that is a key.
    public func value(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int? {
        guard hi > lo else { return nil }
        return find(Self.hash(b, lo, hi), b, lo, hi)
    }

    @inline(__always)
    private func find(_ hash: Int, _ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int? {
        var h = hash & mask
        let n = hi - lo
        while true {
            let k = Int(slots[h])
            if k < 0 { return nil }
            let ks = Int(keyStart[k]), ke = Int(keyStart[k + 1])
            if ke - ks == n {
                var equal = true
                for j in 0..<n where keyBytes[ks + j] != b[lo + j] { equal = false; break }
                if equal { return values[k] }
            }
            h = (h + 1) & mask
        }
    }

    public func contains(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool { value(b, lo, hi) != nil }

    /// Lookup of a whole string (for tests and cold paths).
    public func value(_ s: String) -> Int? {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { value($0, 0, $0.count) }
    }
}
