/// Korean particles and endings that may follow a name inside the same word
/// (`한국철강협회와`, `미국측`, `산업부는`, `양국간`), checked on UTF-8 bytes.
///
/// A name found by a rule is accepted only when the rest of its Hangul run is a sequence of
/// at most three of these (`와의`, `에서는`, `측은`). Longest names win before this check,
/// so names ending in particle-like syllables (`브라질`, `캐나다`) are never cut.
public enum KoreanParticles {
    /// The particles, longest forms included so that `에서` is not read as `에` + `서`.
    public static let all: [String] = [
        "은", "는", "이", "가", "을", "를", "와", "과", "의", "에", "에서", "으로", "로", "도",
        "와의", "과의", "께서", "에게", "까지", "부터", "만", "이다", "측", "간", "내", "등", "들",
        "께", "한테", "보다", "처럼", "이나", "나", "이며", "며", "이고", "이자", "인", "로서",
        "으로서", "로써", "으로써", "에게서", "마저", "조차", "뿐", "이라는", "라는", "이란", "란",
        "과도", "와도", "에는", "에도", "에서의", "으로의", "로의", "이라고", "라고", "이라며",
        "이었다", "였다", "이었으며", "였으며", "에선", "엔", "랑", "이랑", "하고", "에서도",
    ]

    static let table = ByteKeyTable(strings: all)
    static let maxBytes: Int = all.map { $0.utf8.count }.max() ?? 0
    /// First syllables of the particles: a run starting otherwise is no tail, without lookups.
    static let initials = ScalarSet(all.compactMap { $0.unicodeScalars.first?.value })
    /// Last syllables of the particles: a word ending otherwise has no tail at all.
    static let finals = ScalarSet(all.compactMap { $0.unicodeScalars.last?.value })
    /// The longest tail ``isParticleTail(_:_:in:)`` accepts (three particles of `maxBytes`).
    static let maxTailBytes = 3 * maxBytes

    /// True when `lo..<hi` (whole Hangul syllables) is empty or one to three particles.
    public static func isParticleTail(_ lo: Int, _ hi: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        tailCount(lo, hi, in: b, depth: 0) != nil
    }

    private static func tailCount(_ lo: Int, _ hi: Int, in b: UnsafeBufferPointer<UInt8>, depth: Int) -> Int? {
        if lo == hi { return 0 }
        if depth == 3 { return nil }
        guard hi - lo >= 3, initials.contains(HangulBytes.scalar(at: lo, in: b).value) else { return nil }
        var len = min(maxBytes, hi - lo)
        while len >= 3 {
            if table.contains(b, lo, lo + len), tailCount(lo + len, hi, in: b, depth: depth + 1) != nil {
                return depth + 1
            }
            len -= 3
        }
        return nil
    }

    /// The end of a name that starts at `lo` inside the Hangul run `lo..<runEnd`: the
    /// shortest prefix of at least `minSyllables` whose remainder is a particle tail
    /// (`방문규는` → `방문규`).
    public static func stripTail(_ lo: Int, _ runEnd: Int, minSyllables: Int, in b: UnsafeBufferPointer<UInt8>) -> Int? {
        var end = lo + 3 * max(minSyllables, 1)
        while end <= runEnd {
            if isParticleTail(end, runEnd, in: b) { return end }
            end += 3
        }
        return nil
    }

    /// Every end of a word `lo..<runEnd` after which only particles follow, longest first.
    public static func splits(_ lo: Int, _ runEnd: Int, in b: UnsafeBufferPointer<UInt8>) -> [Int] {
        var out: [Int] = []
        var end = runEnd
        while end > lo {
            if isParticleTail(end, runEnd, in: b) { out.append(end) }
            end -= 3
        }
        return out
    }

    /// True when the Hangul run after `end` (up to `upper`) is empty or a particle tail.
    public static func acceptsEnd(_ end: Int, upper: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        let runEnd = HangulBytes.hangulRunEnd(from: end, upper: upper, in: b)
        return isParticleTail(end, runEnd, in: b)
    }
}
