import Foundation

/// The issuing body of a release as the affiliation of its own officials named without one:
/// in a 통일부 release, `황태희 통일협력국장` works for 통일부.
///
/// Only Korean names (one word, no `country`) whose title is a civil-service post (`…장관`,
/// `…차관`, `…실장`, `…국장`, `…과장`, `…정책관`, `…조정관`, `…대변인`, …); the issuer must be
/// a Korean government body the gazetteer knows (the front matter's `ministry`).
enum IssuerAffiliation {
    static let postEnds: [String] = [
        "장관", "차관", "실장", "국장", "과장", "정책관", "조정관", "심의관", "대변인", "서기관", "사무관", "주무관",
        "본부장", "교섭관", "기획관", "협력관", "담당관", "팀장",
    ]

    /// The gazetteer body for the document's department, if it is a Korean government body.
    static func issuer(department: String?, gazetteer: Gazetteer) -> GazetteerEntry? {
        guard let d = department.map(trimmed), !d.isEmpty, let e = gazetteer.entry(named: d),
              e.kind == .ministry, e.properties["country"] == nil || e.properties["country"] == "한국" else { return nil }
        return e
    }

    /// `s.trimmingCharacters(in: .whitespaces)`, without Foundation's slow path when no end
    /// is white space (the usual front matter value).
    static func trimmed(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return s }
        if isBlank(first) || isBlank(last) { return s.trimmingCharacters(in: .whitespaces) }
        return s
    }

    /// Members of `CharacterSet.whitespaces`: tab and the space separators (Zs).
    static func isBlank(_ v: Unicode.Scalar) -> Bool {
        // ASCII and Hangul syllables answer without the Unicode property tables.
        if v.value < 0x80 { return v.value == 0x09 || v.value == 0x20 }
        if HangulBytes.isHangulSyllable(v.value) { return false }
        return v.properties.generalCategory == .spaceSeparator
    }

    static let postEndBytes: [[UInt8]] = postEnds.map { Array($0.utf8) }

    static func apply(_ mentions: inout [Mention], issuer: GazetteerEntry) {
        for i in mentions.indices where mentions[i].kind == .person {
            let m = mentions[i]
            guard m.properties["affiliation"] == nil, m.properties["country"] == nil, !hasBlank(m.canonical),
                  let title = m.properties["title"], isPost(title) else { continue }
            mentions[i].affiliate(with: issuer.canonical, kind: issuer.kind)
        }
    }

    /// `name.contains(" ")`; on bytes when the name is ASCII and Hangul syllables only, where
    /// a space is always a character of its own.
    static func hasBlank(_ name: String) -> Bool {
        var copy = name
        let simple = copy.withUTF8 { b -> Bool? in
            var i = 0, blank = false
            while i < b.count {
                let c = b[i]
                if c < 0x80 { blank = blank || c == 0x20; i += 1; continue }
                guard i + 2 < b.count, let _ = ByteAutomaton.syllable(at: i, in: b, upper: b.count) else { return nil }
                i += 3
            }
            return blank
        }
        return simple ?? name.contains(" ")
    }

    /// `postEnds.contains { title.hasSuffix($0) }`; on bytes when the title is plain: every
    /// post ends in Hangul syllables, which start a character after any plain scalar.
    static func isPost(_ title: String) -> Bool {
        var copy = title
        let plain = copy.withUTF8 { b -> Bool? in
            guard PlainStringSet.isPlainUTF8(b, 0, b.count) else { return nil }
            return postEndBytes.contains { ByteSearch.hasSuffix(b, $0) }
        }
        return plain ?? postEnds.contains(where: { title.hasSuffix($0) })
    }
}
