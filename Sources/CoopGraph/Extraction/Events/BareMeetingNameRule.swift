/// `지난 6월 정상회담`: a meeting named by its bare kind word (정상회담, 외교장관회담, 전화통화)
/// whose two sides are Korea and one other country is named after them, `한-프랑스 정상회담`,
/// with the bare word kept as an alias.
///
/// The kind word alone names every summit of every year, so graphs of many releases would
/// read one `정상회담` node per month for unrelated meetings; the pair is what releases and the
/// answers call it (`한-UAE 정상회담`). Meetings with other sides (three countries, a body) keep
/// their name: nothing says which pair it would be.
struct BareMeetingNameRule: EventRule {
    let name = "event.bare-meeting-name"


    func apply(to w: inout EventWorkspace) {
        for e in w.events.indices {
            let d = w.events[e]
            guard isBareMeetingWord(d.name) else { continue }
            // Hosts are sides too (`한국과 프랑스는 … 회담을 개최했다` makes both organisers).
            let sides = Array(d.participants.values) + Array(d.organisers.values)
            let countries = Set(sides.filter { $0.kind == .country }.map(\.canonical)).union(d.countries)
            guard countries.count == 2, countries.contains("한국"), sides.allSatisfy({ $0.kind == .country || $0.kind == .person }),
                  let other = countries.first(where: { $0 != "한국" }) else { continue }
            var renamed = EventDraft(name: "한-" + other + " " + d.name, type: d.type, trigger: d.trigger, date: d.date, modality: d.modality)
            renamed.aliases = d.aliases.union([d.name])
            renamed.location = d.location
            renamed.series = d.series
            renamed.ordinal = d.ordinal
            renamed.participants = d.participants
            renamed.organisers = d.organisers
            renamed.countries = d.countries
            renamed.agreements = d.agreements
            renamed.evidence = d.evidence
            // Another event of the same pair and day already has the name: leave this one be.
            guard !w.events.contains(where: { $0.id == renamed.id }) else { continue }
            w.events[e] = renamed
        }
    }

    /// One word, Hangul only, ending in 회담 or 통화 (a 회의 such as 정상회의 is as often multilateral).
    private func isBareMeetingWord(_ name: String) -> Bool {
        var n = name
        return n.withUTF8 { b in
            guard b.count >= 6, b.count % 3 == 0, !b.contains(0x20) else { return false }
            // `한일장관회담`, `한미통화`: a word opening with 한 names its pair already.
            if b[0] == 0xED, b[1] == 0x95, b[2] == 0x9C { return false }
            for k in stride(from: 0, to: b.count, by: 3) where b[k] < 0xEA || b[k] > 0xED { return false }
            let tail = String(decoding: b[(b.count - 6)...], as: UTF8.self)
            return tail == "회담" || tail == "통화"
        }
    }
}
