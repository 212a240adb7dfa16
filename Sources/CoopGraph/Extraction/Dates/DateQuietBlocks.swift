/// Sixteen-byte blocks of text in which ``DateRecognizer``'s scan can start nothing, told
/// apart with vector compares so that the scan steps over them whole.
///
/// The scan visits every scalar and starts a parse only at an ASCII digit, at an apostrophe
/// (`'`, `` ` ``, or the lead bytes `C2` and `E2` of `´ ‘ ’`), or at a syllable that may open a date
/// word (``DateBytes/mayStartWord(_:_:_:)``) and follows no Hangul syllable. Most blocks of
/// Korean prose hold none of them, yet the scan decoded each of their syllables. The test is
/// a superset of those starts, so a block it calls quiet is one the scan would only walk
/// through: a date word's syllable is recognised by the low six bits of its second and third
/// bytes (``secondLows``, ``thirdLows``), and a syllable after one whose lead byte is `EB` or
/// `EC` (always a Hangul syllable, U+B000–U+CFFF) cannot open a word.
enum DateQuietBlocks {
    /// Low six bits of the second bytes of the syllables ``DateBytes/mayStartWord(_:_:_:)``
    /// accepts (지 오 작 올 금 내 이 다 어 전 당), as ``isQuiet(_:at:)`` compares them.
    static let secondLows: [UInt8] = [0x27, 0x18, 0x1E, 0x38, 0x02, 0x1D, 0x0B, 0x16, 0x20]
    /// Low six bits of their third bytes.
    static let thirdLows: [UInt8] = [0x00, 0x24, 0x11, 0x2C, 0x08, 0x34, 0x39, 0x04]

    /// True when no position of `p[i..<i+16]` may start a date for the scan. Reads
    /// `p[i-3..<i+18]`: the caller makes sure `i >= 3` and `i + 18 <= p.count`.
    ///
    /// Every operand is a vector: the operators taking a scalar operand (`v .== 0x27`) are
    /// generic calls, hundreds of times slower.
    @inline(__always)
    static func isQuiet(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        typealias V = SIMD16<UInt8>
        guard let base = p.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let v = raw.loadUnaligned(fromByteOffset: i, as: V.self)
        let digitOrQuote = ((v &- V(repeating: 0x30)) .<= V(repeating: 9)) .| (v .== V(repeating: 0x27))
            .| (v .== V(repeating: 0x60)) .| (v .== V(repeating: 0xC2)) .| (v .== V(repeating: 0xE2))
        // Hangul lead bytes (EA–ED) not right after a syllable led by EB or EC.
        let before = raw.loadUnaligned(fromByteOffset: i - 3, as: V.self)
        let lead = ((v &- V(repeating: 0xEA)) .<= V(repeating: 3)) .& ((before &- V(repeating: 0xEB)) .> V(repeating: 1))
        let low = V(repeating: 0x3F)
        let s = raw.loadUnaligned(fromByteOffset: i + 1, as: V.self) & low
        let t = raw.loadUnaligned(fromByteOffset: i + 2, as: V.self) & low
        // The literals of `secondLows` and `thirdLows`, spelled out so that they compile to
        // constant vectors.
        let second = (s .== V(repeating: 0x27)) .| (s .== V(repeating: 0x18)) .| (s .== V(repeating: 0x1E))
            .| (s .== V(repeating: 0x38)) .| (s .== V(repeating: 0x02)) .| (s .== V(repeating: 0x1D))
            .| (s .== V(repeating: 0x0B)) .| (s .== V(repeating: 0x16)) .| (s .== V(repeating: 0x20))
        let third = (t .== V(repeating: 0x00)) .| (t .== V(repeating: 0x24)) .| (t .== V(repeating: 0x11))
            .| (t .== V(repeating: 0x2C)) .| (t .== V(repeating: 0x08)) .| (t .== V(repeating: 0x34))
            .| (t .== V(repeating: 0x39)) .| (t .== V(repeating: 0x04))
        return !ByteSearch.anyLane(digitOrQuote .| (lead .& second .& third))
    }
}
