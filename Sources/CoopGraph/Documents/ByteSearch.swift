/// Substring search on UTF-8 bytes, for hot line checks that must not build `String`s.
///
/// Byte search is exact (no normalisation), like ``Swift/String/containsBytes(_:)``.
enum ByteSearch {
    /// Whether `needle` occurs in `hay`.
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: hay) != nil
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
        let first = needle[0]
        let tail = needle[n - 1]
        let last = hay.count - n
        var i = 0
        // The last byte is checked with the first: in Korean text the first byte of a
        // needle (a UTF-8 lead byte) is common, its last byte (a continuation byte) much less.
        while i <= last {
            if hay[i] == first, hay[i + n - 1] == tail {
                var j = 1
                while j < n - 1, hay[i + j] == needle[j] { j += 1 }
                if j >= n - 1 { return i }
            }
            i += 1
        }
        return nil
    }
}
