/// Builds stable node identifiers from kind and canonical name.
///
/// The form is `kind:name` with white space folded to `_` (`ministry:일본_경제산업성`); two
/// mentions with the same kind and canonical name are the same node in every document.
public enum NodeID {
    public static func make(kind: NodeKind, name: String, qualifier: String? = nil) -> String {
        // One buffer of the final size: `+` made and grew a string per step (an ID is made per
        // mention that is a new node, per event draft and per agreement).
        let id = String.joining(kind.rawValue, 0x3A, fold(name))
        guard let qualifier, !qualifier.isEmpty else { return id }
        return String.joining(id, 0x40, fold(qualifier))
    }

    /// White space folded to one `_` (none at the start or the end).
    ///
    /// Built per mention and per event draft, so a name of ASCII and precomposed Hangul only
    /// (``WordSet/isSimple(_:)``) is folded on its bytes: there an ASCII byte up to 0x20 is
    /// exactly a white space or control scalar, and a trailing `_` byte is a trailing `_`
    /// character (it never joins a syllable). Other names take ``foldScalars(_:)``.
    static func fold(_ s: String) -> String {
        if isFolded(s) { return s }
        var s = s
        let fast: String? = s.withUTF8 { b in
            guard WordSet.isSimple(b) else { return nil }
            // Written straight into the string's buffer (never longer than the name): an
            // array of bytes decoded afterwards cost one more allocation and copy per name.
            return String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0
                var lastWasSpace = false
                for c in b {
                    if c <= 0x20 {
                        if !lastWasSpace && n > 0 { out[n] = 0x5F; n += 1 }
                        lastWasSpace = true
                    } else {
                        out[n] = c
                        n += 1
                        lastWasSpace = false
                    }
                }
                while n > 0, out[n - 1] == 0x5F { n -= 1 }
                return n
            }
        }
        return fast ?? foldScalars(s)
    }

    /// ``fold(_:)`` scalar by scalar, asking Unicode properties: the general path.
    static func foldScalars(_ s: String) -> String {
        var out = ""
        var lastWasSpace = false
        for scalar in s.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value < 0x20 {
                if !lastWasSpace && !out.isEmpty { out.append("_") }
                lastWasSpace = true
            } else {
                out.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        while out.hasSuffix("_") { out.removeLast() }
        return out
    }

    /// True when `fold` would return `s` unchanged, decided on bytes: no ASCII blank or
    /// control, none of the lead bytes of non-ASCII white space (U+0085, U+00A0 start with
    /// C2; U+1680 with E1; U+2000–U+205F with E2; U+3000 with E3), and no `_` to trim at
    /// the end. Names are built per mention, and the scalar property lookups are slow.
    static func isFolded(_ s: String) -> Bool {
        var last: UInt8 = 0
        for byte in s.utf8 {
            if byte <= 0x20 || byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 { return false }
            last = byte
        }
        return last != 0x5F
    }
}
