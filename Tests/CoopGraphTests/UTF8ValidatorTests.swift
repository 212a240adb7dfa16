import Testing
@testable import CoopGraph

@Suite("UTF8Validator")
struct UTF8ValidatorTests {
    @Test("well-formed text, ASCII runs longer than eight bytes and four-byte characters pass")
    func valid() {
        #expect(UTF8Validator.firstInvalidOffset(Array("".utf8)) == nil)
        #expect(UTF8Validator.firstInvalidOffset(Array("외교부는 9월 20일(금) abcdefghijklmnop 𝄞 €".utf8)) == nil)
    }

    @Test("the offset of the first bad byte", arguments: [
        ([0x41, 0x42, 0xFF], 2),                          // never valid
        ([0x41, 0xC0, 0x80], 1),                          // overlong NUL
        ([0xE0, 0x80, 0x80], 0),                          // overlong three-byte
        ([0xED, 0xA0, 0x80], 0),                          // UTF-16 surrogate
        ([0xF4, 0x90, 0x80, 0x80], 0),                    // above U+10FFFF
        ([0xEC, 0x99, 0xB8, 0xEA, 0xB5], 3),             // truncated at the end: "외" then half of "교"
        ([0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x80], 9), // lone continuation after an ASCII run
        ([0xC7, 0xD1, 0xB1, 0xB9], 0),                    // CP949 "한국": C7 expects a continuation, D1 is none
    ] as [([UInt8], Int)])
    func invalid(bytes: [UInt8], offset: Int) {
        #expect(UTF8Validator.firstInvalidOffset(bytes) == offset)
    }
}
