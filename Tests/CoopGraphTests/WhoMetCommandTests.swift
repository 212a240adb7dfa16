import Testing
@testable import CoopGraph

@Suite("who-met command")
struct WhoMetCommandTests {
    @Test("lists everyone at the roundtable with 강인선, with date, document and sentence")
    func roundtable() throws {
        let (_, path) = try StoreTestSupport.seededStore()
        let r = StoreTestSupport.run(["who-met", "강인선"], store: path)
        #expect(r.status == 0)
        #expect(r.err == "")
        print(r.out)
    }
}
