import Testing
@testable import CoopGraph

@Suite("ScalarSet")
struct ScalarSetTests {
    @Test("Hangul, ASCII and other scalars are members exactly when inserted")
    func membership() {
        let members: [UInt32] = ["장", "관", "힣", "가", "A", "z", "美", "0"].map { $0.unicodeScalars.first!.value }
        let set = ScalarSet(members)
        #expect(members.allSatisfy { set.contains($0) })
        let others: [UInt32] = ["각", "B", "韓", "1", "·"].map { $0.unicodeScalars.first!.value }
        #expect(!others.contains { set.contains($0) })
    }
}
