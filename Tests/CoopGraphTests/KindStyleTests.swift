import Testing
@testable import CoopGraph

@Suite("KindStyle")
struct KindStyleTests {
    @Test("events and agreements have shapes no actor has; every kind its own colour")
    func distinct() {
        let actors = NodeKind.allCases.filter { $0 != .event && $0 != .agreement }.map { KindStyle.of($0).dotShape }
        #expect(KindStyle.of(.event).dotShape == "octagon")
        #expect(KindStyle.of(.agreement).dotShape == "note")
        #expect(!actors.contains("octagon") && !actors.contains("note"))
        #expect(Set(NodeKind.allCases.map { KindStyle.of($0).fill }).count == NodeKind.allCases.count)
    }
}
