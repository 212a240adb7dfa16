/// A foreign person named in full once and by the last words of the name afterwards:
/// `마타르 살렘 알리 알 다헤리(…) UAE 국방차관` then `알 다헤리 UAE 국방차관은`, `다헤리 차관`.
///
/// After the whole document, a person mention whose name is the last word or words of
/// another person's name found earlier (same country, or none known) becomes that person,
/// with the short form as an alias. Korean names are left alone: `김 장관` is handled by
/// `PersonRule`, and two Korean names never end alike by design.
public struct ForeignShortNameRule: EntityRule {
    public let name = "person.foreign-short-name"

    public init() {}

    public func apply(_ context: inout ExtractionContext) {}

    public func finish(_ document: inout DocumentExtractionState, gazetteer: Gazetteer) {
        var full: [Mention] = []
        // By index: copying every mention out (strings, sets, dictionaries) to test its kind showed in profiles.
        for i in document.mentions.indices where document.mentions[i].kind == .person {
            let m = document.mentions[i]
            if let country = m.properties["country"], !country.isKorea {
                if let target = full.last(where: { f in
                    f.canonical != m.canonical && f.canonical.hasSuffix(" " + m.canonical)
                        && (f.properties["country"] == nil || f.properties["country"] == country)
                }) {
                    var r = m
                    r.aliases.insert(m.canonical)
                    r.canonical = target.canonical
                    for key in ["affiliation", "affiliation_kind", "title"] where target.properties[key] != nil && r.properties[key] == nil {
                        r.properties[key] = target.properties[key]
                    }
                    document.mentions[i] = r
                    continue
                }
                if m.canonical.contains(" ") { full.append(m) }
            }
        }
    }
}
