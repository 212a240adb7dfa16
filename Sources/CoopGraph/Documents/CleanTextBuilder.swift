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

    /// Removes trailing ASCII spaces and tabs (never part of a mapped multi-byte character).
    public mutating func trimTrailingBlanks() {
        while let b = bytes.last, b == 0x20 || b == 0x09 {
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
}
