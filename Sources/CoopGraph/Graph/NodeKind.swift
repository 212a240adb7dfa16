/// The seven kinds of node in the graph, as named by the GraphML contract.
public enum NodeKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case country, ministry, institute, organization, person, agreement, event

    /// Ministries, institutes and organisations form one family of bodies.
    public var isBody: Bool { self == .ministry || self == .institute || self == .organization }

    public static func < (a: NodeKind, b: NodeKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
