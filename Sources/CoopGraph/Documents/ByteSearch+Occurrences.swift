extension ByteSearch {
    /// Calls `body` with the offset in `hay` of each occurrence of `needle` inside `range`, in text order.
    ///
    /// Offsets count bytes from the start of `hay`; an occurrence must lie wholly inside `range`. The
    /// search resumes `needle.count - overlap` bytes after each occurrence: an overlap of 1 lets an
    /// anchor that begins and ends with a blank (` 전 `) find the next one sharing that blank. An
    /// empty needle, or an overlap that would not move the search forward, calls `body` never.
    static func forEachOccurrence(
        of needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>, range: Range<Int>, overlap: Int = 0,
        _ body: (_ offset: Int) -> Void
    ) {
        let step = needle.count - overlap
        guard !needle.isEmpty, step > 0, range.lowerBound >= 0, range.upperBound <= hay.count else { return }
        var from = range.lowerBound
        while from < range.upperBound,
              let k = firstIndex(of: needle, in: UnsafeBufferPointer(rebasing: hay[from..<range.upperBound])) {
            body(from + k)
            from += k + step
        }
    }
}
