extension BoilerplateFilter {
    /// The trimmed lines of a text, each turned into a `String` only when first asked for.
    ///
    /// The line classes are written on `String`s, but most lines never reach them (the byte
    /// gate ``BoilerplateFilter/mayBeBoilerplate(_:_:)`` clears them): making a `String` per
    /// line was most of the filter's cost.
    struct LineTexts {
        let bytes: UnsafeBufferPointer<UInt8>
        /// Each line's content with blanks trimmed at both ends.
        let ranges: [Range<Int>]
        private var cache: [String?]

        init(bytes: UnsafeBufferPointer<UInt8>, lines: [TextLine]) {
            self.bytes = bytes
            self.ranges = lines.map { $0.trimmedRange(bytes) }
            self.cache = [String?](repeating: nil, count: lines.count)
        }

        /// Line `i` trimmed, or "" when it is longer than 300 bytes (body text, never chrome).
        mutating func text(_ i: Int) -> String {
            if let t = cache[i] { return t }
            let r = ranges[i]
            let t = r.count > 300 ? "" : String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
            cache[i] = t
            return t
        }

        /// The first line from `start` whose trimmed bytes are one of `candidates`.
        func firstLine(equalTo candidates: [[UInt8]], from start: Int) -> Int? {
            var i = start
            while i < ranges.count {
                let r = ranges[i]
                for c in candidates where c.count == r.count && c.elementsEqual(bytes[r]) { return i }
                i += 1
            }
            return nil
        }
    }
}
