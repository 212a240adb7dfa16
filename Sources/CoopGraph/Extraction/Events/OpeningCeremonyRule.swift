/// `「2024 인공지능의 … 고위급회의」개회식이 9.9.(월) … 개최됐다`: the opening ceremony of a named
/// meeting is an event, and so is the meeting it opens, which starts that day.
///
/// For every opening (개회식, 개막식) named `<meeting> <ceremony word>` whose meeting part has two
/// words or more and ends in a meeting or seminar word, the meeting is added under its own name and
/// the ceremony's date, unless an event of that name exists already; it takes the ceremony's
/// organisers and the bodies and countries taking part (people attend the ceremony they are
/// named at), and the ceremony's aliases that do not name the ceremony (`2024 REAIM 고위급회의`
/// from `(이하 ‘…’)`).
struct OpeningCeremonyRule: EventRule {
    let name = "event.opening-ceremony"

    static let openings = ["개회식", "개막식"]
    static let meetingWords: [EventTrigger] = EventTrigger.all.filter { ($0.type == .meeting || $0.type == .seminar) && $0.word.unicodeScalars.count >= 2 }

    func apply(to w: inout EventWorkspace) {
        let count = w.events.count
        for e in 0..<count {
            let ceremony = w.events[e]
            guard Self.openings.contains(ceremony.trigger), ceremony.date != nil else { continue }
            let stem = ceremony.name.prefixTrimmed(before: ceremony.trigger)
            guard EventText.wordCount(stem) >= 2, let word = Self.meetingWords.first(where: { stem.hasSuffix($0.word) }),
                  w.eventIndex(named: stem) == nil else { continue }
            var d = EventDraft(name: stem, type: word.type, trigger: word.word, date: ceremony.date, modality: ceremony.modality)
            guard !w.events.contains(where: { $0.id == d.id }) else { continue }
            d.location = ceremony.location
            d.aliases = ceremony.aliases.filter { !$0.contains(ceremony.trigger) }
            w.events[e].aliases.subtract(d.aliases)
            d.countries = ceremony.countries
            d.evidence = ceremony.evidence.map { Evidence(document: $0.document, span: $0.span, sentence: $0.sentence, rule: self.name) }
            for (id, m) in ceremony.organisers { d.organisers[id] = m }
            for (id, m) in ceremony.participants where m.kind != .person { d.addParticipant(m, id: id) }
            w.events.append(d)
        }
    }
}
