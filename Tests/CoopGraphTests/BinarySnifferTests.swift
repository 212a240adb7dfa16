import Testing
@testable import CoopGraph

@Suite("BinarySniffer")
struct BinarySnifferTests {
    private func format(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { BinarySniffer.format(of: $0) }
    }

    @Test("magic numbers name the format", arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "PNG"),
        (Array("%PDF-1.7\n%âãÏÓ".utf8), "PDF"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "HWP/OLE (HWP, DOC, XLS)"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "ZIP (HWPX, DOCX, XLSX)"),
        ([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1], "Linux (ELF) executable"),
        (Array("GIF89a".utf8) + [1, 0], "GIF"),
        ([0xFF, 0xD8, 0xFF, 0xE0], "JPEG"),
    ] as [([UInt8], String)])
    func magic(bytes: [UInt8], name: String) {
        #expect(format(bytes) == name)
    }

    @Test("NUL-heavy data is binary; text and a single stray NUL are not")
    func nulBytes() {
        #expect(format([0x41, 0x00, 0x00, 0x42]) == "binary (NUL bytes)")
        #expect(format(Array("보도자료 본문".utf8)) == nil)
        #expect(format(Array(String(repeating: "가나다라마바사 ", count: 20).utf8) + [0] + Array("끝".utf8)) == nil)
        #expect(format(Array("MZ 로 시작하는 글".utf8)) == nil)
        #expect(format([]) == nil)
    }
}
