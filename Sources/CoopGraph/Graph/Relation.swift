/// The typed relations an edge can carry; `Schemas/ontology.json` lists allowed endpoints.
public enum Relation: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A person, body or country took part in an event.
    case participatedIn = "participated_in"
    /// A body organised or hosted an event.
    case organized
    /// A country or body is a party to (signed, belongs to) an agreement.
    case partyTo = "party_to"
    /// A country or body is a member of an organisation or partnership (dated record).
    case memberOf = "member_of"
    /// A person holds a position at a body (dated record, `title` property).
    case affiliatedWith = "affiliated_with"
    /// A country or body chairs an agreement or organisation for a term (`from`/`to`).
    case chairs
    /// An event is the signing (or another step) of an agreement.
    case about
    /// A body is part of a country (a foreign ministry of its state).
    case partOf = "part_of"

    public static func < (a: Relation, b: Relation) -> Bool { a.rawValue < b.rawValue }
}
