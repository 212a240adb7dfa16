import Testing
@testable import CoopGraph

@Suite("SHA256")
struct SHA256Tests {
    @Test("FIPS 180-4 test vectors", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func vectors(input: String, expected: String) {
        #expect(SHA256.hexDigest(Array(input.utf8)) == expected)
    }

    @Test("one million 'a' fed in uneven pieces")
    func millionA() {
        var h = SHA256()
        var left = 1_000_000
        var step = 1
        while left > 0 {
            let n = min(step, left)
            h.update([UInt8](repeating: UInt8(ascii: "a"), count: n))
            left -= n
            step = step * 3 % 1000 + 1
        }
        let hex = h.finalize().map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        #expect(hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("lengths around the 55/56/64-byte padding boundaries match a one-shot digest")
    func paddingBoundaries() {
        // Known digest of 64 'a's, and self-consistency of streamed vs one-shot around boundaries.
        #expect(SHA256.hexDigest([UInt8](repeating: 0x61, count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
        for n in [55, 56, 57, 63, 64, 65, 119, 120] {
            let bytes = (0..<n).map { UInt8($0 & 0xff) }
            var h = SHA256()
            h.update(bytes.prefix(n / 2))
            h.update(bytes.dropFirst(n / 2))
            let streamed = h.finalize().map { String(format2: $0) }.joined()
            #expect(streamed == SHA256.hexDigest(bytes), "length \(n)")
        }
    }
}

private extension String {
    init(format2 byte: UInt8) {
        let s = String(byte, radix: 16)
        self = s.count == 1 ? "0" + s : s
    }
}
