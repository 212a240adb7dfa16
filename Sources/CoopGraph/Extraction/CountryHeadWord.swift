/// Foreign bodies named by a country and a generic head word (`베트남 중앙은행`, `일본 공보문화원`,
/// `영국 의회`): the matching shared by the rules of such classes.
///
/// The head word opens the word after a country mention (not Korea, whose bodies the gazetteers
/// hold) and is followed by particles only, by a follower word (a head's title, a delegation) or,
/// for a body whose head is written `<body>장` (`문화원장`), by `장`. The canonical name is
/// `<country> <head's canonical word>`; `country` records the state. Before a title the mention
/// covers the head word alone, so that person rules read `body + title` in one word; else it
/// spans the country too. A gazetteer organization on exactly that span (Korea's `국회`,
/// `금융위원회`) gives way to the foreign body.
struct CountryHeadWord: Sendable {
    /// A head word as written, the word its canonical name uses, and another spelling of it.
    struct Head: Sendable {
        var bytes: [UInt8]
        var canonical: String
        var alias: String?
    }

    /// Head words, longest first.
    let heads: [Head]
    /// First scalars of the head words: the cheap first test.
    let initials: ScalarSet
    /// Words that may follow the head word in its word, and whether they are a head's title.
    let followers: [(bytes: [UInt8], isHead: Bool)]
    /// Whether the name written without the blank (`베트남중앙은행`) is an alias.
    let unspacedAlias: Bool

    /// A matcher whose heads are their own canonical words, with the unspaced name as an alias.
    init(heads: [String], followers: [(String, Bool)]) {
        self.init(heads: heads.map { Head(bytes: Array($0.utf8), canonical: $0, alias: nil) }, followers: followers, unspacedAlias: true)
    }

    init(heads: [Head], followers: [(String, Bool)], unspacedAlias: Bool) {
        self.heads = heads.sorted { $0.bytes.count > $1.bytes.count }
        initials = ScalarSet(heads.compactMap { String(decoding: $0.bytes, as: UTF8.self).unicodeScalars.first?.value })
        self.followers = followers.map { (Array($0.0.utf8), $0.1) }.sorted { $0.bytes.count > $1.bytes.count }
        self.unspacedAlias = unspacedAlias
    }

    func apply(_ context: inout ExtractionContext, rule: String) {
        let b = context.bytes
        let found = context.mentions
        for k in found.indices where found[k].kind == .country && !found[k].canonical.isKorea {
            let start = HangulBytes.skipBlanks(from: found[k].range.upperBound, upper: context.upper, in: b)
            guard start < context.upper, initials.contains(HangulBytes.scalar(at: start, in: b).value) else { continue }
            let runEnd = HangulBytes.hangulRunEnd(from: start, upper: context.upper, in: b)
            guard let head = heads.first(where: { h in
                start + h.bytes.count <= runEnd && h.bytes.indices.allSatisfy { b[start + $0] == h.bytes[$0] }
            }) else { continue }
            let end = start + head.bytes.count
            guard let beforeTitle = rest(end, runEnd, in: b) else { continue }
            let country = found[k].canonical
            var aliases: Set<String> = unspacedAlias ? [country + head.canonical] : []
            if let alias = head.alias { aliases.insert(country + " " + alias) }
            let lo = beforeTitle ? start : found[k].range.lowerBound
            let m = Mention(range: SourceRange(lo, end), kind: .organization, canonical: country + " " + head.canonical,
                            surface: context.text(found[k].range.lowerBound, end), aliases: aliases,
                            properties: ["country": country], rule: rule)
            // A gazetteer body on the same word (`금융위원회`, Korea's) gives way to the foreign one.
            if let existing = context.mention(startingAt: lo), existing.range == m.range, existing.kind == .organization {
                context.update(m)
            } else {
                context.add(m)
            }
        }
    }

    /// What follows the head word in its word: nil when it is another word, else whether a head's title follows.
    func rest(_ end: Int, _ runEnd: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool? {
        if KoreanParticles.isParticleTail(end, runEnd, in: b) { return false }
        for f in followers where end + f.bytes.count <= runEnd && f.bytes.indices.allSatisfy({ b[end + $0] == f.bytes[$0] }) {
            if KoreanParticles.isParticleTail(end + f.bytes.count, runEnd, in: b) { return f.isHead }
        }
        return nil
    }
}
