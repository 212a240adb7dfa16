/// A bilateral name (한-일 민관 철강협의회, 한미 에너지장관회담) involves both countries.
///
/// The short forms at the start of the name (한-일, 한·미, 한미) are read from a small table;
/// a country mention of the document with that canonical name supplies the node when present.
struct BilateralRule: EventRule {
    let name = "event.bilateral"

    func apply(to w: inout EventWorkspace) {
        for e in w.events.indices {
            let codes = Self.codes(in: w.events[e].name)
            guard codes.count >= 2 else { continue }
            for country in codes {
                if let m = w.text.mentions.first(where: { $0.kind == .country && $0.canonical == country }) {
                    w.addParticipant(m, to: e)
                } else if !w.events[e].participants.values.contains(where: { $0.canonical == country }) {
                    w.events[e].countries.insert(country)
                }
            }
        }
    }

    /// Countries of a leading `한-일`, `한·미·일`, `한미` in a name.
    static func codes(in name: String) -> [String] {
        guard let first = name.split(separator: " ").first else { return [] }
        let word = String(first)
        let parts = word.split(whereSeparator: { $0 == "-" || $0 == "·" || $0 == "ㆍ" || $0 == "‧" }).map(String.init)
        if parts.count >= 2 {
            let mapped = parts.compactMap { EventWords.countryCodes[$0] }
            return mapped.count == parts.count ? mapped : []
        }
        // 한미, 한일, 한중일: one syllable each.
        let syllables = word.map(String.init)
        guard (2...4).contains(syllables.count), syllables.first == "한" else { return [] }
        let mapped = syllables.compactMap { EventWords.countryCodes[$0] }
        return mapped.count == syllables.count ? mapped : []
    }
}
