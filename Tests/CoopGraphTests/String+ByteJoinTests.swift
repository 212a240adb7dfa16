import Testing
@testable import CoopGraph

@Suite("String+ByteJoin")
struct StringByteJoinTests {
    @Test("two parts and a separator: the bytes of a + separator + b")
    func two() {
        #expect(String.joining("country", 0x3A, "대한민국") == "country:대한민국")
        #expect(Array(String.joining("ministry", 0x3A, "일본_경제산업성").utf8) == Array("ministry:일본_경제산업성".utf8))
        #expect(String.joining("", 0x3A, "") == ":")
        #expect(String.joining("a", 0x40, "") == "a@")
    }

    @Test("three parts: an edge ID, bytes kept as they are (no normalisation)")
    func three() {
        #expect(String.joining("person:박진규", "affiliated_with", "ministry:산업통상자원부", separator: 0x7C)
                == "person:박진규|affiliated_with|ministry:산업통상자원부")
        // A decomposed é stays decomposed: the ID has the bytes of its parts.
        let decomposed = "country:Re\u{0301}union"
        #expect(Array(String.joining(decomposed, "part_of", "x", separator: 0x7C).utf8) == Array("country:Re\u{0301}union|part_of|x".utf8))
        #expect(String.joining("", "", "", separator: 0x7C) == "||")
    }

    @Test("Edge.id is source|relation|target")
    func edgeID() {
        let e = Edge(source: "person:박진규", target: "event:2023-05-01:한-일_회담", relation: .participatedIn)
        #expect(e.id == "person:박진규|participated_in|event:2023-05-01:한-일_회담")
    }
}
