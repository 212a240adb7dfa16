/// One string compared with many (``EventWorkspace/eventIndex(named:)`` over every name and
/// alias of every draft): its bytes and whether it is simple text are read once, not per pair.
///
/// ``matches(_:)`` answers `text == other`, as ``Swift/String/isSameText(_:)`` does.
struct SameTextProbe {
    let text: String
    private let bytes: [UInt8]
    /// ASCII and precomposed Hangul only (``WordSet/isSimple(_:)``).
    private let simple: Bool

    init(_ text: String) {
        self.text = text
        let bytes = Array(text.utf8)
        self.bytes = bytes
        self.simple = bytes.withUnsafeBufferPointer { WordSet.isSimple($0) }
    }

    /// Same result as `text == other`: equal bytes are equal strings, two simple texts are equal
    /// only when their bytes are, and other pairs take `==`.
    func matches(_ other: String) -> Bool {
        var o = other
        let quick: Bool? = o.withUTF8 { y in
            bytes.withUnsafeBufferPointer { x in
                if x.count == y.count, x.elementsEqual(y) { return true }
                return simple && WordSet.isSimple(y) ? false : nil
            }
        }
        return quick ?? (text == other)
    }

    /// Same result as `set.contains(text)`.
    func isIn(_ set: Set<String>) -> Bool {
        set.contains { matches($0) }
    }
}
