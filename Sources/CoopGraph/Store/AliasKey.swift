/// A (node ID, alias) pair, compared and hashed by bytes: the key of the writer's memo of
/// `aliases` row IDs.
///
/// Every document gives the same aliases of the same nodes again (417 thousand pairs over the
/// corpus, 21 thousand distinct), so the writer finds the row of nearly every pair in memory
/// and writes only its integer for the document.
struct AliasKey: Hashable {
    let node: UTF8Key
    let alias: UTF8Key

    init(node: String, alias: String) {
        self.node = UTF8Key(node)
        self.alias = UTF8Key(alias)
    }
}
