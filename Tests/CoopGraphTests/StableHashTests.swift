import Testing
@testable import CoopGraph

@Suite("StableHash")
struct StableHashTests {
    @Test("FNV-1a 64 matches the published test vectors")
    func vectors() {
        #expect(StableHash.hex("") == "cbf29ce484222325")
        #expect(StableHash.hex("a") == "af63dc4c8601ec8c")
        #expect(StableHash.hex("foobar") == "85944171f73967e8")
    }
}
