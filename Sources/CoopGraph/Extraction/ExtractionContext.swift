/// The state one sentence is extracted in: its bytes, the gazetteer, the mentions found so
/// far and the document's state. Rules read it and call ``add(_:)``.
public struct ExtractionContext {
    /// The whole body text as UTF-8 bytes; offsets are body offsets.
    public let bytes: UnsafeBufferPointer<UInt8>
    /// The sentence's byte range in `bytes`.
    public let sentence: Range<Int>
    public let gazetteer: Gazetteer
    /// The sentence's scalar runs, decoded once for every rule that walks words.
    public let runs: ScalarRuns
    /// Mentions accepted in this sentence, sorted by range.
    public private(set) var mentions: [Mention] = []
    public var document: DocumentExtractionState

    public init(bytes: UnsafeBufferPointer<UInt8>, sentence: Range<Int>, gazetteer: Gazetteer, document: DocumentExtractionState) {
        self.init(bytes: bytes, sentence: sentence, gazetteer: gazetteer, document: document,
                  runs: ScalarRuns(bytes: bytes, lower: sentence.lowerBound, upper: sentence.upperBound))
    }

    /// A context whose scalar runs the caller cut already (``ScalarRuns/cut(_:_:_:into:)``, for
    /// exactly `sentence`).
    public init(bytes: UnsafeBufferPointer<UInt8>, sentence: Range<Int>, gazetteer: Gazetteer, document: DocumentExtractionState,
                runs: ScalarRuns) {
        self.bytes = bytes
        self.sentence = sentence
        self.gazetteer = gazetteer
        self.runs = runs
        self.document = document
    }

    /// Collects this sentence's mentions in `buffer`'s storage (emptied, its capacity kept),
    /// leaving the context's own empty array in `buffer`: the extractor hands the same storage
    /// from sentence to sentence instead of growing a new array in each.
    mutating func collectMentions(in buffer: inout [Mention]) {
        buffer.removeAll(keepingCapacity: true)
        swap(&mentions, &buffer)
    }

    /// Moves the accepted mentions out, leaving the context with none.
    mutating func takeMentions() -> [Mention] {
        var out: [Mention] = []
        swap(&out, &mentions)
        return out
    }

    public var lower: Int { sentence.lowerBound }
    public var upper: Int { sentence.upperBound }

    public func text(_ lo: Int, _ hi: Int) -> String { HangulBytes.string(lo, hi, in: bytes) }

    /// Adds a mention unless it overlaps one already accepted; a mention that strictly
    /// contains every mention it overlaps replaces them (the longer reading wins).
    @discardableResult
    public mutating func add(_ m: Mention) -> Bool {
        guard !m.range.isEmpty, m.range.lowerBound >= lower, m.range.upperBound <= upper else { return false }
        // Most mentions overlap nothing: test before collecting indices into an array.
        if mentions.contains(where: { $0.range.overlaps(m.range) }) {
            let overlapping = mentions.indices.filter { mentions[$0].range.overlaps(m.range) }
            let containsAll = overlapping.allSatisfy { m.range.contains(mentions[$0].range) && mentions[$0].range != m.range }
            guard containsAll else { return false }
            for i in overlapping.reversed() { mentions.remove(at: i) }
        }
        let at = mentions.firstIndex { m.range < $0.range } ?? mentions.count
        mentions.insert(m, at: at)
        return true
    }

    /// Replaces an accepted mention (same range), e.g. to record an alias or property.
    public mutating func update(_ m: Mention) {
        if let i = mentions.firstIndex(where: { $0.range == m.range && $0.kind == m.kind }) { mentions[i] = m }
    }

    /// The accepted mention ending exactly at `end` (after skipping blanks back), if any.
    public func mention(endingAt end: Int) -> Mention? {
        mentions.last { $0.range.upperBound == end }
    }

    /// The accepted mention starting exactly at `start`, if any.
    public func mention(startingAt start: Int) -> Mention? {
        mentions.first { $0.range.lowerBound == start }
    }

    /// The index in ``mentions`` of the accepted mention starting exactly at `start`, if any:
    /// tests on it need not copy the mention (its strings, sets and dictionaries).
    @inline(__always)
    public func mentionIndex(startingAt start: Int) -> Int? {
        mentions.firstIndex { $0.range.lowerBound == start }
    }

    /// True when a mention (of any kind) covers byte `i`.
    public func isCovered(_ i: Int) -> Bool {
        mentions.contains { $0.range.lowerBound <= i && i < $0.range.upperBound }
    }

    /// True when the scalar before `i` (inside the sentence) does not continue a word.
    public func isWordStart(_ i: Int) -> Bool {
        guard let p = HangulBytes.scalarStart(before: i, lower: lower, in: bytes) else { return true }
        return !HangulBytes.isWordScalar(HangulBytes.scalar(at: p, in: bytes).value)
    }
}
