/// A (node row, alias) pair, the alias compared and hashed by bytes: the key of the writer's
/// memo of `aliases` row IDs.
///
/// Every document gives the same aliases of the same nodes again (417 thousand pairs over the
/// corpus, 21 thousand distinct), so the writer finds the row of nearly every pair in memory
/// and writes only its integer for the document.
struct AliasKey: Hashable {
    let node: Int64
    let alias: UTF8Key

    init(node: Int64, alias: String) {
        self.node = node
        self.alias = UTF8Key(alias)
    }
}
