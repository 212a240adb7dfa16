/// One named entity of a gazetteer: kind, canonical name, aliases and properties.
public struct GazetteerEntry: Sendable, Hashable {
    public var kind: NodeKind
    public var canonical: String
    public var aliases: [String]
    /// `country=`, `former=`, `en=`, `compound=` … as written in the file.
    public var properties: [String: String]

    public init(kind: NodeKind, canonical: String, aliases: [String] = [], properties: [String: String] = [:]) {
        self.kind = kind
        self.canonical = canonical
        self.aliases = aliases
        self.properties = properties
    }

    /// Forms that count only inside country compounds (`한·일`, `韓美`), never standalone.
    ///
    /// Listed in `compound=` (or a `compound_only=` value other than `1`), separated by `,`
    /// (the bundled files) or `|`;
    /// a line with `compound_only=1` makes all its names compound-only. A one-syllable
    /// Hangul alias of a country is always compound-only: standalone it is an ordinary word.
    public var compoundOnlyForms: Set<String> {
        var forms = Set<String>()
        for key in ["compound", "compound_only"] {
            guard let v = properties[key], !v.isEmpty else { continue }
            if v == "1" || v == "true" {
                forms.insert(canonical)
                forms.formUnion(aliases)
            } else {
                forms.formUnion(v.split(whereSeparator: { $0 == "|" || $0 == "," }).map { String($0) })
            }
        }
        if kind == .country {
            for a in aliases + [canonical] where a.unicodeScalars.count == 1 { forms.insert(a) }
        }
        return forms
    }

    /// Bare forms shared with other bodies (`short=외교부,상무부`): valid only after the full
    /// name appeared in the same document.
    public var shortForms: [String] {
        guard let v = properties["short"], !v.isEmpty else { return [] }
        return v.split(whereSeparator: { $0 == "|" || $0 == "," }).map { String($0) }.filter { !$0.isEmpty }
    }

    /// True for a country whose Korean name is also an ordinary word (`ambiguous=1`: 수단, 인도).
    public var isAmbiguous: Bool { properties["ambiguous"] == "1" }

    /// The canonical name the compound-only line stands for (`country=` when it names one).
    public var compoundTarget: String {
        if properties["compound_only"] == "1", let c = properties["country"], !c.isEmpty { return c }
        return canonical
    }
}
