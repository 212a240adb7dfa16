/// A diplomatic mission named by `주` and where it sits: Korea's abroad (`주삿포로총영사관`,
/// `주에티오피아 대사관`, `주다낭 대한민국 총영사관`, `주제네바대표부`, `주베트남한국대사관`) and a
/// foreign state's in Korea (`주한미국대사관`, `주한 캐나다 대사관`).
///
/// Missions host forums, sign agreements and send officials, and no list holds them all. The
/// head is `대사관`, `총영사관`, `영사관` or `대표부`, with particles only after it; the name opens
/// with `주` and a place of two syllables or more, or a country's one-syllable compound form
/// (`주중`, `주미`); `대한민국`/`한국` may stand between place and head, blanks between the words.
/// `주한` needs the country whose mission it is (`주한대사관`, `주한외국대사관` are any
/// embassies). A Korean mission is a ministry (a post of the foreign ministry), a foreign one an
/// organization with its `country`. The canonical name is the name as written, blanks kept.
public struct DiplomaticMissionRule: EntityRule {
    public let name = "body.diplomatic-mission"

    /// `대사관` and `영사관` share their last two syllables: one search for them, the first syllable
    /// compared in place (each search is a pass over the sentence, and most find nothing).
    static let consulateTail: [UInt8] = Array("사관".utf8)
    static let embassyFirst: [UInt8] = Array("대".utf8)
    static let consulateFirst: [UInt8] = Array("영".utf8)
    static let delegation: [UInt8] = Array("대표부".utf8)
    static let general: [UInt8] = Array("총".utf8)
    static let resident: [UInt8] = Array("주".utf8)
    static let host: [UInt8] = Array("주한".utf8)
    static let korea: [[UInt8]] = ["대한민국", "한국"].map { Array($0.utf8) }
    /// Words opening with `주` that are no place: 주요(국), 주재, 주관, 주최, 주변, 주로, 주무.
    static let notPlaces = ByteKeyTable(strings: ["요", "요국", "재", "관", "최", "변", "로", "무", "도", "말", "한"])
    /// One-syllable compound forms of countries after `주` (`주중대사관`, `주미 대사관`).
    static let shortCountries = ByteKeyTable(strings: ["중", "미", "일", "영", "독", "러", "불", "북"])

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        // Tried in the order three searches found them: every `대사관`, every `영사관`, every `대표부`
        // (an earlier mission keeps its span against a later overlapping one). Empty lists allocate nothing.
        var embassies: [Int] = [], consulates: [Int] = []
        ByteSearch.forEachOccurrence(of: Self.consulateTail, in: b, range: context.lower..<context.upper) { i in
            guard i - 3 >= context.lower else { return }
            if Self.hasBytes(Self.embassyFirst, at: i - 3, upper: context.upper, in: b) { embassies.append(i - 3) }
            else if Self.hasBytes(Self.consulateFirst, at: i - 3, upper: context.upper, in: b) { consulates.append(i - 3) }
        }
        for start in embassies + consulates {
            if let m = mission(head: start, end: start + 3 + Self.consulateTail.count, context: context) { context.add(m) }
        }
        ByteSearch.forEachOccurrence(of: Self.delegation, in: b, range: context.lower..<context.upper) { i in
            if let m = mission(head: i, end: i + Self.delegation.count, context: context) { context.add(m) }
        }
    }

    static func hasBytes(_ w: [UInt8], at i: Int, upper: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        i >= 0 && i + w.count <= upper && w.indices.allSatisfy { b[i + $0] == w[$0] }
    }

    func mission(head: Int, end: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        let hs = head - 3 >= context.lower && Self.hasBytes(Self.general, at: head - 3, upper: context.upper, in: b) ? head - 3 : head
        let runEnd = HangulBytes.hangulRunEnd(from: end, upper: context.upper, in: b)
        guard KoreanParticles.isParticleTail(end, runEnd, in: b) else { return nil }
        // Back from the head to the word opening with 주: at most two words between, each
        // `대한민국`/`한국` or (after 주한) the country's name.
        var lo = HangulBytes.hangulRunStart(endingAt: hs, lower: context.lower, in: b)
        var words: [(lo: Int, hi: Int)] = lo < hs ? [(lo, hs)] : []
        while !(Self.hasBytes(Self.resident, at: lo, upper: context.upper, in: b) && context.isWordStart(lo)) {
            guard words.count < 3, case let prevEnd = HangulBytes.skipBlanksBackward(from: lo, lower: context.lower, in: b), prevEnd < lo,
                  case let prevStart = HangulBytes.hangulRunStart(endingAt: prevEnd, lower: context.lower, in: b), prevStart < prevEnd else { return nil }
            lo = prevStart
            words.append((prevStart, prevEnd))
        }
        var country: Mention?
        // Every word but the first (the one opening with 주) stands between place and head.
        for w in words.dropLast() {
            if Self.korea.contains(where: { $0.count == w.hi - w.lo && Self.hasBytes($0, at: w.lo, upper: context.upper, in: b) }) { continue }
            guard let c = context.mentions.first(where: { $0.range.lowerBound == w.lo && $0.range.upperBound == w.hi }), c.kind == .country else { return nil }
            country = c
        }
        // The place: after 주 to the end of the first word (or to the head inside it), `대한민국`/`한국` cut.
        let firstEnd = HangulBytes.hangulRunEnd(from: lo, upper: context.upper, in: b)
        var placeHi = firstEnd > hs ? hs : firstEnd
        let placeLo = lo + 3
        for k in Self.korea where placeHi - placeLo > k.count && Self.hasBytes(k, at: placeHi - k.count, upper: context.upper, in: b) {
            placeHi -= k.count
            break
        }
        guard placeHi > placeLo else { return nil }
        var kind = NodeKind.ministry
        var props: [String: String] = [:]
        if Self.hasBytes(Self.host, at: lo, upper: context.upper, in: b) {
            // `주한미국대사관`, `주한 캐나다 대사관`: the country follows 주한.
            if country == nil {
                // Compound rules may read `한미` as a pair: any foreign country inside the word.
                country = context.mentions.first { $0.kind == .country && !$0.canonical.isKorea && $0.range.lowerBound >= lo + 3 && $0.range.upperBound <= hs }
            }
            // Inside one word the gazetteer finds no country (`주한미국대사관`): the place's rest names it.
            var name = country?.canonical
            if name == nil, placeHi > placeLo + 3, let e = context.gazetteer.entry(named: context.text(placeLo + 3, placeHi)), e.kind == .country {
                name = e.canonical
            }
            guard let name, !name.isKorea else { return nil }
            kind = .organization
            props["country"] = name
        } else {
            guard country == nil, !Self.notPlaces.contains(b, placeLo, placeHi),
                  placeHi - placeLo >= 6 || Self.shortCountries.contains(b, placeLo, placeHi) else { return nil }
        }
        let written = context.text(lo, end)
        return Mention(range: SourceRange(lo, end), kind: kind, canonical: written, surface: written, properties: props, rule: name)
    }
}
