import Foundation

/// Turns a file's bytes into UTF-8 text: BOM-aware UTF-8 and UTF-16, CP949 as a fallback.
///
/// Order of decisions: a byte-order mark wins; then binary formats are refused
/// (``CoopGraphError/binary(path:format:)``); then well-formed UTF-8 is taken as is; then
/// CP949 (a superset of EUC-KR, the encoding of older Korean government files). When
/// nothing fits, ``CoopGraphError/undecodable(path:byteOffset:reason:)`` names the first
/// bad byte. Text is never silently dropped or replaced.
public struct TextDecoder: Sendable {
    /// The decoded text and what it was decoded from.
    public struct Result: Sendable, Hashable {
        public var text: String
        public var encoding: TextEncoding
    }

    public init() {}

    public func decode(_ data: Data, path: String) throws -> Result {
        try data.withUnsafeBytes { raw in
            try decode(raw.bindMemory(to: UInt8.self), path: path)
        }
    }

    public func decode(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws -> Result {
        let n = bytes.count
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            let rest = UnsafeBufferPointer(rebasing: bytes[3...])
            if let text = Self.validUTF8(rest) { return Result(text: text, encoding: .utf8BOM) }
            if let bad = UTF8Validator.firstInvalidOffset(rest) {
                throw CoopGraphError.undecodable(path: path, byteOffset: bad + 3, reason: "invalid UTF-8 after a UTF-8 byte-order mark")
            }
            return Result(text: String(decoding: rest, as: UTF8.self), encoding: .utf8BOM)
        }
        if n >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return Result(text: try decodeUTF16(bytes, bigEndian: false, path: path), encoding: .utf16LE)
        }
        if n >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return Result(text: try decodeUTF16(bytes, bigEndian: true, path: path), encoding: .utf16BE)
        }
        if let bigEndian = Self.bomlessUTF16(bytes) {
            return Result(text: try decodeUTF16(bytes, bigEndian: bigEndian, path: path, start: 0), encoding: bigEndian ? .utf16BE : .utf16LE)
        }
        if let format = BinarySniffer.format(of: bytes) {
            throw CoopGraphError.binary(path: path, format: format)
        }
        if let text = Self.validUTF8(bytes) { return Result(text: text, encoding: .utf8) }
        guard let utf8Bad = UTF8Validator.firstInvalidOffset(bytes) else {
            return Result(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8)
        }
        switch decodeCP949(bytes) {
        case .success(let text):
            return Result(text: text, encoding: .cp949)
        case .failure(let cpBad):
            // Report the encoding that got further: it is the likelier intended one.
            if cpBad.offset > utf8Bad {
                throw CoopGraphError.undecodable(path: path, byteOffset: cpBad.offset,
                                                 reason: "not UTF-8 (bad byte at \(utf8Bad)) and not CP949/EUC-KR: \(cpBad.reason)")
            }
            throw CoopGraphError.undecodable(path: path, byteOffset: utf8Bad,
                                             reason: String(format: "invalid UTF-8 byte 0x%02X, and not CP949/EUC-KR either (bad byte at %d)", bytes[utf8Bad], cpBad.offset))
        }
    }

    /// The text when `bytes` are well-formed UTF-8, validated and copied in one pass.
    ///
    /// The standard library's validation follows the same Unicode table as
    /// ``UTF8Validator``; that one runs only when this fails, to name the bad byte.
    static func validUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    /// UTF-16 saved without a byte-order mark: nil, or whether it is big-endian.
    ///
    /// Only tried when the first 4 KiB hold NUL bytes (UTF-8 text never does, so nothing that
    /// decodes as UTF-8 is taken for UTF-16), all of them on one side of the code units, and
    /// nearly every unit is a character a press release uses: ASCII text, Hangul, CJK, punctuation.
    static func bomlessUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let n = min(bytes.count, 4096) & ~1
        guard n >= 4 else { return nil }
        // Text files hold no NUL byte at all: one vector scan settles them.
        guard ByteSearch.firstIndex(ofAny: 0, 0, 0, 0, in: bytes, from: 0, to: n) < n else { return nil }
        var nulEven = 0
        var nulOdd = 0
        for i in 0..<n where bytes[i] == 0 {
            if i & 1 == 0 { nulEven += 1 } else { nulOdd += 1 }
        }
        guard nulEven + nulOdd > 0, nulEven == 0 || nulOdd == 0 else { return nil }
        let bigEndian = nulEven > 0
        var texty = 0
        var i = 0
        while i < n {
            let unit = bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i])
            switch unit {
            case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0xA0...0x24F, 0x2000...0x206F, 0x2190...0x27BF, 0x3000...0x318F,
                 0x3200...0x33FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xD800...0xDFFF, 0xFF00...0xFFEF:
                texty += 1
            default:
                break
            }
            i += 2
        }
        return texty * 100 >= (n / 2) * 95 ? bigEndian : nil
    }

    private func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool, path: String, start: Int = 2) throws -> String {
        let name = bigEndian ? "UTF-16BE" : "UTF-16LE"
        let n = bytes.count
        if (n - start) % 2 != 0 {
            throw CoopGraphError.undecodable(path: path, byteOffset: n - 1, reason: "\(name) text with an odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity((n - start) / 2)
        var i = start
        while i + 1 < n {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        // Check surrogate pairing so that nothing is replaced by U+FFFD.
        var k = 0
        while k < units.count {
            let u = units[k]
            if u >= 0xD800 && u <= 0xDBFF {
                guard k + 1 < units.count, units[k + 1] >= 0xDC00, units[k + 1] <= 0xDFFF else {
                    throw CoopGraphError.undecodable(path: path, byteOffset: 2 + 2 * k, reason: "\(name): unpaired high surrogate")
                }
                k += 2
                continue
            }
            if u >= 0xDC00 && u <= 0xDFFF {
                throw CoopGraphError.undecodable(path: path, byteOffset: 2 + 2 * k, reason: "\(name): unpaired low surrogate")
            }
            k += 1
        }
        return String(decoding: units, as: UTF16.self)
    }

    private struct CP949Failure: Error {
        var offset: Int
        var reason: String
    }

    /// Checks the CP949 byte structure, then lets Foundation map it.
    ///
    /// Foundation silently skips byte pairs it cannot map, so the decoded length is
    /// compared with the number of characters the structure promised.
    private func decodeCP949(_ bytes: UnsafeBufferPointer<UInt8>) -> Swift.Result<String, CP949Failure> {
        let n = bytes.count
        var i = 0
        var characters = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; characters += 1; continue }
            guard b >= 0x81, b <= 0xFE else {
                return .failure(CP949Failure(offset: i, reason: String(format: "byte 0x%02X cannot start a CP949 character", b)))
            }
            guard i + 1 < n else { return .failure(CP949Failure(offset: i, reason: "truncated two-byte character at end of file")) }
            let t = bytes[i + 1]
            guard (0x41...0x5A).contains(t) || (0x61...0x7A).contains(t) || (0x81...0xFE).contains(t) else {
                return .failure(CP949Failure(offset: i, reason: String(format: "byte pair 0x%02X 0x%02X is not a CP949 character", b, t)))
            }
            i += 2
            characters += 1
        }
        let encoding = String.Encoding(rawValue: 0x8000_0422)
        let data = Data(buffer: bytes)
        guard let text = String(data: data, encoding: encoding) else {
            return .failure(CP949Failure(offset: 0, reason: "the system cannot decode CP949"))
        }
        if text.utf16.count != characters {
            return .failure(firstUnmappedPair(bytes, encoding: encoding))
        }
        return .success(text)
    }

    /// Slow path, only on failure: decode pair by pair to name the first unmapped one.
    private func firstUnmappedPair(_ bytes: UnsafeBufferPointer<UInt8>, encoding: String.Encoding) -> CP949Failure {
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 { i += 1; continue }
            let pair = Data([bytes[i], bytes[min(i + 1, bytes.count - 1)]])
            if (String(data: pair, encoding: encoding)?.utf16.count ?? 0) != 1 {
                return CP949Failure(offset: i, reason: String(format: "byte pair 0x%02X 0x%02X is not a CP949 character", bytes[i], pair[1]))
            }
            i += 2
        }
        return CP949Failure(offset: 0, reason: "CP949 decoding lost characters")
    }
}
