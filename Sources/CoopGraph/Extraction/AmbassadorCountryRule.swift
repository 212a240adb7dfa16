/// An ambassador's post names both countries, `주<host><sending country>대사`: `주한인도대사`
/// (India's ambassador to Korea), `주유엔멕시코대사` (Mexico's ambassador to the UN). The person
/// is affiliated with the sending country, the longest country name ending the middle part;
/// the host part before it must not be empty (`주미대사` is Korea's own ambassador: nothing to add).
///
/// Runs after the person rules, on persons of the sentence with no affiliation.
public struct AmbassadorCountryRule: EntityRule {
    public let name = "person.ambassador-country"
    static let ends = ["대사대리", "총영사", "대사"]

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        // By index: a `for p in` copied every mention out before testing its kind.
        for i in context.mentions.indices where context.mentions[i].kind == .person && context.mentions[i].properties["affiliation"] == nil {
            let p = context.mentions[i]
            guard let title = p.properties["title"], let country = Self.sendingCountry(title: title, gazetteer: context.gazetteer) else { continue }
            var m = p
            m.affiliate(with: country, kind: .country, isCountry: true)
            context.update(m)
        }
    }

    /// The sending country of a `주…대사` title, if the gazetteer knows it.
    static func sendingCountry(title: String, gazetteer: Gazetteer) -> String? {
        guard title.hasPrefix("주"), let end = ends.first(where: { title.hasSuffix($0) }) else { return nil }
        let middle = Array(title.dropFirst().dropLast(end.count))
        guard middle.count >= 3 else { return nil }
        // Longest suffix first; at least one character of host remains.
        for start in 1..<(middle.count - 1) {
            let candidate = String(middle[start...])
            if let e = gazetteer.entry(named: candidate), e.kind == .country { return e.canonical }
        }
        return nil
    }
}
