/// Decodes HTML character references: the common named ones and numeric `&#…;` / `&#x…;`.
///
/// Press releases copied from web pages carry `&nbsp;`, `&middot;`, `&ldquo;` and numeric
/// references for Hanja and symbols; anything unknown is left as written.
public enum HTMLEntity {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "middot": "·", "bull": "•", "hellip": "…", "lsquo": "‘", "rsquo": "’", "sbquo": "‚",
        "ldquo": "“", "rdquo": "”", "bdquo": "„", "ndash": "–", "mdash": "—", "minus": "−",
        "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "prime": "′", "Prime": "″",
        "copy": "©", "reg": "®", "trade": "™", "times": "×", "divide": "÷", "deg": "°",
        "plusmn": "±", "para": "¶", "sect": "§", "dagger": "†", "Dagger": "‡", "permil": "‰",
        "ensp": " ", "emsp": " ", "thinsp": " ", "zwj": "\u{200D}", "zwnj": "\u{200C}",
        "lrm": "\u{200E}", "rlm": "\u{200F}", "shy": "\u{00AD}",
        "euro": "€", "yen": "¥", "pound": "£", "cent": "¢", "curren": "¤", "won": "₩",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "lArr": "⇐", "rArr": "⇒",
        "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "infin": "∞", "micro": "µ",
        "sup1": "¹", "sup2": "²", "sup3": "³", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º", "not": "¬", "macr": "¯",
        "acute": "´", "cedil": "¸", "uml": "¨", "brvbar": "¦", "loz": "◊", "spades": "♠",
        "clubs": "♣", "hearts": "♥", "diams": "♦", "star": "☆", "check": "✓",
    ]

    /// Decodes the reference starting at `start` (which holds `&`) in `bytes`.
    ///
    /// Returns the replacement text and the offset just past the `;`, or nil when the
    /// bytes there are not a reference this decoder knows (they then stay as written).
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int? = nil) -> (text: String, end: Int)? {
        let end = limit ?? bytes.count
        var i = start + 1
        guard i < end else { return nil }
        if bytes[i] == UInt8(ascii: "#") {
            i += 1
            var hex = false
            if i < end, bytes[i] == UInt8(ascii: "x") || bytes[i] == UInt8(ascii: "X") { hex = true; i += 1 }
            var value: UInt32 = 0
            var digits = 0
            while i < end, digits <= 8 {
                let b = bytes[i]
                let d: UInt32
                switch b {
                case 0x30...0x39: d = UInt32(b - 0x30)
                case 0x61...0x66 where hex: d = UInt32(b - 0x61 + 10)
                case 0x41...0x46 where hex: d = UInt32(b - 0x41 + 10)
                default: d = 99
                }
                if d == 99 { break }
                value = value * (hex ? 16 : 10) + d
                digits += 1
                i += 1
            }
            guard digits > 0, digits <= 8, i < end, bytes[i] == UInt8(ascii: ";") else { return nil }
            // NUL and surrogates are not characters: leave the reference as written.
            guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), i + 1)
        }
        let nameStart = i
        while i < end, i - nameStart <= 8 {
            let b = bytes[i]
            let isAlnum = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
            if !isAlnum { break }
            i += 1
        }
        guard i > nameStart, i < end, bytes[i] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<i]), as: UTF8.self)
        guard let text = named[name] else { return nil }
        return (text, i + 1)
    }

    /// Decodes every reference in a string (for short strings such as titles).
    public static func decodeAll(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "&")) else { return s }
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { buf in
            var out: [UInt8] = []
            out.reserveCapacity(buf.count)
            var i = 0
            while i < buf.count {
                if buf[i] == UInt8(ascii: "&"), let (text, end) = decode(buf, at: i) {
                    out.append(contentsOf: text.utf8)
                    i = end
                } else {
                    out.append(buf[i])
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
