/// What extraction knows about a document so far: its mentions and the short names it defined.
public struct DocumentExtractionState: Sendable {
    /// A short name defined in the text (`(이하 생기원)`, `(KRICT)`) and the entity it stands for.
    public struct LocalAlias: Sendable, Hashable {
        public var kind: NodeKind
        public var canonical: String
        public var properties: [String: String]
    }

    /// Accepted mentions of all sentences so far, in text order.
    public var mentions: [Mention] = []
    /// Canonical names of those mentions, for "has the document named X yet" tests without a
    /// scan. Kept up to date lazily: call ``syncSeenCanonicals()`` before reading it (hashing
    /// every mention's name showed in profiles, and few sentences ask).
    public var seenCanonicals: Set<String> = []
    /// How many of `mentions` are in `seenCanonicals`.
    public private(set) var seenCount = 0
    public var localAliases: [String: LocalAlias] = [:]
    /// Local alias names in definition order, for deterministic scanning.
    public var localAliasOrder: [String] = []
    /// The same, with UTF-8 bytes, so that scanning needs no string hashing.
    public var localAliasList: [(name: String, bytes: [UInt8], target: LocalAlias)] = []

    /// Country canonical names of each country compound seen (`한-일` → [한국, 일본]).
    public var compounds: [[String]] = []

    /// Spans of `양국` (both countries) waiting for the document's bilateral pair.
    public var bothCountriesSpans: [SourceRange] = []

    /// ``GazetteerRule``'s match buffer, kept from sentence to sentence (empty between them)
    /// so that its capacity is allocated once per document.
    var matchScratch: [ByteAutomaton.Match] = []

    public init() {}

    /// Brings ``seenCanonicals`` up to date with ``mentions``.
    public mutating func syncSeenCanonicals() {
        guard seenCount < mentions.count else { return }
        for m in mentions[seenCount...] { seenCanonicals.insert(m.canonical) }
        seenCount = mentions.count
    }

    /// Whether a mention of the document so far has the canonical name `name`: what
    /// ``seenCanonicals`` answers once synced, found by a scan instead. The few rules that ask
    /// do so a handful of times per document, while syncing hashed every mention's name (a
    /// normalising `String` hash). Names are compared on bytes where that is canonical
    /// equivalence (both plain, see ``CanonicalBytes``), as `String`s otherwise.
    public func hasSeen(canonical name: String) -> Bool {
        guard CanonicalBytes.isPlain(name) else { return mentions.contains { $0.canonical == name } }
        let target = name.utf8
        for i in mentions.indices {
            let c = mentions[i].canonical.utf8
            if c.count == target.count, c.elementsEqual(target) { return true }
            let other = mentions[i].canonical
            if !CanonicalBytes.isPlain(other), other == name { return true }
        }
        return false
    }

    /// Remembers a name found only once in a marked form (`「글로벌 기술협력 협의체」`) so that
    /// later plain mentions of it are found.
    public mutating func defineName(_ name: String, for mention: Mention) {
        guard !name.isEmpty, localAliases[name] == nil else { return }
        let target = LocalAlias(kind: mention.kind, canonical: mention.canonical, properties: mention.properties)
        localAliases[name] = target
        localAliasOrder.append(name)
        localAliasList.append((name, Array(name.utf8), target))
    }

    public mutating func define(alias: String, for mention: Mention) {
        guard !alias.isEmpty, alias != mention.canonical, localAliases[alias] == nil else { return }
        let target = LocalAlias(kind: mention.kind, canonical: mention.canonical, properties: mention.properties)
        localAliases[alias] = target
        localAliasOrder.append(alias)
        localAliasList.append((alias, Array(alias.utf8), target))
    }
}
