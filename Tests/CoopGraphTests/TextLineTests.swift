import Testing
@testable import CoopGraph

@Suite("TextLine")
struct TextLineTests {
    @Test("split drops \\r before \\n and keeps a last line without \\n")
    func split() {
        let bytes = Array("가\r\n\n나 \u{00A0}\u{200B}\n다".utf8)
        let lines = bytes.withUnsafeBufferPointer { TextLine.split($0) }
        #expect(lines.map { [$0.start, $0.end, $0.next] } == [[0, 3, 5], [5, 5, 6], [6, 15, 16], [16, 19, 19]])
        let trimmed = bytes.withUnsafeBufferPointer { b in lines.map { $0.trimmedString(b) } }
        #expect(trimmed == ["가", "", "나", "다"])
    }

    @Test("blank characters are recognised from either side")
    func blanks() {
        let bytes = Array("\u{3000}x\u{FEFF}".utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(TextLine.blankLength(b, at: 0, limit: b.count) == 3)
            #expect(TextLine.blankLength(b, at: 3, limit: b.count) == nil)
            #expect(TextLine.blankLengthBefore(b, at: b.count, floor: 0) == 3)
        }
    }
}
