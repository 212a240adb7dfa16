import Foundation

/// Values keyed by node ID in insertion order, with `String` equality (canonical equivalence)
/// as the meaning of "same key": the role tables of event and agreement drafts.
///
/// A draft has a handful of participants, organisers or parties, and a `[String: Value]`
/// hashed every Korean ID with Unicode normalisation on each insert and look-up (over a
/// thousand instructions). Here a look-up walks the few keys comparing lengths and bytes: two
/// IDs of ASCII and precomposed Hangul only (``WordSet/isSimple(_:)``, NFC by construction) are
/// equal exactly when their bytes are, so only a key that is not simple falls back to `==`.
/// Iteration order is insertion order; nothing that reads a table depends on its order.
struct NodeIDTable<Value> {
    /// One key and its value (internal only because the iterator's type names it).
    struct Entry {
        let key: String
        /// ``WordSet/isSimple(_:)`` of `key`, worked out once.
        let isSimple: Bool
        var value: Value
    }

    private var entries: [Entry] = []

    init() {}

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }

    /// The keys in insertion order.
    var keys: [String] { entries.map(\.key) }

    /// The values in insertion order.
    var values: [Value] { entries.map(\.value) }

    mutating func reserveCapacity(_ n: Int) { entries.reserveCapacity(n) }

    subscript(key: String) -> Value? {
        get { index(of: key).map { entries[$0].value } }
        set {
            if let i = index(of: key) {
                // As a dictionary does: the stored key stays, the value is replaced or removed.
                if let newValue { entries[i].value = newValue } else { entries.remove(at: i) }
            } else if let newValue {
                entries.append(Entry(key: key, isSimple: Self.isSimple(key), value: newValue))
            }
        }
    }

    /// The value for `key`, made from `defaultValue` and stored when the key is new.
    subscript(key: String, default defaultValue: @autoclosure () -> Value) -> Value {
        get { index(of: key).map { entries[$0].value } ?? defaultValue() }
        _modify {
            let i: Int
            if let found = index(of: key) {
                i = found
            } else {
                i = entries.count
                entries.append(Entry(key: key, isSimple: Self.isSimple(key), value: defaultValue()))
            }
            yield &entries[i].value
        }
    }

    @discardableResult
    mutating func removeValue(forKey key: String) -> Value? {
        guard let i = index(of: key) else { return nil }
        return entries.remove(at: i).value
    }

    /// Position of the key equal to `key` (as `String`s), if any.
    private func index(of key: String) -> Int? {
        guard !entries.isEmpty else { return nil }
        var probe = key
        return probe.withUTF8 { p -> Int? in
            let simple = WordSet.isSimple(p)
            for i in entries.indices {
                var stored = entries[i].key
                let same: Bool? = stored.withUTF8 { q in
                    if q.count == p.count {
                        guard let a = q.baseAddress, let b = p.baseAddress else { return true }
                        if memcmp(a, b, q.count) == 0 { return true }
                    }
                    return simple && entries[i].isSimple ? false : nil
                }
                if same ?? (stored == key) { return i }
            }
            return nil
        }
    }

    private static func isSimple(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { WordSet.isSimple($0) }
    }
}

extension NodeIDTable: Sequence {
    func makeIterator() -> LazyMapSequence<[Entry], (key: String, value: Value)>.Iterator {
        entries.lazy.map { (key: $0.key, value: $0.value) }.makeIterator()
    }
}

extension NodeIDTable: Sendable where Value: Sendable {}
extension NodeIDTable.Entry: Sendable where Value: Sendable {}
