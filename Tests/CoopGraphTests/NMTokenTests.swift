import Testing
@testable import CoopGraph

@Suite("NMToken")
struct NMTokenTests {
    @Test("name characters pass through; others, and the dot, become .HEX.")
    func mapping() {
        #expect(NMToken.make("ministry:일본_경제산업성") == "ministry:일본_경제산업성")
        #expect(NMToken.make("a b/c(d)\"e'") == "a.20.b.2F.c.28.d.29..22.e.27.")
        #expect(NMToken.make("a.b") == "a.2E.b")
        #expect(NMToken.make("😀") == ".1F600.")
        #expect(NMToken.make("") == "..")
    }

    @Test("the mapping is injective where a naive one would collide")
    func injective() {
        #expect(NMToken.make("a.20.b") != NMToken.make("a b"))
        #expect(NMToken.make("a_b") != NMToken.make("a b"))
        #expect(NMToken.make("..") != NMToken.make(""))
    }
}
