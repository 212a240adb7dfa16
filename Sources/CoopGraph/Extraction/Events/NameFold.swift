/// ``NodeID/fold(_:)`` on bytes for the names the event stage builds IDs from.
///
/// Event names hold spaces, so ``NodeID/isFolded(_:)`` turns them down and the fold walks
/// their scalars asking Unicode properties, slow for every draft. For a name of ASCII and
/// precomposed Hangul syllables only (``WordSet/isSimple(_:)``) the answer is read off the
/// bytes: an ASCII byte up to 0x20 is exactly a white space or control scalar there, runs
/// of them become one `_` (none at the start), and the trailing `_` the fold trims are
/// trailing 0x5F bytes (an `_` never joins a syllable into one character). Other names go
/// to ``NodeID/fold(_:)`` itself.
enum NameFold {
    static func fold(_ name: String) -> String {
        if NodeID.isFolded(name) { return name }
        var name = name
        let fast: String? = name.withUTF8 { b in
            guard WordSet.isSimple(b) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var lastWasSpace = false
            for c in b {
                if c <= 0x20 {
                    if !lastWasSpace && !out.isEmpty { out.append(0x5F) }
                    lastWasSpace = true
                } else {
                    out.append(c)
                    lastWasSpace = false
                }
            }
            while out.last == 0x5F { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
        return fast ?? NodeID.fold(name)
    }

    /// ``NodeID/make(kind:name:qualifier:)`` without a qualifier.
    static func make(kind: NodeKind, name: String) -> String {
        kind.rawValue + ":" + fold(name)
    }
}
