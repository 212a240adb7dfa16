/// The cleaned body of a document with a map from its bytes back to the source bytes.
///
/// Boilerplate removal, tag stripping and entity decoding all produce a `CleanText`; every
/// later span is a ``SourceRange`` in `text`'s UTF-8 bytes and is mapped back to the file
/// with ``sourceRange(for:)``. Build one with ``CleanTextBuilder``.
public struct CleanText: Sendable, Hashable {
    /// One run of clean bytes that came from one run of source bytes.
    ///
    /// When `cleanLength == sourceLength` the run was copied and maps byte for byte;
    /// otherwise (a decoded entity, a collapsed line break) any byte in it maps to the
    /// whole source run.
    public struct Segment: Sendable, Hashable {
        public var cleanStart: Int
        public var cleanLength: Int
        public var sourceStart: Int
        public var sourceLength: Int
    }

    public let text: String
    public let segments: [Segment]

    public init(text: String, segments: [Segment]) {
        self.text = text
        self.segments = segments
    }

    /// A clean text that is its source, byte for byte.
    public init(identity text: String, sourceOffset: Int = 0) {
        self.text = text
        let n = text.utf8.count
        self.segments = n == 0 ? [] : [Segment(cleanStart: 0, cleanLength: n, sourceStart: sourceOffset, sourceLength: n)]
    }

    public var utf8Count: Int { text.utf8.count }

    /// Maps a clean-text range back to the range of source bytes it came from.
    public func sourceRange(for clean: SourceRange) -> SourceRange {
        guard !segments.isEmpty else { return clean }
        let lo = sourceOffset(clean.lowerBound, isEnd: false)
        let hi = clean.isEmpty ? lo : sourceOffset(clean.upperBound, isEnd: true)
        return SourceRange(lo, max(lo, hi))
    }

    private func sourceOffset(_ offset: Int, isEnd: Bool) -> Int {
        // Binary search for the last segment starting at or before the offset (for an end
        // offset, strictly before it, so that an end at a segment boundary stays in the
        // earlier segment).
        var lo = 0, hi = segments.count - 1, found = 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            let start = segments[mid].cleanStart
            if isEnd ? start < offset : start <= offset { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        let s = segments[found]
        let delta = offset - s.cleanStart
        if s.cleanLength == s.sourceLength {
            return s.sourceStart + min(max(delta, 0), s.sourceLength)
        }
        if isEnd { return delta <= 0 ? s.sourceStart : s.sourceStart + s.sourceLength }
        return delta >= s.cleanLength ? s.sourceStart + s.sourceLength : s.sourceStart
    }
}
