/// One negotiating round or meeting named two ways on one day, and its tracks, are one event.
///
/// - The title's `제5차 한-필리핀 자유무역협정(FTA) 협상` and the body's `한-필리핀 자유무역협정(FTA)
///   제5차 공식협상` on the same day: the same ordinal and the same words once the ordinal, 공식 and
///   the event word are set aside. They become one event (the one with more people and bodies
///   keeps its name, the other's name is an alias; planned when either is).
/// - `이번 협상에서 … 협정문 협상과 … 양허 협상을 진행할 예정`: an event that nobody takes part in,
///   on the day of an event of the same type that has participants, is a track of it, not an
///   event of its own, and is dropped — unless its name singles it out (``isSpecific(_:)``).
///
/// Runs last: it removes drafts, so no rule after it may hold an index into the events.
struct SameDayRoundRule: EventRule {
    let name = "event.same-day-round"

    static let setAside: Set<String> = ["공식", "공식협상", "협상", "회의", "회담", "협의", "공동위원회", "공동위"]

    func apply(to w: inout EventWorkspace) {
        guard w.events.count > 1 else { return }
        var drop = Set<Int>()
        var mergedInto: [Int: Int] = [:]
        // A key is only ever compared with that of another event of the same type and day: for
        // the many events with no such partner none is built (building one made Strings per word).
        let keys: [String?] = w.events.indices.map { a in
            guard let da = w.events[a].date?.value.value else { return nil }
            let type = w.events[a].type
            guard w.events.indices.contains(where: { b in b != a && w.events[b].type == type && w.events[b].date?.value.value == da }) else { return nil }
            return Self.roundKey(w.events[a].name)
        }
        for a in w.events.indices where !drop.contains(a) {
            guard let ka = keys[a], let da = w.events[a].date?.value.value else { continue }
            for b in w.events.indices where b > a && !drop.contains(b) {
                guard let kb = keys[b], kb == ka, w.events[b].date?.value.value == da, w.events[b].type == w.events[a].type else { continue }
                let (keep, gone) = weight(a, w) >= weight(b, w) ? (a, b) : (b, a)
                merge(gone, into: keep, &w)
                drop.insert(gone)
                mergedInto[gone] = keep
                if gone == a { break }
            }
        }
        for e in w.events.indices where !drop.contains(e) && isEmpty(e, w) {
            guard w.events[e].date?.value.precision == .day, let d = w.events[e].date?.value.value else { continue }
            // The name is read last: most empty events have no fuller one of their type that day,
            // and reading the name splits it into words.
            if w.events.indices.contains(where: { o in
                o != e && !drop.contains(o) && w.events[o].type == w.events[e].type && w.events[o].date?.value.value == d && !isEmpty(o, w)
            }), !Self.isSpecific(w.events[e].name) {
                drop.insert(e)
            }
        }
        guard !drop.isEmpty else { return }
        remove(drop, mergedInto, &w)
    }

    /// A name that singles out one event even with nobody in it: a bilateral pair (`한-중앙아`,
    /// `韓·유엔사`), Latin letters (`PSI`, `(EAS)`), or an ordinal in three words or more.
    static func isSpecific(_ name: String) -> Bool {
        if name.utf8.contains(where: { $0 == 0x2D || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }) { return true }
        if name.unicodeScalars.contains(where: { BilateralRule.isPairSeparator($0.value) }) { return true }
        return EventText.wordCount(name) >= 3 && name.split(separator: " ").contains { ordinalNumber($0) != nil }
    }

    /// The ordinal and the remaining words, sorted; nil for a name without an ordinal.
    static func roundKey(_ name: String) -> String? {
        // Every ordinal (``ordinalNumber(_:)``) has an ASCII digit: most names have none.
        guard name.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        var ordinal: String?
        var words: [Substring] = []
        for word in name.split(separator: " ") {
            if let n = ordinalNumber(word) {
                guard ordinal == nil else { return nil }
                ordinal = n
                continue
            }
            if setAside.contains(String(word)) { continue }
            words.append(word)
        }
        guard let n = ordinal, !words.isEmpty else { return nil }
        return n + "|" + words.sorted().joined(separator: " ")
    }

    /// `제5차`, `5차`, `제5회` → "5".
    static func ordinalNumber(_ word: Substring) -> String? {
        var s = word
        if s.hasPrefix("제") { s = s.dropFirst() }
        guard s.hasSuffix("차") || s.hasSuffix("회") else { return nil }
        s = s.dropLast()
        guard !s.isEmpty, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return String(s)
    }

    private func weight(_ e: Int, _ w: EventWorkspace) -> Int {
        w.events[e].participants.count + w.events[e].organisers.count + w.events[e].countries.count
    }

    private func isEmpty(_ e: Int, _ w: EventWorkspace) -> Bool {
        let d = w.events[e]
        return d.participants.isEmpty && d.organisers.isEmpty && d.countries.isEmpty && d.agreements.isEmpty
    }

    private func merge(_ gone: Int, into keep: Int, _ w: inout EventWorkspace) {
        let g = w.events[gone]
        w.events[keep].aliases.formUnion(g.aliases)
        w.events[keep].aliases.insert(g.name)
        if g.modality == .planned, w.events[keep].modality == .happened { w.events[keep].modality = .planned }
        if w.events[keep].location == nil { w.events[keep].location = g.location }
        for (id, m) in g.organisers { w.events[keep].organisers[id] = m; w.events[keep].participants[id] = nil }
        for (id, m) in g.participants { w.events[keep].addParticipant(m, id: id) }
        w.events[keep].countries.formUnion(g.countries)
        w.events[keep].agreements.formUnion(g.agreements)
        w.events[keep].evidence += g.evidence
    }

    /// Removes the drafts and renumbers the references: those to a merged draft point to the
    /// one it went into, those to a dropped track go.
    private func remove(_ drop: Set<Int>, _ mergedInto: [Int: Int], _ w: inout EventWorkspace) {
        var newIndex = [Int](repeating: -1, count: w.events.count)
        var kept: [EventDraft] = []
        for e in w.events.indices where !drop.contains(e) {
            newIndex[e] = kept.count
            kept.append(w.events[e])
        }
        for e in w.events.indices where drop.contains(e) {
            var target = e
            while let next = mergedInto[target] { target = next }
            if target != e { newIndex[e] = newIndex[target] }
        }
        w.events = kept
        w.references = w.references.compactMap { r in newIndex[r.event] >= 0 ? (r.sentence, newIndex[r.event]) : nil }
    }
}
