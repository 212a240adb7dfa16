import Foundation

/// The lookup form of a name or alias: NFC, lower-case, without white space or `·・-_` marks.
///
/// `한-일`, `한·일` and `한 일` all become `한일`; `MSP` and `msp` match. Used for the
/// `normalized` columns of the store and for every name a user types.
public enum NameKey {
    public static func make(_ s: String) -> String {
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
}
