/// Accumulates a ``CleanText`` piece by piece, recording where each piece came from.
public struct CleanTextBuilder: Sendable {
    private var bytes: [UInt8] = []
    private var segments: [CleanText.Segment] = []

    public init() {}

    public var count: Int { bytes.count }
    public var lastByte: UInt8? { bytes.last }

    /// Appends source bytes copied unchanged; they map back byte for byte.
    public mutating func appendCopy<C: Collection>(_ piece: C, sourceStart: Int) where C.Element == UInt8 {
        let n = piece.count
        guard n > 0 else { return }
        if let last = segments.last, last.cleanLength == last.sourceLength,
           last.cleanStart + last.cleanLength == bytes.count,
           last.sourceStart + last.sourceLength == sourceStart {
            segments[segments.count - 1].cleanLength += n
            segments[segments.count - 1].sourceLength += n
        } else {
            segments.append(.init(cleanStart: bytes.count, cleanLength: n, sourceStart: sourceStart, sourceLength: n))
        }
        bytes.append(contentsOf: piece)
    }

    /// Appends a replacement (a decoded entity, a line break for a tag) for a source range.
    public mutating func appendReplacement(_ text: String, for source: SourceRange) {
        let piece = Array(text.utf8)
        guard !piece.isEmpty else { return }
        segments.append(.init(cleanStart: bytes.count, cleanLength: piece.count, sourceStart: source.lowerBound, sourceLength: source.count))
        bytes.append(contentsOf: piece)
    }

    /// Appends `clean`'s bytes in `range`, keeping their map to the source.
    ///
    /// This is how a later stage (boilerplate removal) drops lines of an earlier
    /// ``CleanText`` without losing where the kept bytes came from. A replacement
    /// segment cut by `range` still maps to its whole source run.
    public mutating func appendSlice(of clean: CleanText, bytes cleanBytes: UnsafeBufferPointer<UInt8>, range: SourceRange) {
        guard !range.isEmpty else { return }
        let segs = clean.segments
        // First segment that ends after range.lowerBound.
        var lo = 0, hi = segs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if segs[mid].cleanStart + segs[mid].cleanLength <= range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var k = lo
        var covered = range.lowerBound
        while k < segs.count, segs[k].cleanStart < range.upperBound {
            let s = segs[k]
            let a = max(s.cleanStart, range.lowerBound)
            let b = min(s.cleanStart + s.cleanLength, range.upperBound)
            if a > covered {
                // Bytes with no segment (should not happen): keep them, mapped to nothing new.
                appendReplacementBytes(cleanBytes[covered..<a], source: SourceRange(segs[k].sourceStart, segs[k].sourceStart))
            }
            if b > a {
                if s.cleanLength == s.sourceLength {
                    appendCopy(cleanBytes[a..<b], sourceStart: s.sourceStart + (a - s.cleanStart))
                } else {
                    appendReplacementBytes(cleanBytes[a..<b], source: SourceRange(s.sourceStart, s.sourceStart + s.sourceLength))
                }
            }
            covered = max(covered, b)
            k += 1
        }
        if covered < range.upperBound {
            let at = segs.isEmpty ? range.upperBound : clean.sourceRange(for: SourceRange(covered, covered)).lowerBound
            appendReplacementBytes(cleanBytes[covered..<range.upperBound], source: SourceRange(at, at))
        }
    }

    private mutating func appendReplacementBytes<C: Collection>(_ piece: C, source: SourceRange) where C.Element == UInt8 {
        guard !piece.isEmpty else { return }
        segments.append(.init(cleanStart: bytes.count, cleanLength: piece.count, sourceStart: source.lowerBound, sourceLength: source.count))
        bytes.append(contentsOf: piece)
    }

    /// Removes trailing ASCII spaces and tabs (never part of a mapped multi-byte character).
    public mutating func trimTrailingBlanks() {
        while let b = bytes.last, b == 0x20 || b == 0x09 {
            bytes.removeLast()
            truncateSegments(to: bytes.count)
        }
    }

    /// Removes trailing white space including line breaks, to end a body cleanly.
    public mutating func trimTrailingNewlines() {
        while let b = bytes.last, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
            bytes.removeLast()
            truncateSegments(to: bytes.count)
        }
    }

    private mutating func truncateSegments(to n: Int) {
        while let last = segments.last, last.cleanStart >= n { segments.removeLast() }
        if let last = segments.last, last.cleanStart + last.cleanLength > n {
            let keep = n - last.cleanStart
            segments[segments.count - 1].cleanLength = keep
            if last.cleanLength == last.sourceLength { segments[segments.count - 1].sourceLength = keep }
        }
    }

    public func build() -> CleanText {
        CleanText(text: String(decoding: bytes, as: UTF8.self), segments: segments)
    }

    /// ``build()`` when every appended piece was a slice of `source`'s text: the text is
    /// made of `String` slices of it, the first `count` bytes of `pieces` laid end to end.
    ///
    /// Slices of a `String` need no second UTF-8 validation, which `build()` pays for
    /// (it was a tenth of the cleaning time). `pieces` must be the ranges passed to
    /// ``appendSlice(of:bytes:range:)``, in order, and their ends scalar boundaries.
    func build(slicesOf source: String, pieces: [Range<Int>]) -> CleanText {
        let utf8 = source.utf8
        var text = ""
        var remaining = bytes.count
        if pieces.count > 1 { text.reserveCapacity(remaining) }
        for r in pieces where remaining > 0 {
            let take = min(r.count, remaining)
            let lo = utf8.index(utf8.startIndex, offsetBy: r.lowerBound)
            let hi = utf8.index(lo, offsetBy: take)
            if pieces.count == 1 { text = String(source[lo..<hi]) } else { text.append(contentsOf: source[lo..<hi]) }
            remaining -= take
        }
        return CleanText(text: text, segments: segments)
    }
}
