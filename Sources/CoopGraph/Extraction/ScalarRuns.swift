/// A sentence cut into maximal runs of one scalar class (Hangul syllables, Hanja, ASCII
/// digits, ASCII letters, anything else), decoded once per sentence.
///
/// Rules used to walk and decode every scalar of every sentence on their own (the gazetteer
/// for word starts, the compound and body-pattern rules for Hangul words, the person rule for
/// its tokens): the same decoding four times or more. With the runs they visit only the
/// positions they care about — a word start is a run whose previous run is of another class,
/// a Hangul word is a `.hangul` run. Runs are maximal: two neighbours never share a class.
/// Scalars decode as ``HangulBytes/scalar(at:in:)`` decodes them, so the runs tile exactly
/// the positions the scalar walks visited.
public struct ScalarRuns: Sendable {
    /// The class of a scalar, as the rules tell words apart.
    public enum Kind: UInt8, Sendable {
        case hangul, hanja, digit, latin, other

        /// Hangul syllable or Hanja: the letters a gazetteer name or a compound continues with.
        @inline(__always) public var isLetter: Bool { self == .hangul || self == .hanja }
        /// ASCII letter or digit.
        @inline(__always) public var isAlnum: Bool { self == .digit || self == .latin }
        /// Hangul syllable, Hanja, ASCII letter or digit (``HangulBytes/isWordScalar(_:)``).
        @inline(__always) public var isWord: Bool { self != .other }
    }

    /// One run: the byte range `lo..<hi` whose scalars all have class `kind`.
    public struct Run: Sendable, Equatable {
        public var lo: Int
        public var hi: Int
        public var kind: Kind
    }

    /// The runs in text order, tiling the sentence.
    public let runs: [Run]

    /// Cuts `lower..<upper` of `b` into runs.
    public init(bytes b: UnsafeBufferPointer<UInt8>, lower: Int, upper: Int) {
        var out: [Run] = []
        out.reserveCapacity((upper - lower) / 6 + 2)
        Self.cut(b, lower, upper, into: &out)
        self.runs = out
    }

    /// Runs already cut by ``cut(_:_:_:into:)``.
    public init(runs: [Run]) {
        self.runs = runs
    }

    /// Appends the runs of `lower..<upper` of `b` to `out`: a caller cutting sentence after
    /// sentence reuses one buffer (emptied, capacity kept) instead of allocating one each time.
    public static func cut(_ b: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int, into out: inout [Run]) {
        var i = lower
        guard i < upper else { return }
        var (kind, length) = Self.classify(at: i, in: b)
        while true {
            let lo = i
            i += length
            // The scalar that ends a Hanja or "other" run was classified to find the end: it
            // starts the next run, so it is not classified a second time (half the runs are
            // blanks and punctuation between words).
            var following: (Kind, Int)?
            // Each class has its own inner loop: the run's scalars are read once, with no
            // per-scalar test of the class left behind.
            switch kind {
            case .hangul:
                while i < upper, Self.isSyllable(at: i, in: b) { i += 3 }
            case .digit:
                while i < upper, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            case .latin:
                while i < upper, Self.isLatin(b[i]) { i += 1 }
            case .hanja, .other:
                while i < upper {
                    let next = Self.classify(at: i, in: b)
                    guard next.0 == kind else { following = next; break }
                    i += next.1
                }
            }
            out.append(Run(lo: lo, hi: i, kind: kind))
            guard i < upper else { return }
            (kind, length) = following ?? Self.classify(at: i, in: b)
        }
    }

    /// The class and byte length of the scalar at `i`, decoded as ``HangulBytes/scalar(at:in:)`` does.
    @inline(__always)
    static func classify(at i: Int, in b: UnsafeBufferPointer<UInt8>) -> (Kind, Int) {
        let b0 = b[i]
        if b0 < 0x80 {
            if b0 >= 0x30 && b0 <= 0x39 { return (.digit, 1) }
            return (isLatin(b0) ? .latin : .other, 1)
        }
        let s = HangulBytes.scalar(at: i, in: b)
        if HangulBytes.isHangulSyllable(s.value) { return (.hangul, s.length) }
        return (HangulBytes.isHanja(s.value) ? .hanja : .other, s.length)
    }

    @inline(__always)
    static func isLatin(_ c: UInt8) -> Bool {
        let folded = c | 0x20
        return folded >= 0x61 && folded <= 0x7A
    }

    /// True when a Hangul syllable starts at `i`: lead byte `EA`–`ED` and the value in
    /// `AC00`–`D7A3`, decoded as ``HangulBytes/scalar(at:in:)`` would.
    @inline(__always)
    static func isSyllable(at i: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        let b0 = b[i]
        guard b0 &- 0xEA < 4, i + 2 < b.count else { return false }
        // `EB` and `EC` lead only syllables (B000–CFFF whatever follows); `EA` from AC00 on,
        // `ED` up to D7A3.
        if b0 == 0xEB || b0 == 0xEC { return true }
        let low = (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
        return b0 == 0xEA ? low >= 0xC00 : low <= 0x7A3
    }

    /// True when run `k` starts a word: no word scalar (letter or digit of any script the
    /// rules know) comes right before it in the sentence. Same as
    /// ``ExtractionContext/isWordStart(_:)`` at the run's start.
    @inline(__always)
    public func isWordStart(_ k: Int) -> Bool { k == 0 || runs[k - 1].kind == .other }
}
