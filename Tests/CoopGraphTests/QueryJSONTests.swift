import Testing
@testable import CoopGraph

@Suite("QueryJSON")
struct QueryJSONTests {
    @Test("keys keep their order; strings are escaped per RFC 8259; non-ASCII is written as is")
    func render() {
        let v = QueryJSON.object([("b", .string("say \"hi\"\n\t\\ \u{1} 한국")), ("a", .array([.int(1), .null, .bool(true)])), ("e", .object([])), ("f", .array([]))])
        #expect(v.rendered() == """
        {
          "b": "say \\"hi\\"\\n\\t\\\\ \\u0001 한국",
          "a": [
            1,
            null,
            true
          ],
          "e": {},
          "f": []
        }

        """)
    }
}
