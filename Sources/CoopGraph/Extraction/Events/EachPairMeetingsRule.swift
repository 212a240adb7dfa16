import Foundation

/// `A는 … B 미국 대표 및 C 일본 국장과 한미․한일 수석대표 협의를 각각 가졌다`: one meeting for
/// each pair of countries, not one meeting of both.
///
/// An event of the sentence holding `각각` whose name starts with two or more pairs of short
/// country forms joined by a dot (`한미․한일`, `한미·한일`) is split into one event per pair,
/// named by that pair and the rest of the name, on the same date. The first keeps the joined
/// name as an alias. When the sentence names one person met per pair after its subject, in
/// order, the n-th person and the bodies written after them go to the n-th pair's meeting;
/// the subject and everything else take part in all of them.
struct EachPairMeetingsRule: EventRule {
    let name = "event.each-pair-meetings"

    static let each = Array("각각".utf8)
    /// One-dot leader, middle dot, katakana middle dot: the joiners the releases use in `한미․한일`.
    static let joiners: [Character] = ["\u{2024}", "\u{00B7}", "\u{30FB}"]
    /// The joiners as UTF-8 bytes, for the sentence test before any name is read.
    static let joinerBytes: [[UInt8]] = joiners.map { Array(String($0).utf8) }

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        var sentences: [Int] = []
        // 각각 is a common word; only a sentence that also holds a joiner can name pairs (`한미․한일`).
        t.forEachOccurrence(of: Self.each) { _, si in
            guard sentences.last != si, Self.joinerBytes.contains(where: { t.find($0, in: t.sentences[si].range) != nil }) else { return }
            sentences.append(si)
        }
        for si in sentences {
            let events = w.references.filter { $0.sentence == si }.map(\.event)
            for e in Set(events).sorted() { split(event: e, sentence: si, &w) }
        }
    }

    /// The pairs (`한미`, `한일`) and the rest of the name, when the name starts with two or more pairs.
    static func pairs(in name: String) -> (pairs: [String], rest: String)? {
        guard let space = name.firstIndex(of: " ") else { return nil }
        let head = name[..<space]
        let rest = name[name.index(after: space)...].trimmingCharacters(in: .whitespaces)
        guard !rest.isEmpty, head.contains(where: { joiners.contains($0) }) else { return nil }
        let parts = head.split(whereSeparator: { joiners.contains($0) }).map(String.init)
        guard parts.count >= 2 else { return nil }
        for p in parts {
            guard p.hasPrefix("한"), EventWords.countryCodes[String(p.dropFirst())] != nil else { return nil }
        }
        return (parts, rest)
    }

    /// The event's name as written with the pairs before it: the trigger rule's name stops at the joiner.
    static func written(_ name: String, in sentence: String) -> String {
        guard let r = sentence.range(of: name), r.lowerBound > sentence.startIndex,
              joiners.contains(sentence[sentence.index(before: r.lowerBound)]) else { return name }
        let before = sentence[..<r.lowerBound]
        let start = before.lastIndex(of: " ").map { before.index(after: $0) } ?? before.startIndex
        return String(sentence[start..<r.upperBound])
    }

    private func split(event e: Int, sentence si: Int, _ w: inout EventWorkspace) {
        let old = w.events[e]
        let written = Self.written(old.name, in: w.text.string(w.text.sentences[si].range))
        guard let (pairs, rest) = Self.pairs(in: written) else { return }
        let everyone = old.participants.values.sorted { $0.range.lowerBound < $1.range.lowerBound }
        let persons = everyone.filter { $0.kind == .person }
        // The subject first, then one person met per pair: otherwise who met whom is not said.
        let met = persons.count == pairs.count + 1 ? Array(persons.dropFirst()) : []
        var drafts: [EventDraft] = []
        for (n, pair) in pairs.enumerated() {
            var d = EventDraft(name: pair + " " + rest, type: old.type, trigger: old.trigger, date: old.date, modality: old.modality)
            guard !w.events.indices.contains(where: { $0 != e && w.events[$0].id == d.id }) else { return }
            d.location = old.location
            d.evidence = old.evidence
            d.organisers = old.organisers
            if n == 0 { d.aliases = old.aliases.union([written]) }
            if let code = EventWords.countryCodes[String(pair.dropFirst())] { d.countries = old.countries.intersection(["한국", code]) }
            for m in everyone {
                if !met.isEmpty, let owner = Self.owner(of: m, met: met), owner != n { continue }
                d.participants[m.nodeID] = m
            }
            drafts.append(d)
        }
        w.events[e] = drafts[0]
        w.events.append(contentsOf: drafts.dropFirst())
    }

    /// Which person met a mention belongs to: the person themself, or the last person met written before it.
    private static func owner(of m: Mention, met: [Mention]) -> Int? {
        met.lastIndex { $0.range.lowerBound <= m.range.lowerBound }
    }
}
