import Foundation
import Testing
@testable import CoopGraph

@Suite("TextDecoder")
struct TextDecoderTests {
    private func decode(_ bytes: [UInt8], path: String = "x.txt") throws -> TextDecoder.Result {
        try TextDecoder().decode(Data(bytes), path: path)
    }

    private func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: DocumentsFixtures.url("Fixtures/encodings/" + name))
    }

    @Test("every encoding fixture decodes to the same text", arguments: [
        ("utf8.txt", TextEncoding.utf8), ("utf8-bom.txt", .utf8BOM), ("utf16le-bom.txt", .utf16LE),
        ("utf16be-bom.txt", .utf16BE), ("cp949.txt", .cp949),
    ])
    func fixtures(name: String, encoding: TextEncoding) throws {
        let reference = try #require(String(data: try fixture("utf8.txt"), encoding: .utf8))
        let result = try TextDecoder().decode(try fixture(name), path: name)
        #expect(result.encoding == encoding)
        #expect(result.text == reference)
        #expect(result.text.hasPrefix("본문 바로가기"))
    }

    @Test("CP949-only syllables (outside EUC-KR) decode")
    func cp949Extension() throws {
        let result = try TextDecoder().decode(try fixture("cp949-extended.txt"), path: "x")
        #expect(result.encoding == .cp949)
        #expect(result.text == "똠방각하 쀍 햏\n")
    }

    @Test("a byte-order mark is removed from the text")
    func bomRemoved() throws {
        #expect(try decode([0xEF, 0xBB, 0xBF, 0x41]).text == "A")
        #expect(try decode([0xFF, 0xFE, 0x41, 0x00]).text == "A")
        #expect(try decode([0xFE, 0xFF, 0x00, 0x41]).text == "A")
    }

    @Test("empty input is empty UTF-8 text, not an error")
    func empty() throws {
        let r = try decode([])
        #expect(r.text == "" && r.encoding == .utf8)
    }

    @Test("binary files are refused with their format")
    func binary() {
        #expect(throws: CoopGraphError.binary(path: "a.pdf", format: "PDF")) { try decode(Array("%PDF-1.4\n".utf8), path: "a.pdf") }
        #expect(throws: CoopGraphError.binary(path: "a.hwpx", format: "ZIP (HWPX, DOCX, XLSX)")) { try decode([0x50, 0x4B, 0x03, 0x04, 0, 0], path: "a.hwpx") }
    }

    @Test("bytes that are neither UTF-8 nor CP949 name the first bad byte")
    func undecodable() {
        // "ab" then 0xFF: not UTF-8 at 2, and 0xFF cannot start a CP949 character either.
        #expect(throws: CoopGraphError.undecodable(path: "x.txt", byteOffset: 2, reason: "invalid UTF-8 byte 0xFF, and not CP949/EUC-KR either (bad byte at 2)")) {
            try decode([0x61, 0x62, 0xFF, 0x63])
        }
        // Valid CP949 "한국" then a lead byte with a bad trail byte at offset 4: CP949 got further.
        #expect(throws: CoopGraphError.undecodable(path: "x.txt", byteOffset: 4, reason: "not UTF-8 (bad byte at 0) and not CP949/EUC-KR: byte pair 0xB0 0x20 is not a CP949 character")) {
            try decode([0xC7, 0xD1, 0xB1, 0xB9, 0xB0, 0x20])
        }
    }

    @Test("a broken UTF-8 file after a BOM, and odd or unpaired UTF-16, are errors with offsets")
    func brokenUnicode() {
        #expect(throws: CoopGraphError.undecodable(path: "x.txt", byteOffset: 4, reason: "invalid UTF-8 after a UTF-8 byte-order mark")) {
            try decode([0xEF, 0xBB, 0xBF, 0x41, 0xFF])
        }
        #expect(throws: CoopGraphError.undecodable(path: "x.txt", byteOffset: 4, reason: "UTF-16LE text with an odd number of bytes")) {
            try decode([0xFF, 0xFE, 0x41, 0x00, 0x42])
        }
        #expect(throws: CoopGraphError.undecodable(path: "x.txt", byteOffset: 4, reason: "UTF-16BE: unpaired high surrogate")) {
            try decode([0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x00, 0x00, 0x41])
        }
    }
}
