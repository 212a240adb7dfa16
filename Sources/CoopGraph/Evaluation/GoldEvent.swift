/// A dated happening of a gold answer: meeting, seminar, signing, visit, launch, announcement.
///
/// `date` is ISO 8601 at the precision the text allows, or `nil` when the text gives no way to
/// resolve it (the scorer then matches the event by name). `participants` are canonical names
/// of gold entities.
public struct GoldEvent: Sendable, Hashable, Codable {
    public var kind: String
    public var name: String
    public var aliases: [String]
    public var date: String?
    public var location: String?
    public var participants: [String]
    public var isOptional: Bool

    public init(kind: String, name: String, aliases: [String] = [], date: String? = nil, location: String? = nil,
                participants: [String] = [], isOptional: Bool = false) {
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.date = date
        self.location = location
        self.participants = participants
        self.isOptional = isOptional
    }

    enum CodingKeys: String, CodingKey {
        case kind, name, aliases, date, location, participants
        case isOptional = "optional"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decodeIfPresent(String.self, forKey: .kind) ?? ""
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
        aliases = try GoldAliases.decode(c, forKey: .aliases)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        location = try c.decodeIfPresent(String.self, forKey: .location)
        participants = try c.decodeIfPresent([String].self, forKey: .participants) ?? []
        isOptional = try c.decodeIfPresent(Bool.self, forKey: .isOptional) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(name, forKey: .name)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(date, forKey: .date)
        try c.encodeIfPresent(location, forKey: .location)
        try c.encode(participants, forKey: .participants)
        if isOptional { try c.encode(true, forKey: .isOptional) }
    }
}
