/// A bilateral name (한-일 민관 철강협의회, 한미 에너지장관회담) involves both countries.
///
/// The short forms at the start of the name (한-일, 한·미, 한미) are read from a small table;
/// a country mention of the document with that canonical name supplies the node when present.
struct BilateralRule: EventRule {
    let name = "event.bilateral"

    func apply(to w: inout EventWorkspace) {
        let countryMentions = w.text.mentions.filter { $0.kind == .country }
        // Names are fixed once made, so each name's countries are read once and shared by the
        // loops below and ``documentPair(codes:)``.
        let eventCodes = w.events.map { Self.codes(in: $0.name, countryMentions) }
        let agreementCodes = w.agreements.map { Self.codes(in: $0.name, countryMentions) }
        for e in w.events.indices {
            for country in eventCodes[e] {
                if let m = countryMentions.first(where: { $0.canonical.isSameText(country) }) {
                    w.addParticipant(m, to: e)
                } else if !w.events[e].participants.values.contains(where: { $0.canonical.isSameText(country) }) {
                    w.events[e].countries.insert(country)
                }
            }
        }
        // `양국은 … 사전협상을 실시`: 양국/양측 of a release about one pair of countries are those two.
        if let pair = Self.documentPair(codes: eventCodes + agreementCodes) {
            let t = w.text
            // `제7차 공동위`, `1차 회의` in a release about one pair: an earlier meeting of that pair's series.
            var pairEvents = w.references.filter { t.containsAny(EventCues.bothSides, in: t.sentences[$0.sentence].range) }.map(\.event)
            pairEvents += w.events.indices.filter { Self.isBareInstance(w.events[$0].name) }
            for r in pairEvents.map({ (sentence: 0, event: $0) }) {
                for country in pair {
                    if let m = countryMentions.first(where: { $0.canonical.isSameText(country) }) { w.addParticipant(m, to: r.event) }
                    else if !w.events[r.event].participants.values.contains(where: { $0.canonical.isSameText(country) }) { w.events[r.event].countries.insert(country) }
                }
            }
        }
        // 한-몽골 경제동반자협정, 한-파키스탄 CEPA: the two countries are its parties.
        for a in w.agreements.indices {
            var countries = agreementCodes[a]
            if countries.isEmpty, !w.agreements[a].parties.values.contains(where: { $0.kind == .country }),
               let s = w.agreements[a].sentences.first {
                countries = Self.subjectCodes(before: w.agreements[a].start, in: w.text.sentences[s].range, w.text, countryMentions)
            }
            for country in countries {
                if let m = countryMentions.first(where: { $0.canonical.isSameText(country) }) {
                    w.agreements[a].parties[m.nodeID] = m
                } else if !w.agreements[a].parties.values.contains(where: { $0.canonical.isSameText(country) }) {
                    w.agreements[a].countries.insert(country)
                }
            }
        }
    }

    /// False when ``codes(in:_:)`` finds nothing for sure: the word it reads (the first, or the
    /// second after a leading ordinal or year) needs a separator or a leading 한, and in a name
    /// of ASCII and precomposed syllables, where every scalar is a character, words, separators
    /// and syllables show as their own bytes.
    static func mayHoldCodes<S: StringProtocol>(_ name: S) -> Bool {
        name.utf8.withContiguousStorageIfAvailable { mayHoldCodes(bytes: $0) } ?? Array(name.utf8).withUnsafeBufferPointer { mayHoldCodes(bytes: $0) }
    }

    private static func mayHoldCodes(bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard WordSet.isSimple(b) else { return true }
        // The first two words (`name.split(separator: " ")`, empty ones left out).
        func word(from i: Int) -> Range<Int>? {
            var s = i
            while s < b.count, b[s] == 0x20 { s += 1 }
            guard s < b.count else { return nil }
            var e = s
            while e < b.count, b[e] != 0x20 { e += 1 }
            return s..<e
        }
        guard var w = word(from: 0) else { return false }
        if let second = word(from: w.upperBound), isOrdinalOrYear(b, w) { w = second }
        if b[w].contains(0x2D) { return true }
        return w.count >= 3 && b[w.lowerBound] == 0xED && b[w.lowerBound + 1] == 0x95 && b[w.lowerBound + 2] == 0x9C   // 한
    }

    /// `제32차`, `2024`, `1회`: a digit, and only digits and 제 차 회 년 (as ``codes(in:_:)`` tests the first word).
    private static func isOrdinalOrYear(_ b: UnsafeBufferPointer<UInt8>, _ w: Range<Int>) -> Bool {
        var digit = false
        var i = w.lowerBound
        while i < w.upperBound {
            let c = b[i]
            if c >= 0x30 && c <= 0x39 { digit = true; i += 1; continue }
            guard c >= 0xEA, i + 2 < w.upperBound else { return false }
            switch (c, b[i + 1], b[i + 2]) {
            case (0xEC, 0xA0, 0x9C), (0xEC, 0xB0, 0xA8), (0xED, 0x9A, 0x8C), (0xEB, 0x85, 0x84): i += 3   // 제 차 회 년
            default: return false
            }
        }
        return digit
    }

    /// `제7차 공동위`, `1차 회의`: an ordinal and event words only — an instance of an unnamed series.
    static func isBareInstance(_ name: String) -> Bool {
        // The first word ends in 차 or 회 and a space follows it: without those bytes in the
        // name (most names), no split is needed to say no.
        guard Self.hasOrdinalEnd(name) else { return false }
        let words = name.split(separator: " ")
        guard words.count >= 2, let first = words.first, let last = first.unicodeScalars.last, last == "차" || last == "회" else { return false }
        let digits = first.unicodeScalars.dropLast().drop { $0 == "제" }
        guard !digits.isEmpty, digits.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else { return false }
        return EventTriggerRule.onlyTriggers(words.dropFirst().joined(separator: " "))
    }

    /// The name holds 차 (EC B0 A8) or 회 (ED 9A 8C) followed by a space byte.
    private static func hasOrdinalEnd(_ name: String) -> Bool {
        var copy = name
        return copy.withUTF8 { b in
            var i = 0
            while i + 3 < b.count {
                if b[i + 3] == 0x20, (b[i] == 0xEC && b[i + 1] == 0xB0 && b[i + 2] == 0xA8) || (b[i] == 0xED && b[i + 1] == 0x9A && b[i + 2] == 0x8C) {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    static let bothSides = EventWords.bothSides

    /// ``EventWords/countryCodes`` by the packed bytes of the short form, with its length (the
    /// packing pads with zero bytes): a look-up without a normalising hash of the part. Every
    /// short form is simple text of at most 16 bytes.
    static let countryCodeKeys: [WordSet.Key: (length: Int, country: String)] = {
        var out: [WordSet.Key: (length: Int, country: String)] = [:]
        for (code, country) in EventWords.countryCodes {
            Array(code.utf8).withUnsafeBufferPointer { out[WordSet.key($0)] = ($0.count, country) }
        }
        return out
    }()

    /// Every short form is simple text of at most 16 bytes, so the keys answer for every simple part.
    static let countryCodeKeysCoverAll = EventWords.countryCodes.keys.allSatisfy { code in
        code.utf8.count <= 16 && Array(code.utf8).withUnsafeBufferPointer { WordSet.isSimple($0) }
    }

    /// `EventWords.countryCodes[part]`, looked up by bytes when `part` is simple text (where
    /// equal strings are equal bytes) of at most 16 bytes; other parts take the dictionary.
    static func countryCode(_ part: String) -> String? {
        var copy = part
        let quick: String?? = copy.withUTF8 { b in
            guard countryCodeKeysCoverAll, b.count <= 16, WordSet.isSimple(b) else { return nil }
            guard let hit = countryCodeKeys[WordSet.key(b)], hit.length == b.count else { return .some(nil) }
            return .some(hit.country)
        }
        return quick ?? EventWords.countryCodes[part]
    }

    /// The one pair of countries the release is about: the bilateral names of its events and
    /// agreements all name the same two countries; nil when there are none or several pairs.
    /// `codes` holds the ``codes(in:_:)`` of every event and agreement name.
    static func documentPair(codes: [[String]]) -> [String]? {
        let pairs = Set(codes.filter { $0.count == 2 }.map { $0.sorted() })
        return pairs.count == 1 ? pairs.first : nil
    }

    /// `한-덴마크 과기공동위는 2012년 … 양해각서와 2015년 … 공동성명서를 근거로`: a bilateral
    /// subject before the agreement in a sentence that names it; its countries, or none.
    static func subjectCodes(before start: Int, in sr: SourceRange, _ t: EventText, _ countries: [Mention]) -> [String] {
        let text = t.string(SourceRange(sr.lowerBound, start))
        let words = ScalarCharacters.split(text) { $0 == 0x20 } ?? text.split(separator: " ")
        for (k, word) in words.enumerated() where mayHoldCodes(word) {
            // The topic particle first: it is a look at one scalar, the codes a split and a
            // look-up per part, and most words before an agreement (`한국은`, `한편`) have no pair.
            let head = k + 1 < words.count ? words[k + 1] : word
            guard let last = head.unicodeScalars.last, EventText.topicParticles.contains(last.value) else { continue }
            let c = codes(in: String(word), countries)
            if c.count >= 2 { return c }
        }
        return []
    }

    /// The scalars of `-·ㆍ‧–․∙•`, the separators of a pair (`한-일`, `한·미`).
    @inline(__always)
    static func isPairSeparator(_ v: UInt32) -> Bool {
        v == 0x2D || v == 0xB7 || v == 0x318D || v == 0x2027 || v == 0x2013 || v == 0x2024 || v == 0x2219 || v == 0x2022
    }

    /// Countries of a leading `한-일`, `한·미·일`, `한국-캄보디아`, `한미` in a name: each part is a
    /// short form of the table or a country the document mentions (by canonical name or surface).
    /// The characters of `word` when it is made of two to four precomposed Hangul syllables
    /// and nothing else (each then one character), else nil: the caller asks the characters.
    static func syllables(_ word: String) -> [String]? {
        var w = word
        return w.withUTF8 { b -> [String]? in
            guard b.count >= 6, b.count <= 12, b.count % 3 == 0 else { return nil }
            var out: [String] = []
            out.reserveCapacity(b.count / 3)
            var i = 0
            while i < b.count {
                let c = b[i], c1 = b[i + 1], c2 = b[i + 2]
                guard c >= 0xEA, c <= 0xED, c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80 else { return nil }
                let v = (UInt32(c & 0x0F) << 12) | (UInt32(c1 & 0x3F) << 6) | UInt32(c2 & 0x3F)
                guard v >= 0xAC00, v <= 0xD7A3 else { return nil }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: b[i..<(i + 3)]), as: UTF8.self))
                i += 3
            }
            return out
        }
    }

    static func codes(in name: String, _ countries: [Mention] = []) -> [String] {
        guard mayHoldCodes(name) else { return [] }
        // `제32차 한-일 관세청장회의`, `2024 한-일 포럼`: the ordinal or year before the pair is not part of it.
        let words = ScalarCharacters.split(name) { $0 == 0x20 } ?? name.split(separator: " ")
        guard var first = words.first else { return [] }
        if words.count > 1, first.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }),
           first.unicodeScalars.allSatisfy({ ($0.value >= 0x30 && $0.value <= 0x39) || "제차회년".unicodeScalars.contains($0) }) {
            first = words[1]
        }
        let word = String(first)
        func country(_ part: String) -> String? {
            if let c = Self.countryCode(part) { return c }
            // The part's bytes read once for all the document's country mentions.
            let probe = SameTextProbe(part)
            return countries.first { probe.matches($0.canonical) || probe.matches($0.surface) }?.canonical
        }
        let parts = (ScalarCharacters.split(word, isSeparator: Self.isPairSeparator) ?? word.split(whereSeparator: { "-·ㆍ‧–․∙•".contains($0) }))
            .map(String.init)
        if parts.count >= 2 {
            let mapped = parts.compactMap(country)
            return mapped.count == parts.count ? mapped : []
        }
        // 한미, 한일, 한중일: one syllable each. A word of precomposed syllables only is cut on
        // its bytes (each syllable is one character): iterating characters cost a grapheme
        // break test and a string per character.
        let syllables = Self.syllables(word) ?? word.map(String.init)
        guard (2...4).contains(syllables.count), syllables.first == "한" else { return [] }
        let mapped = syllables.compactMap { Self.countryCode($0) }
        return mapped.count == syllables.count ? mapped : []
    }
}
