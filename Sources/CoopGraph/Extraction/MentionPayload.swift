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

    init(canonical: String, surface: String, aliases: Set<String>, properties: [String: String], rule: String) {
        self.canonical = canonical
        self.surface = surface
        self.aliases = aliases
        self.properties = properties
        self.rule = rule
    }

}
