extension ByteSearch {
    /// ``firstIndex(of:in:)-(UnsafeBufferPointer<UInt8>,_)`` with a sharper vector filter for needles
    /// of three bytes or more: a start is a candidate when the needle's first, second and last
    /// bytes all match, not only its first and last.
    ///
    /// Rules look for one Korean word (`주한`, `정부`, `주식회사`) in every sentence. Its first
    /// byte is a common Hangul lead byte and its last a continuation byte, so most sixteen-byte
    /// blocks held a candidate and were checked start by start; the second byte (the syllable's
    /// middle bits) makes candidates rare. Same result, same order of search.
    static func firstIndexFiltered(of needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        needle.withUnsafeBufferPointer { firstIndexFiltered(of: $0, in: hay) }
    }

    /// See ``firstIndexFiltered(of:in:)-([UInt8],_)``.
    static func firstIndexFiltered(of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = needle.count
        guard n >= 3 else { return firstIndex(of: needle, in: hay) }
        guard n <= hay.count else { return nil }
        typealias V = SIMD16<UInt8>
        let first = needle[0], second = needle[1], tail = needle[n - 1]
        let last = hay.count - n
        var i = 0
        if let base = hay.baseAddress, last >= 15 {
            let raw = UnsafeRawPointer(base)
            // Vector operands only: the operators taking a scalar are generic calls.
            let vf = V(repeating: first), vs = V(repeating: second), vt = V(repeating: tail)
            while i + 15 <= last {
                let a = raw.loadUnaligned(fromByteOffset: i, as: V.self)
                let s = raw.loadUnaligned(fromByteOffset: i + 1, as: V.self)
                let z = raw.loadUnaligned(fromByteOffset: i + n - 1, as: V.self)
                if anyLane((a .== vf) .& (s .== vs) .& (z .== vt)) {
                    for k in i..<(i + 16) where hay[k] == first && hay[k + 1] == second && hay[k + n - 1] == tail {
                        var j = 2
                        while j < n - 1, hay[k + j] == needle[j] { j += 1 }
                        if j >= n - 1 { return k }
                    }
                }
                i += 16
            }
        }
        while i <= last {
            if hay[i] == first, hay[i + n - 1] == tail, hay[i + 1] == second {
                var j = 2
                while j < n - 1, hay[i + j] == needle[j] { j += 1 }
                if j >= n - 1 { return i }
            }
            i += 1
        }
        return nil
    }
}
