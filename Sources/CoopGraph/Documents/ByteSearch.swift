/// Substring search on UTF-8 bytes, for hot line checks that must not build `String`s.
///
/// Byte search is exact (no normalisation), like ``Swift/String/containsBytes(_:)``.
enum ByteSearch {
    /// Whether `needle` occurs in `hay`.
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: hay) != nil
    }

    /// Whether `hay` ends with `suffix` (an empty suffix ends anything).
    static func hasSuffix(_ hay: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        suffix.withUnsafeBufferPointer { hasSuffix(hay, $0) }
    }

    /// Whether `hay` ends with `suffix` (an empty suffix ends anything).
    static func hasSuffix(_ hay: UnsafeBufferPointer<UInt8>, _ suffix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard suffix.count <= hay.count else { return false }
        let offset = hay.count - suffix.count
        for k in 0..<suffix.count where hay[offset + k] != suffix[k] { return false }
        return true
    }

    /// Offset in `hay` of the first occurrence of `needle`, or nil.
    static func firstIndex(of needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        needle.withUnsafeBufferPointer { firstIndex(of: $0, in: hay) }
    }

    /// Offset in `hay` of the first occurrence of `needle`, or nil; 0 for an empty needle.
    static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = needle.count
        guard n > 0 else { return 0 }
        guard n <= hay.count else { return nil }
        // A start is a candidate when the needle's first, second and last bytes all match. Rules
        // look for one Korean word (`주한`, `정부`, `주식회사`) in every sentence: its first byte
        // is a common Hangul lead byte and its last a continuation byte, so with those two alone
        // most sixteen-byte blocks held a candidate; the second byte (the syllable's middle
        // bits) makes candidates rare. For a needle of one or two bytes it repeats a test.
        let first = needle[0], second = needle[min(1, n - 1)], tail = needle[n - 1]
        let secondOffset = min(1, n - 1)
        let last = hay.count - n
        var i = 0
        if let base = hay.baseAddress, last >= 15 {
            let raw = UnsafeRawPointer(base)
            // Vector operands only: the operators taking a scalar are generic calls.
            let vf = SIMD16<UInt8>(repeating: first), vs = SIMD16<UInt8>(repeating: second), vt = SIMD16<UInt8>(repeating: tail)
            while i + 15 <= last {
                let a = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                let s = raw.loadUnaligned(fromByteOffset: i + secondOffset, as: SIMD16<UInt8>.self)
                let z = raw.loadUnaligned(fromByteOffset: i + n - 1, as: SIMD16<UInt8>.self)
                if anyLane((a .== vf) .& (s .== vs) .& (z .== vt)) {
                    for k in i..<(i + 16) where hay[k] == first && hay[k + secondOffset] == second && hay[k + n - 1] == tail {
                        var j = 1
                        while j < n - 1, hay[k + j] == needle[j] { j += 1 }
                        if j >= n - 1 { return k }
                    }
                }
                i += 16
            }
        }
        while i <= last {
            if hay[i] == first, hay[i + n - 1] == tail, hay[i + secondOffset] == second {
                var j = 1
                while j < n - 1, hay[i + j] == needle[j] { j += 1 }
                if j >= n - 1 { return i }
            }
            i += 1
        }
        return nil
    }

    /// Offset of the first byte in `bytes[from..<to]` equal to `a`, `b`, `c` or `d`, or `to`.
    ///
    /// Sixteen bytes at a time: the line, sentence and markup scans look for a few ASCII
    /// bytes that are rare in Korean text, and most 16-byte blocks hold none of them.
    static func firstIndex(ofAny a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8,
                           in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var i = from
        if let base = bytes.baseAddress, to - from >= 16 {
            let raw = UnsafeRawPointer(base)
            let va = SIMD16<UInt8>(repeating: a), vb = SIMD16<UInt8>(repeating: b)
            let vc = SIMD16<UInt8>(repeating: c), vd = SIMD16<UInt8>(repeating: d)
            while i + 16 <= to {
                let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                if anyLane((v .== va) .| (v .== vb) .| (v .== vc) .| (v .== vd)) { break }
                i += 16
            }
        }
        while i < to {
            let x = bytes[i]
            if x == a || x == b || x == c || x == d { return i }
            i += 1
        }
        return to
    }

    /// Offset of the first byte in `bytes[from..<to]` from `low` through `high` or equal to
    /// `extra`, or `to` (which may be below `from`: then nothing is read).
    ///
    /// Sixteen bytes at a time, as ``firstIndex(ofAny:_:_:_:in:from:to:)``: rules that wait
    /// for a rare lead byte (Hanja, a bullet sign) skip the Hangul and ASCII between.
    static func firstIndex(inRange low: UInt8, _ high: UInt8, or extra: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var i = from
        let width = high &- low
        if let base = bytes.baseAddress, to - from >= 16 {
            let raw = UnsafeRawPointer(base)
            let vl = SIMD16<UInt8>(repeating: low), vw = SIMD16<UInt8>(repeating: width), ve = SIMD16<UInt8>(repeating: extra)
            while i + 16 <= to {
                let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                if anyLane(((v &- vl) .<= vw) .| (v .== ve)) { break }
                i += 16
            }
        }
        while i < to {
            let x = bytes[i]
            if x &- low <= width || x == extra { return i }
            i += 1
        }
        return to
    }

    /// Whether any lane of a 16-byte comparison is set: the mask read as two words, which
    /// compiles to a few instructions where the generic `any(_:)` is a call.
    @inline(__always)
    static func anyLane(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return (words[0] | words[1]) != 0
    }
}
