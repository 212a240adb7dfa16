import Foundation

/// The lookup form of a name or alias: NFC, lower-case, without white space or `·・-_` marks.
///
/// `한-일`, `한·일` and `한 일` all become `한일`; `MSP` and `msp` match. Used for the
/// `normalized` columns of the store and for every name a user types.
public enum NameKey {
    public static func make(_ s: String) -> String {
        asciiOrHangulKey(s) ?? unicodeKey(s)
    }

    /// The key by the general route: NFC, full lower-casing, then the marks dropped scalar by scalar.
    static func unicodeKey(_ s: String) -> String {
        let nfc = s.precomposedStringWithCanonicalMapping.lowercased()
        var out = String.UnicodeScalarView()
        for u in nfc.unicodeScalars {
            if u.properties.isWhitespace { continue }
            switch u.value {
            // - _ · ・ ‧ ‐ ‑ ‒ – — ･ and the middle dots used in Korean compounds
            case 0x2D, 0x5F, 0xB7, 0x30FB, 0x2027, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0xFF65, 0x318D, 0x119E, 0x2219, 0x22C5:
                continue
            default:
                out.append(u)
            }
        }
        return String(out)
    }

    /// The same key, on bytes, for a name made only of ASCII and precomposed Hangul syllables
    /// (U+AC00–U+D7A3), as nearly all are; nil for anything else.
    ///
    /// An ingest keys every new name and alias, and NFC plus Unicode lower-casing cost
    /// microseconds each. Such a string is already NFC (a syllable composes only with a
    /// following conjoining jamo, and there is none), syllables have no case, and of ASCII
    /// only A–Z change case; the ASCII white space (U+0009–U+000D, U+0020), `-` and `_` go.
    static func asciiOrHangulKey(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    switch b {
                    case 0x09...0x0D, 0x20, 0x2D, 0x5F: break
                    case 0x41...0x5A: out.append(b | 0x20)
                    default: out.append(b)
                    }
                    i += 1
                    continue
                }
                // A three-byte sequence (lead 1110xxxx) decoding to a syllable; the String is valid UTF-8.
                guard b & 0xF0 == 0xE0, i + 2 < bytes.count else { return nil }
                let scalar = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                guard scalar >= 0xAC00 && scalar <= 0xD7A3 else { return nil }
                out.append(b)
                out.append(bytes[i + 1])
                out.append(bytes[i + 2])
                i += 3
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
