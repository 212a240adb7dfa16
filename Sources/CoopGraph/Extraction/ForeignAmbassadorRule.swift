/// A foreign ambassador to Korea named without an original spelling before the post:
/// `필립 베르투 주한프랑스 대사`, `필립 골드버그 주한 미국대사`, `다이빙 신임 주한중국대사`,
/// `알리셰르 압두살로모프 주한 우즈베키스탄 대사`.
///
/// The post is `주한`, a country the gazetteer knows (a mention or the word's text, spaces
/// allowed), then `대사` (particles after it allowed); `신임` or `전` may stand between name and
/// post. The name is read as `PersonRule` reads a foreign name before a country (one to three
/// words that may be a transcribed name; several only from the start of a clause). The title is
/// the post as written without blanks (`주한프랑스대사`), the affiliation the sending country.
public struct ForeignAmbassadorRule: EntityRule {
    public let name = "person.foreign-ambassador"

    static let host: [UInt8] = Array("주한".utf8)
    static let ambassador: [UInt8] = Array("대사".utf8)
    static let between: Set<String> = ["신임", "전"]
    /// `between` answered on bytes.
    static let betweenSet = PlainStringSet(between)
    static let former: [[UInt8]] = ["전(前)", "前"].map { Array($0.utf8) }

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        var i = context.lower
        // `주한` is rare and its lead byte 0xEC common (a twelfth of all syllables): search for
        // the whole word, sixteen starts at a time.
        while i + Self.host.count <= context.upper {
            guard let k = ByteSearch.firstIndex(of: Self.host, in: UnsafeBufferPointer(rebasing: b[i..<context.upper])) else { break }
            if let m = person(host: i + k, context: context) { context.add(m) }
            i += k + 1
        }
    }

    /// `b[lo..<hi]` with its blanks (U+0020) removed, when it holds only ASCII and Hangul
    /// syllables: there no blank joins the next scalar into one `Character`, so the result is
    /// `replacingOccurrences(of: " ", with: "")`'s (a Foundation call costing tens of thousands
    /// of instructions). Nil for other text, which takes that call.
    static func withoutBlanks(_ lo: Int, _ hi: Int, in b: UnsafeBufferPointer<UInt8>) -> String? {
        let slice = UnsafeBufferPointer(rebasing: b[lo..<hi])
        guard WordSet.isSimple(slice) else { return nil }
        var kept: [UInt8] = []
        kept.reserveCapacity(slice.count)
        for c in slice where c != 0x20 { kept.append(c) }
        return String(decoding: kept, as: UTF8.self)
    }

    /// True when `b[lo..<hi]` starts with `word`.
    static func starts(_ word: [UInt8], at lo: Int, upper: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        lo + word.count <= upper && word.indices.allSatisfy { b[lo + $0] == word[$0] }
    }

    /// The sending country and the end of the post `주한 … 대사` starting at `host`.
    func post(host: Int, context: ExtractionContext) -> (country: String, end: Int)? {
        let b = context.bytes
        guard context.isWordStart(host) else { return nil }
        var pos = HangulBytes.skipBlanks(from: host + 6, upper: context.upper, in: b)
        var country: String?
        if let m = context.mention(startingAt: pos), m.kind == .country {
            country = m.canonical
            pos = m.range.upperBound
        } else {
            // `주한프랑스대사`: the country is the word up to 대사.
            let run = HangulBytes.hangulRunEnd(from: pos, upper: context.upper, in: b)
            var k = pos
            while k < run, !Self.starts(Self.ambassador, at: k, upper: run, in: b) { k += 3 }
            // `주한프랑스 대사`: the whole word.
            guard k > pos, let e = context.gazetteer.entry(named: context.text(pos, min(k, run))), e.kind == .country else { return nil }
            country = e.canonical
            pos = k
        }
        pos = HangulBytes.skipBlanks(from: pos, upper: context.upper, in: b)
        guard let country, !country.isKorea, Self.starts(Self.ambassador, at: pos, upper: context.upper, in: b) else { return nil }
        let end = pos + Self.ambassador.count
        let runEnd = HangulBytes.hangulRunEnd(from: end, upper: context.upper, in: b)
        // 대사 alone or with particles (대사는, 대사와), not 대사관 or 대사대리.
        guard runEnd == end || KoreanParticles.isParticleTail(end, runEnd, in: b) else { return nil }
        return (country, end)
    }

    func person(host: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        guard let (country, end) = post(host: host, context: context) else { return nil }
        // `다이빙 신임 주한중국대사`: the word between name and post.
        var anchorStart = host
        let prevEnd = HangulBytes.skipBlanksBackward(from: host, lower: context.lower, in: b)
        let prevStart = HangulBytes.hangulRunStart(endingAt: prevEnd, lower: context.lower, in: b)
        if prevStart < prevEnd, Self.betweenSet.contains(b, prevStart, prevEnd) { anchorStart = prevStart }
        // `캐슬린 스티븐스(Kathleen Stephens) 전(前) 주한 미국대사`, `前 주한 미국대사`.
        for w in Self.former where prevEnd - w.count >= context.lower && Self.starts(w, at: prevEnd - w.count, upper: prevEnd, in: b) {
            anchorStart = prevEnd - w.count
            break
        }
        let title = Self.withoutBlanks(host, end, in: b) ?? context.text(host, end).replacingOccurrences(of: " ", with: "")
        let anchor = Mention(range: SourceRange(anchorStart, end), kind: .country, canonical: country, surface: country, rule: name)
        let rule = PersonRule()
        guard var p = rule.foreignName(before: anchor, tokens: PersonRule.tokens(context), title: title,
                                       titles: context.gazetteer.personTitles, context: context) else { return nil }
        // `대사단과 주한 동티모르 대사`: no word of the name ends like a particle or verb form.
        guard !p.canonical.split(separator: " ").contains(where: { w in w.last.map { PersonRule.koreanWordEnds.contains($0) } ?? true }) else { return nil }
        p.rule = name
        return p
    }
}
