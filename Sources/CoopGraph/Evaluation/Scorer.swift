/// Compares the graph extracted from one release with its gold answer.
///
/// A faithful port of `score()` in `../shared/tools/score_graphml.py`, applied to the graph as
/// ``GraphMLExporter`` would write it: nodes in ID order, a node's names are its name and its
/// aliases (split at `|`), `title` and `date` are node properties, and any edge links its two
/// ends in both directions. Entities match by any normalized name (``NormalizedName``) and
/// kind family (ministry, institute and organization are one); events by exact `date` string,
/// or by name when the gold date is null; agreements by name, alias, or containment of a name
/// of at least four code points. First match wins, in node order, exactly as in Python.
public struct Scorer: Sendable {
    public init() {}

    static let bodyKinds: Set<String> = ["ministry", "institute", "organization"]

    public func score(_ gold: GoldAnswer, graph: Graph, name: String? = nil) -> DocumentScore {
        let view = GraphView(graph)
        var result = DocumentScore(name: name ?? Self.stem(gold.doc), document: gold.doc)

        // Entities.
        let entities = view.ids.filter { view.kind[$0] != "event" && view.kind[$0] != "agreement" }
        let events = view.ids.filter { view.kind[$0] == "event" }
        let agreements = view.ids.filter { view.kind[$0] == "agreement" }
        var byName: [NormalizedName: String] = [:]
        var matched: Set<String> = []
        var need = 0
        for g in gold.entities {
            let names = NormalizedName.set(g.name, g.aliases)
            let n = view.find(names, in: entities, kind: g.kind, contain: false)
            if let n {
                matched.insert(n)
                for x in names { byName[x] = n }
            }
            if g.isOptional { continue }
            need += 1
            if n == nil { result.missedEntities.append(g.name) }
        }
        // A gold entity of any kind makes an output node not a false positive.
        let goldNames = gold.entities.map { NormalizedName.set($0.name, $0.aliases) }
        for n in entities where !matched.contains(n) {
            if goldNames.contains(where: { !$0.isDisjoint(with: view.names[n] ?? []) }) { matched.insert(n) }
        }
        result.entityGold = need
        result.entityOutput = entities.count
        result.extraEntities = entities.filter { !matched.contains($0) }.map { view.name[$0] ?? "" }

        // Persons: titles and affiliations.
        for g in gold.entities where g.kind == "person" && !g.isOptional {
            let n = byName[NormalizedName(g.name)]
            if let title = g.title, !title.isEmpty {
                result.titles.all += 1
                if let n, NormalizedName(view.title[n] ?? "").contains(NormalizedName(title)) { result.titles.hit += 1 }
            }
            if let affiliation = g.affiliation, !affiliation.isEmpty {
                result.affiliations.all += 1
                if let n, let org = byName[NormalizedName(affiliation)], view.linked(n, org) { result.affiliations.hit += 1 }
            }
        }

        // Events.
        var used: Set<String> = []
        for g in gold.events {
            var candidates = events.filter { !used.contains($0) }
            if let date = g.date, !date.isEmpty {
                candidates = candidates.filter { (view.date[$0] ?? "") == date }
            } else {
                let names = NormalizedName.set(g.name, g.aliases)
                candidates = candidates.filter { view.find(names, in: [$0], kind: nil, contain: true) != nil }
            }
            let parts: [String?] = g.participants.map { byName[NormalizedName($0)] }
            var best: String?
            var bestLinks = -1
            for e in candidates {
                let links = parts.reduce(0) { $0 + (($1.map { view.linked(e, $0) } ?? false) ? 1 : 0) }
                if links > bestLinks { best = e; bestLinks = links }
            }
            if let best { used.insert(best) }
            if g.isOptional { continue }
            result.eventGold += 1
            result.participants.all += parts.count
            for i in parts.indices {
                for j in parts.indices where j > i {
                    result.metPairs.all += 1
                    if let a = parts[i], let b = parts[j],
                       view.linked(a, b) || events.contains(where: { view.linked($0, a) && view.linked($0, b) }) {
                        result.metPairs.hit += 1
                    }
                }
            }
            guard let best else {
                result.missedEvents.append(g.name)
                continue
            }
            let outDate = view.date[best].flatMap { $0.isEmpty ? nil : $0 }
            if outDate == g.date { result.eventDatesRight += 1 }
            result.participants.hit += parts.filter { $0.map { view.linked(best, $0) } ?? false }.count
        }
        result.eventOutput = events.count
        result.eventsMatched = used.count

        // Agreements.
        for g in gold.agreements {
            let n = view.find(NormalizedName.set(g.name, g.aliases), in: agreements, kind: nil, contain: true)
            if g.isOptional { continue }
            result.agreementGold += 1
            let parties: [String?] = g.parties.map { byName[NormalizedName($0)] }
            result.parties.all += parties.count
            guard let n else {
                result.missedAgreements.append(g.name)
                continue
            }
            result.parties.hit += parties.filter { $0.map { view.linked(n, $0) } ?? false }.count
        }
        return result
    }

    /// The file name without its last extension (Python's `Path.stem`).
    static func stem(_ file: String) -> String {
        let base = file.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? file
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }
}
