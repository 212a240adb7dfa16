import Testing
@testable import CoopGraph

@Suite("SQLiteValue")
struct SQLiteValueTests {
    @Test("string and int views of each storage class")
    func views() {
        #expect(SQLiteValue.null.string == nil)
        #expect(SQLiteValue.null.int == 0)
        #expect(SQLiteValue.integer(7).string == "7")
        #expect(SQLiteValue.text("12").int == 12)
        #expect(SQLiteValue.text("x").int == 0)
        #expect(SQLiteValue.real(2.0).int == 2)
        #expect(SQLiteValue.optional(nil) == .null)
        #expect(SQLiteValue.optional("a") == .text("a"))
        let literal: SQLiteValue = "한국"
        #expect(literal == .text("한국"))
    }
}
