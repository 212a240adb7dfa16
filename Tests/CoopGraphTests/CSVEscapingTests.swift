import Testing
@testable import CoopGraph

@Suite("CSVEscaping")
struct CSVEscapingTests {
    @Test("strings always quoted, inner quotes doubled, newlines and commas kept inside")
    func quoting() {
        #expect(CSVEscaping.quoted("a\"b,c\nd") == "\"a\"\"b,c\nd\"")
        #expect(CSVEscaping.quoted("plain") == "\"plain\"")
        #expect(CSVEscaping.quoted("") == "\"\"")
    }

    @Test("array items joined by ; with a ; inside an item made full-width")
    func arrays() {
        #expect(CSVEscaping.quotedArray(["x;y", "z\""]) == "\"x\u{FF1B}y;z\"\"\"")
        #expect(CSVEscaping.quotedArray([]) == "\"\"")
    }
}
