/// The reference-counted fields of a ``Mention``, in one object shared by its copies.
///
/// A class so that copying a mention retains one reference, not five strings and
/// collections. Immutable: a mention that changes a field gets a new payload (writes are
/// rare, a few rules adding a property), and reading a constant field needs no exclusivity
/// check, which a `var` of a class costs on every access.
final class MentionPayload: Sendable {
    let canonical: String
    let surface: String
    let aliases: Set<String>
    let properties: [String: String]
    let rule: String
    /// The node ID of `canonical` as a node of kind `nodeKind`, when made in advance (the
    /// gazetteer's payloads): ``Mention/nodeID`` then returns it instead of folding the name
    /// again for every participant and party.
    let nodeID: String?
    let nodeKind: NodeKind?

    init(canonical: String, surface: String, aliases: Set<String>, properties: [String: String], rule: String,
         nodeKind: NodeKind? = nil) {
        self.canonical = canonical
        self.surface = surface
        self.aliases = aliases
        self.properties = properties
        self.rule = rule
        self.nodeKind = nodeKind
        self.nodeID = nodeKind.map { NodeID.make(kind: $0, name: canonical) }
    }

}
