/// A named agreement, MOU, contract or partnership of a gold answer, with its parties.
///
/// `parties` and the ``GoldChair`` entries name gold entities by canonical name. The scorer
/// finds an agreement by name, any alias, or a name of at least four characters contained in
/// the other.
public struct GoldAgreement: Sendable, Hashable, Codable {
    public var name: String
    public var aliases: [String]
    public var kind: String?
    public var date: String?
    public var parties: [String]
    public var chair: [GoldChair]?
    public var isOptional: Bool

    public init(name: String, aliases: [String] = [], kind: String? = nil, date: String? = nil,
                parties: [String] = [], chair: [GoldChair]? = nil, isOptional: Bool = false) {
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.date = date
        self.parties = parties
        self.chair = chair
        self.isOptional = isOptional
    }

    enum CodingKeys: String, CodingKey {
        case name, aliases, kind, date, parties, chair
        case isOptional = "optional"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
        aliases = try GoldAliases.decode(c, forKey: .aliases)
        kind = try c.decodeIfPresent(String.self, forKey: .kind)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        parties = try c.decodeIfPresent([String].self, forKey: .parties) ?? []
        chair = try c.decodeIfPresent([GoldChair].self, forKey: .chair)
        isOptional = try c.decodeIfPresent(Bool.self, forKey: .isOptional) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(aliases, forKey: .aliases)
        try c.encodeIfPresent(kind, forKey: .kind)
        try c.encode(date, forKey: .date)
        try c.encode(parties, forKey: .parties)
        try c.encodeIfPresent(chair, forKey: .chair)
        if isOptional { try c.encode(true, forKey: .isOptional) }
    }
}
