/// A foreign person written in Latin letters at the head of a list item, with a title at the
/// item's end: `▴Susan Elliott NCAFP 회장, ▴Daniel Russel 아시아소사이어티 정책연구소 부소장`.
///
/// Delegation lists often give foreign members' names untransliterated. The name is two to four
/// capitalised Latin words (an initial `M.` allowed, a surname in capitals after a first name)
/// right after a bullet (▴ ▲); within the item (up to the next comma or bullet) a Hangul word
/// that is a title must follow. A body found between the name and the title is the affiliation.
/// Acronyms (NCAFP, AGS) are not name words.
public struct LatinPersonNameRule: EntityRule {
    public let name = "person.latin-name-title"

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        var i = context.lower
        // Cheap refusal: only the bytes of a ▴ or ▲ bullet (E2 96 B4 / E2 96 B2) start an item.
        while i + 3 < context.upper {
            // To the next E2 byte, sixteen bytes at a time (the bullets are rare).
            i = ByteSearch.firstIndex(inRange: 0xE2, 0xE2, or: 0xE2, in: b, from: i, to: context.upper - 3)
            guard i + 3 < context.upper else { break }
            if b[i] == 0xE2, b[i + 1] == 0x96, b[i + 2] == 0xB4 || b[i + 2] == 0xB2 {
                var s = i + 3
                while s < context.upper, b[s] == 0x20 { s += 1 }
                if let m = person(at: s, context: context) { context.add(m) }
                i = s
                continue
            }
            i += 1
        }
    }

    static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }

    /// Lower-case particles inside Western and Arabic names (`Van den Bossche`, `bin Salman`).
    static let particles: [[UInt8]] = ["van", "von", "den", "der", "de", "da", "di", "du", "la", "le", "bin", "al"].map { Array($0.utf8) }

    /// True when a name particle followed by a blank starts at `k`.
    static func nameParticle(at k: Int, upper: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isLower(b[k]) else { return false }
        return particles.contains { p in
            k + p.count < upper && b[k + p.count] == 0x20 && p.indices.allSatisfy { b[k + $0] == p[$0] }
        }
    }

    func person(at start: Int, context: ExtractionContext) -> Mention? {
        let b = context.bytes
        let upper = context.upper
        var k = start
        var words = 0, fullWords = 0, capitalWords = 0
        var nameEnd = start
        while k < upper, Self.isUpper(b[k]) || (words > 0 && Self.nameParticle(at: k, upper: upper, b)) {
            var e = k + 1
            var hasLower = false
            while e < upper, Self.isLower(b[e]) || Self.isUpper(b[e]) || b[e] == 0x2D || b[e] == 0x27 {
                if Self.isLower(b[e]) { hasLower = true }
                e += 1
            }
            if Self.isLower(b[k]) { /* van, de, bin: counted as a word, not a full one */ }
            else if e == k + 1, e < upper, b[e] == 0x2E { e += 1 }           // an initial: `M.`
            else if hasLower { fullWords += 1 }
            // A surname in capitals (`Jenny SHIPLEY`) after a full word; shorter capitals and
            // known bodies (`CSIS`, `NCAFP`) are acronyms, not part of the name.
            else if fullWords == 0 || e - k < 4 || context.isCovered(k) { break } else { capitalWords += 1 }
            words += 1
            nameEnd = e
            guard e < upper, b[e] == 0x20 else { break }
            k = e + 1
        }
        // A name running on in lower case (`Peter Van den Bossche`, `Policy Changes of`) is not read.
        if nameEnd + 1 < upper, Self.isLower(b[nameEnd + 1]) { return nil }
        guard words >= 2, words <= 5, fullWords + capitalWords >= 2,
              b[nameEnd - 1] != 0x2E, !context.isCovered(start), nameEnd < upper, b[nameEnd] == 0x20 else { return nil }
        // The item's end: the next comma or bullet, or the sentence end.
        var end = nameEnd
        while end < upper, b[end] != 0x2C, !(b[end] == 0xE2 && end + 2 < upper && b[end + 1] == 0x96) { end += 1 }
        // The title: the first Hangul word of the item that is one (`의원(공화/미시간)`, `교수(美 …) 및`).
        var j = nameEnd + 1
        var found: (start: Int, title: String)?
        while j < end, found == nil {
            if b[j] >= 0xEA, b[j - 1] == 0x20 || b[j - 1] == 0x29 {
                let runEnd = HangulBytes.hangulRunEnd(from: j, upper: end, in: b)
                if runEnd > j, let t = context.gazetteer.personTitles.title(j, runEnd, in: b) { found = (j, t.title) }
                j = max(runEnd, j + 1)
            } else if b[j] == 0x28 {
                // A body's abbreviation (`태평양세기연구소(PCI) 회장`): skip to the closing parenthesis.
                var c = j + 1
                while c < end, b[c] != 0x29 { c += 1 }
                guard c < end else { break }
                j = c + 1
            } else {
                j += 1
            }
        }
        guard let found else { return nil }
        let titleStart = found.start
        var title = found.title
        // A title of several words (`대통령 비서실장`): every following title word belongs to it.
        var next = HangulBytes.hangulRunEnd(from: titleStart, upper: end, in: b)
        while next + 1 < end, b[next] == 0x20, b[next + 1] >= 0xEA {
            let runEnd = HangulBytes.hangulRunEnd(from: next + 1, upper: end, in: b)
            guard runEnd > next + 1, let t = context.gazetteer.personTitles.title(next + 1, runEnd, in: b) else { break }
            title += " " + t.title
            next = runEnd
        }
        let name = context.text(start, nameEnd)
        var props = ["title": title]
        if let body = context.mentions.last(where: {
            $0.kind != .person && $0.kind != .event && $0.range.lowerBound > nameEnd && $0.range.upperBound < titleStart
        }) {
            props["affiliation"] = body.canonical
            props["affiliation_kind"] = body.kind.rawValue
            if body.kind == .country { props["country"] = body.canonical }
        }
        return Mention(range: SourceRange(start, nameEnd), kind: .person, canonical: name, surface: name,
                       properties: props, rule: self.name)
    }
}
