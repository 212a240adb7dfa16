/// Builds stable node identifiers from kind and canonical name.
///
/// The form is `kind:name` with white space folded to `_` (`ministry:일본_경제산업성`); two
/// mentions with the same kind and canonical name are the same node in every document.
public enum NodeID {
    public static func make(kind: NodeKind, name: String, qualifier: String? = nil) -> String {
        var s = kind.rawValue + ":" + fold(name)
        if let qualifier, !qualifier.isEmpty { s += "@" + fold(qualifier) }
        return s
    }

    static func fold(_ s: String) -> String {
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
}
