/// All loaded gazetteers merged: entities with their names in one ``ByteAutomaton``, and
/// the word lists (titles, surnames, stopwords).
///
/// Build it once (``GazetteerLoader/load(rulesDirectory:)``) and share it: it is immutable
/// and `Sendable`. When two entries share a name, the first loaded wins, so bundled files
/// come before user files and the result never depends on dictionary order. A class, so
/// that rules passing it around share one reference instead of copying its tables.
public final class Gazetteer: Sendable {
    public let entries: [GazetteerEntry]
    /// Each entry's aliases as a set, built once (mentions carry them).
    public let aliasSets: [Set<String>]
    /// One automaton over every standalone name and alias; pattern `i` is `patternEntries[i]`.
    public let automaton: ByteAutomaton
    public let patternEntries: [Int]
    public let patternSurfaces: [String]
    /// What each automaton pattern is: a name, a `short=` form, or a stopword shadow.
    public let patternRoles: [PatternRole]
    /// For a `short=` pattern, every entry sharing the form (`에너지부` → 미국 에너지부, …).
    public let shortEntries: [String: [Int]]
    /// Standalone name or alias → entry index.
    public let entryByName: [String: Int]
    /// Country (or organisation) forms allowed inside compounds (`한`, `미`, `韓`, `칠레`, `아세안`) → entry index.
    public let compoundForms: [String: Int]
    /// Byte-keyed twins of `compoundForms`, `entryByName` and `stopwords` for hot paths.
    public let compoundFormTable: ByteKeyTable
    /// The same forms as a trie (pattern `i` stands for entry `compoundFormEntries[i]`), for
    /// the longest form at a position in one walk.
    public let compoundFormTrie: ByteAutomaton
    public let compoundFormEntries: [Int]
    /// Compound forms of one scalar (`한`, `미`, `韓`): an unseparated compound is two of them.
    public let compoundSyllables: ScalarSet
    /// First scalars of all compound forms: words starting otherwise are skipped at once.
    public let compoundInitials: ScalarSet
    public let nameTable: ByteKeyTable
    public let stopwordTable: ByteKeyTable
    public let titles: Set<String>
    public let surnames: Set<String>
    public let stopwords: Set<String>
    /// `stopwords` answered on bytes: the last filter of every mention asks it.
    public let stopwordSet: PlainStringSet
    /// ``notNames`` answered on bytes, for the same filter's test of every person mention.
    public let notNameSet: PlainStringSet
    /// The names (``entryByName`` keys) of entries marked `internal=1`, answered on bytes:
    /// ``InternalUnitHeadRule`` asks about every person's affiliation, and few are such units.
    public let internalUnitNames: PlainStringSet
    /// Every word list by its `#! list=` name.
    public let wordLists: [String: Set<String>]
    /// Title and name recognition built from the word lists.
    public let personTitles: PersonTitles
    /// Canonical country name → entry index.
    public let countryByCanonical: [String: Int]
    /// Per entry, whether it is marked `ambiguous=1`, and the properties a mention of it
    /// carries (its `country`, if any): asked for every gazetteer mention, so answered once
    /// here rather than by dictionary lookups (and a fresh dictionary) per mention.
    public let entryIsAmbiguous: [Bool]
    public let entryMentionProperties: [[String: String]]
    /// Per pattern whose entry is fixed (`patternEntries[i] >= 0`), the fields of the mention
    /// ``GazetteerRule`` makes for it, built once: a match then retains one object instead of
    /// copying five strings and collections. Nil for stopword shadows.
    let patternPayloads: [MentionPayload?]

    public init(files: [GazetteerFile]) {
        var entries: [GazetteerEntry] = []
        var lists: [String: Set<String>] = [:]
        var rare: Set<String> = []
        for f in files {
            switch f.content {
            case .entities(_, let es): entries += es
            case .words(let list, let ws):
                lists[list, default: []].formUnion(ws)
                if list == "surnames" {
                    for (w, note) in f.notes where note.split(separator: " ").contains("rare") { rare.insert(w) }
                }
            }
        }
        let stopwords = lists["stopwords"] ?? lists["generic-words"] ?? []
        var byName: [String: Int] = [:]
        var compound: [String: Int] = [:]
        var countries: [String: Int] = [:]
        var surfaces: [String] = []
        var patternEntries: [Int] = []
        var roles: [PatternRole] = []
        var shortEntries: [String: [Int]] = [:]
        for (i, e) in entries.enumerated() where e.kind == .country && countries[e.canonical] == nil && e.properties["compound_only"] != "1" {
            countries[e.canonical] = i
        }
        for (i, e) in entries.enumerated() {
            let compoundOnly = e.compoundOnlyForms
            var target = i
            if e.properties["compound_only"] == "1", let t = countries[e.compoundTarget] { target = t }
            for name in [e.canonical] + e.aliases {
                if e.kind == .country || e.kind.isBody, compound[name] == nil { compound[name] = target }
                if compoundOnly.contains(name) || stopwords.contains(name) { continue }
                if byName[name] == nil {
                    byName[name] = target
                    surfaces.append(name)
                    patternEntries.append(target)
                    roles.append(.name)
                }
            }
            for form in compoundOnly where compound[form] == nil { compound[form] = target }
            for form in e.shortForms { shortEntries[form, default: []].append(i) }
        }
        // Short forms come after every full name: a form that is some body's own name (the
        // Korean 외교부) stays that body's.
        for form in shortEntries.keys.sorted() where byName[form] == nil && !stopwords.contains(form) {
            surfaces.append(form)
            patternEntries.append(shortEntries[form]?.first ?? 0)
            roles.append(.short)
        }
        // Stopwords compete in leftmost-longest matching so that a longer ordinary word
        // (인도태평양, 조지아주, 결제수단) blocks the name inside it.
        for word in stopwords.sorted() where byName[word] == nil && shortEntries[word] == nil {
            surfaces.append(word)
            patternEntries.append(-1)
            roles.append(.shadow)
        }
        self.entries = entries
        let aliasSets = entries.map { Set($0.aliases) }
        let mentionProperties = entries.map { e in e.properties["country"].map { ["country": $0] } ?? [:] }
        self.aliasSets = aliasSets
        self.entryIsAmbiguous = entries.map(\.isAmbiguous)
        self.entryMentionProperties = mentionProperties
        self.entryByName = byName
        self.compoundForms = compound
        self.patternSurfaces = surfaces
        self.patternEntries = patternEntries
        self.patternRoles = roles
        self.patternPayloads = surfaces.indices.map { p in
            let e = patternEntries[p]
            guard e >= 0, e < entries.count else { return nil }
            return MentionPayload(canonical: entries[e].canonical, surface: surfaces[p], aliases: aliasSets[e],
                                  properties: mentionProperties[e], rule: GazetteerRule.ruleName(entries[e].kind), nodeKind: entries[e].kind)
        }
        self.shortEntries = shortEntries
        self.automaton = ByteAutomaton(patterns: surfaces.map { Array($0.utf8) })
        self.titles = lists["titles"] ?? []
        self.surnames = lists["surnames"] ?? []
        self.stopwords = stopwords
        self.stopwordSet = PlainStringSet(stopwords)
        self.notNameSet = PlainStringSet(lists["not-names"] ?? [])
        self.internalUnitNames = PlainStringSet(byName.filter { entries[$0.value].properties["internal"] == "1" }.keys)
        self.wordLists = lists
        self.countryByCanonical = countries
        let sortedForms = compound.sorted { $0.key < $1.key }
        self.compoundFormTable = ByteKeyTable(sortedForms.map { (Array($0.key.utf8), $0.value) })
        self.compoundFormTrie = ByteAutomaton(patterns: sortedForms.map { Array($0.key.utf8) })
        self.compoundFormEntries = sortedForms.map(\.value)
        self.compoundSyllables = ScalarSet(compound.keys.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first?.value : nil })
        self.compoundInitials = ScalarSet(compound.keys.compactMap { $0.unicodeScalars.first?.value })
        self.nameTable = ByteKeyTable(byName.sorted { $0.key < $1.key }.map { (Array($0.key.utf8), $0.value) })
        self.stopwordTable = ByteKeyTable(strings: stopwords.sorted())
        self.personTitles = PersonTitles(titles: lists["titles"] ?? [], surnames: lists["surnames"] ?? [], stopwords: stopwords, rareSurnames: rare)
    }

    /// The role of an automaton pattern.
    public enum PatternRole: UInt8, Sendable {
        /// A standalone name or alias.
        case name
        /// A `short=` form, valid only after one of its entries' full names.
        case short
        /// A stopword: when it wins a span, nothing is found there.
        case shadow
    }

    /// The entry of an automaton pattern; nil for a stopword shadow.
    public func entryForPattern(_ pattern: Int) -> GazetteerEntry? {
        let i = patternEntries[pattern]
        return i >= 0 && i < entries.count ? entries[i] : nil
    }

    /// The entry for a standalone name, if any.
    public func entry(named name: String) -> GazetteerEntry? {
        entryByName[name].map { entries[$0] }
    }

    /// The country an entity belongs to: its `country=` property, or itself for a country.
    public func country(of entry: GazetteerEntry) -> String? {
        entry.kind == .country ? entry.canonical : entry.properties["country"]
    }
}
