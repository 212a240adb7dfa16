/// Reading roles out of a sentence: subjects (X는, X와 Y는) and 주최/주관 phrases.
extension EventText {
    static let topicParticles: Set<UInt32> = Set("은는이가".unicodeScalars.map(\.value))
    static let andParticles: Set<UInt32> = Set("와과".unicodeScalars.map(\.value))

    /// The offset right after a mention and any parenthesised group glued to it (`산업통상자원부(장관 …)`).
    func afterMention(_ m: Mention) -> Int {
        var j = m.range.upperBound
        if j < b.count, b[j] == 0x28, let p = parenthesis(at: j) { j = p.end }
        return j
    }

    /// The particle syllable right after a mention, and the offset after it, if a space follows.
    func particle(after m: Mention) -> (value: UInt32, end: Int)? {
        let j = afterMention(m)
        guard let s = scalar(at: j), s.end <= b.count else { return nil }
        if s.end < b.count, b[s.end] != 0x20, b[s.end] != 0x2C { return nil }
        return (s.value, s.end)
    }

    /// Bodies and countries that are the grammatical subject before `limit` (X는, X와 Y는, X가).
    func subjects(in sentence: SourceRange, before limit: Int) -> [Mention] {
        let ms = mentions(in: SourceRange(sentence.lowerBound, limit)).filter { $0.kind != .person }
        var out: [Mention] = []
        var chain: [Mention] = []
        for m in ms {
            guard let p = particle(after: m) else { chain = []; continue }
            // `A, B, C는`: a comma lists subjects as 와/과 does.
            if Self.andParticles.contains(p.value) || p.value == 0x2C {
                chain.append(m)
            } else if Self.topicParticles.contains(p.value) {
                out += chain + [m]
                chain = []
            } else {
                chain = []
            }
        }
        return out
    }

    /// Bodies and countries joined by a hyphen or a middle dot (`산림청-유엔환경계획(UNEP) 간`,
    /// `한국(NIID)-베트남(NIHE)`), or named right before 간 (`루마니아 정부간`): the sides of whatever
    /// the phrase goes on to name.
    func hyphenPairs(in r: SourceRange) -> [Mention] {
        let ms = mentions(in: r).filter { $0.kind != .person }
        var out: [Mention] = []
        // The node IDs of `out`, each made once (not twice per comparison), and only once `out`
        // has something to compare with.
        var outIDs: [String] = []
        func add(_ m: Mention) {
            let id = m.nodeID
            if !outIDs.contains(id) { out.append(m); outIDs.append(id) }
        }
        for (a, b2) in zip(ms, ms.dropFirst()) {
            let j = afterMention(a)
            guard j < b.count, b[j] == 0x2D || matches(Self.middleDotBytes, at: j),
                  b2.range.lowerBound == j + (b[j] == 0x2D ? 1 : 2) else { continue }
            add(a); add(b2)
        }
        // `한화·루마니아 정부간 체결한`: the side named right before 간 even when its partner is not a mention.
        for m in ms {
            if !out.isEmpty, outIDs.contains(m.nodeID) { continue }
            var k = afterMention(m)
            if matches(Self.governmentBytes, at: k) { k += Self.governmentBytes.count }
            if k < b.count, b[k] == 0x20 { k += 1 }
            if matches(Self.betweenBytes, at: k) { out.append(m); outIDs.append(m.nodeID) }
        }
        return out
    }

    static let middleDotBytes = Array("·".utf8)
    static let governmentBytes = Array(" 정부".utf8)
    static let betweenBytes = Array("간 ".utf8)

    /// People who are the subject before `limit` (박진규 1차관은 … 참석).
    func personSubjects(in sentence: SourceRange, before limit: Int) -> [Mention] {
        mentions(in: SourceRange(sentence.lowerBound, limit)).filter { $0.kind == .person }
    }

    /// Bodies named right before 주최/주관 (`희소금속센터 주관으로`, `KOTRA가 주최한`).
    func hosts(in sentence: SourceRange) -> [Mention] {
        var out: [Mention] = []
        for word in EventCues.organiserWords {
            for k in occurrences(word, in: sentence) {
                if let m = mentions(in: sentence).last(where: { $0.kind != .person && $0.range.upperBound <= k && k - afterMention($0) <= 4 }) {
                    out.append(m)
                }
            }
        }
        return out
    }
}
