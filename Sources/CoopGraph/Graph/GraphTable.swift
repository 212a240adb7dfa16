/// A graph's nodes or edges keyed by ID, in insertion order, with `String` equality (canonical
/// equivalence) as the meaning of "same key", as in a `[String: Value]`.
///
/// Read it like a dictionary (`table[id]`, `keys`, `values`, iteration over `(key, value)`
/// pairs); the order of `keys` and `values` is the order the IDs were first added, so sort
/// (``Graph/nodes``, ``Graph/edges``) where order matters. An ID is found by its UTF-8 bytes
/// (``CanonicalStringIndex``): a `[String: Value]` normalised every Korean ID it hashed, most of
/// the cost of adding an edge or a node to a document's graph.
public struct GraphTable<Value: Sendable>: Sendable, Sequence {
    /// The IDs in insertion order; `keys[i]` is the ID of `values[i]`.
    public private(set) var keys: [String] = []
    /// The values in insertion order, changed in place by ``Graph``.
    public internal(set) var values: [Value] = []
    /// Position in `keys` by ID.
    private var index: CanonicalStringIndex

    init(minimumCapacity: Int = 0) {
        index = CanonicalStringIndex(minimumCapacity: minimumCapacity)
        keys.reserveCapacity(minimumCapacity)
        values.reserveCapacity(minimumCapacity)
    }

    /// Adopts `keys` (pairwise distinct as `String`s) and their `values`, with an index that
    /// maps every key to its position (as ``EntityGraphBuilder`` keeps one): nothing is hashed again.
    init(keys: [String], values: [Value], index: CanonicalStringIndex) {
        self.keys = keys
        self.values = values
        self.index = index
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// The value stored under an ID equal to `key`, if any.
    public subscript(key: String) -> Value? {
        storedPosition(of: key).map { values[$0] }
    }

    /// The position of the ID equal to `key`, if any, without remembering the answer (see
    /// ``position(of:)``). While every stored ID is plain text, a key that is not plain can
    /// only equal one by normalisation: the IDs are then compared with `==` one by one, a
    /// rare case (a table with a key that is not plain keeps a `String` index).
    func storedPosition(of key: String) -> Int? {
        index.storedValue(for: key) { keys.firstIndex(of: key) }
    }

    /// The position of the ID equal to `key`, if any.
    mutating func position(of key: String) -> Int? {
        index.value(for: key)
    }

    /// The position of the ID equal to `key`, if any; when there is none, adds `value` under
    /// `key` (at the end) and answers nil. One look-up for a new ID, where ``position(of:)`` and
    /// then ``append(_:_:)`` hashed it twice.
    mutating func positionOrAppend(_ key: String, _ value: Value) -> Int? {
        if let i = index.valueOrInsert(keys.count, for: key) { return i }
        keys.append(key)
        values.append(value)
        return nil
    }

    /// Adds a value under `key`, which must not equal a stored ID.
    mutating func append(_ key: String, _ value: Value) {
        index.insert(key, keys.count)
        keys.append(key)
        values.append(value)
    }

    /// Removes the entries for which `shouldRemove` is true, keeping the order of the others
    /// (the index is built again: positions move).
    mutating func removeAll(where shouldRemove: (_ key: String, _ value: Value) -> Bool) {
        var kept = GraphTable(minimumCapacity: count)
        for i in keys.indices where !shouldRemove(keys[i], values[i]) { kept.append(keys[i], values[i]) }
        self = kept
    }

    /// Removes the entry at `position`, keeping the order of the others.
    mutating func remove(at position: Int) {
        var kept = GraphTable(minimumCapacity: count)
        for i in keys.indices where i != position { kept.append(keys[i], values[i]) }
        self = kept
    }

    /// The values sorted by ID (each ID compared as a `String`).
    var valuesInKeyOrder: [Value] {
        keys.indices.sorted { keys[$0] < keys[$1] }.map { values[$0] }
    }

    public struct Iterator: IteratorProtocol {
        private let table: GraphTable
        private var i = 0

        init(_ table: GraphTable) { self.table = table }

        public mutating func next() -> (key: String, value: Value)? {
            guard i < table.keys.count else { return nil }
            defer { i += 1 }
            return (table.keys[i], table.values[i])
        }
    }

    public func makeIterator() -> Iterator { Iterator(self) }

    public var underestimatedCount: Int { count }
}
