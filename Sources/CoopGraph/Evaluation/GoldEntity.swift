/// A country, body or person of a gold answer, with the names it may be found under.
///
/// `kind` is a ``NodeKind`` raw value; `title` and `affiliation` (the canonical name of
/// another gold entity) are for persons. `isOptional` entities are neither required nor errors.
public struct GoldEntity: Sendable, Hashable, Codable {
    public var kind: String
    public var name: String
    public var aliases: [String]
    public var title: String?
    public var affiliation: String?
    public var isOptional: Bool

    public init(kind: String, name: String, aliases: [String] = [], title: String? = nil,
                affiliation: String? = nil, isOptional: Bool = false) {
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.title = title
        self.affiliation = affiliation
        self.isOptional = isOptional
    }

    enum CodingKeys: String, CodingKey {
        case kind, name, aliases, title, affiliation
        case isOptional = "optional"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decodeIfPresent(String.self, forKey: .kind) ?? ""
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
        aliases = try GoldAliases.decode(c, forKey: .aliases)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        affiliation = try c.decodeIfPresent(String.self, forKey: .affiliation)
        isOptional = try c.decodeIfPresent(Bool.self, forKey: .isOptional) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(name, forKey: .name)
        try c.encode(aliases, forKey: .aliases)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(affiliation, forKey: .affiliation)
        if isOptional { try c.encode(true, forKey: .isOptional) }
    }
}
