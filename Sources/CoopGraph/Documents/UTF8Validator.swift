/// Checks UTF-8 well-formedness by scanning bytes, without building a `String`.
///
/// Follows the Unicode well-formed table (no overlongs, no surrogates, nothing above
/// U+10FFFF), so a `String` made from bytes that pass holds them unchanged.
public enum UTF8Validator {
    /// The offset of the first byte that starts an ill-formed sequence, or nil when all are well formed.
    public static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        var i = 0
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
                // Runs of ASCII are the common case: skip eight at a time while they last.
                while i + 8 <= n {
                    let word = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[i..<(i + 8)]).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                continue
            }
            var need = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            guard i + need < n else { return i }
            let b1 = bytes[i + 1]
            if b1 < lo || b1 > hi { return i }
            if need >= 2 {
                let b2 = bytes[i + 2]
                if b2 < 0x80 || b2 > 0xBF { return i }
            }
            if need == 3 {
                let b3 = bytes[i + 3]
                if b3 < 0x80 || b3 > 0xBF { return i }
            }
            i += need + 1
        }
        return nil
    }

    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset($0) }
    }
}
