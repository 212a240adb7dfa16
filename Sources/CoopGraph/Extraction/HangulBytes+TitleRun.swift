extension HangulBytes {
    /// The end of a word of Hangul syllables and ASCII digits from `i`: a title with an
    /// ordinal (`제1부통령`, `2차관`) is one word, where ``hangulRunEnd(from:upper:in:)`` stops at the digit.
    public static func titleRunEnd(from i: Int, upper: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        var j = i
        while j < upper {
            if b[j] >= 0x30, b[j] <= 0x39 { j += 1; continue }
            let s = scalar(at: j, in: b)
            guard isHangulSyllable(s.value) else { break }
            j += s.length
        }
        return j
    }

    /// The offset after the footnote marks (`*`, `**`) that start at `i`, else `i`: releases
    /// mark a body for a note below (`채텀하우스* 소장`), and the mark must not cut it from the title.
    public static func skipFootnoteMarks(from i: Int, upper: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        var j = i
        while j < upper, b[j] == 0x2A { j += 1 }
        return j
    }
}
