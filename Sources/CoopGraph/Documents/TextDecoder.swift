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
        if let format = BinarySniffer.format(of: bytes) {
            throw CoopGraphError.binary(path: path, format: format)
        }
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

    private func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool, path: String) throws -> String {
        let name = bigEndian ? "UTF-16BE" : "UTF-16LE"
        let n = bytes.count
        if (n - 2) % 2 != 0 {
            throw CoopGraphError.undecodable(path: path, byteOffset: n - 1, reason: "\(name) text with an odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity((n - 2) / 2)
        var i = 2
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
