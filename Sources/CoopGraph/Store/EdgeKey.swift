/// An edge as the store keys it: the row numbers of its two ends and its relation.
///
/// The key of the writer's memo of `edges` row numbers: hashing three small values costs far
/// less than hashing the `source|relation|target` text of ``Edge/id``, which the writer used to
/// build and hash per edge of every document.
struct EdgeKey: Hashable {
    let source: Int64
    let relation: Relation
    let target: Int64
}
