/// Korea's president or prime minister, named with the post's title, belongs to 한국:
/// `윤석열 대통령`, `한덕수 국무총리`, `최상목 대통령 권한대행`.
///
/// The names come from the word list `korean-heads` (`korean-heads.tsv`), not from the look of
/// the name: foreign leaders written without their country (`마크롱 대통령`) look Korean too.
/// Runs after the person rules, on persons of the sentence with no affiliation and no country.
public struct KoreanHeadAffiliationRule: EntityRule {
    public let name = "person.korean-head"
    /// Titles of the two posts, as person rules give them (a title ending in one of these).
    static let postEnds = ["대통령", "총리", "권한대행"]
    static let country = "한국"

    static let postEndBytes: [[UInt8]] = postEnds.map { Array($0.utf8) }

    public init() {}

    /// `postEnds.contains { title.hasSuffix($0) }`, on bytes for a plain title (see
    /// ``CanonicalBytes``): there every scalar before a Hangul syllable ends a `Character`, and
    /// canonical equivalence is byte equality, so the byte suffix is the `Character` suffix.
    static func endsWithPost(_ title: String) -> Bool {
        guard CanonicalBytes.isPlain(title) else { return postEnds.contains { title.hasSuffix($0) } }
        let bytes = title.utf8
        return postEndBytes.contains { e in bytes.count >= e.count && bytes.suffix(e.count).elementsEqual(e) }
    }

    public func apply(_ context: inout ExtractionContext) {
        for i in context.mentions.indices where context.mentions[i].kind == .person {
            let p = context.mentions[i]
            guard p.properties["affiliation"] == nil, p.properties["country"] == nil,
                  let title = p.properties["title"], Self.endsWithPost(title),
                  context.gazetteer.koreanHeads.contains(p.canonical) else { continue }
            var m = p
            m.affiliate(with: Self.country, kind: .country)
            context.update(m)
        }
    }
}
