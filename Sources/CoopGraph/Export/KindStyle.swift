/// How each node kind looks in drawn exports (DOT, yEd): shape and fill colour.
///
/// Events and agreements get shapes of their own so a reader tells facts from actors at a
/// glance; colours are a colour-blind-safe palette (Okabe–Ito, lightened).
public struct KindStyle: Sendable, Hashable {
    /// Graphviz shape name.
    public var dotShape: String
    /// yEd `y:Shape` type.
    public var yedShape: String
    /// Fill colour, `#RRGGBB`.
    public var fill: String

    /// The style of nodes of `kind`.
    public static func of(_ kind: NodeKind) -> KindStyle {
        switch kind {
        case .country: return KindStyle(dotShape: "ellipse", yedShape: "ellipse", fill: "#9FD4F5")
        case .ministry: return KindStyle(dotShape: "box", yedShape: "rectangle", fill: "#F5D38A")
        case .institute: return KindStyle(dotShape: "box", yedShape: "rectangle", fill: "#A8E0CF")
        case .organization: return KindStyle(dotShape: "box", yedShape: "roundrectangle", fill: "#F3E79B")
        case .person: return KindStyle(dotShape: "oval", yedShape: "ellipse", fill: "#F2B8D6")
        case .agreement: return KindStyle(dotShape: "note", yedShape: "parallelogram", fill: "#E8C2A8")
        case .event: return KindStyle(dotShape: "octagon", yedShape: "octagon", fill: "#C9C9F0")
        }
    }
}
