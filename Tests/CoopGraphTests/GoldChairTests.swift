import CoopGraph
import Foundation
import Testing

@Suite("GoldChair")
struct GoldChairTests {
    @Test("open ends are absent")
    func codable() throws {
        let c = try JSONDecoder().decode(GoldChair.self, from: Data(#"{"party": "한국", "from": "2024-07"}"#.utf8))
        #expect(c == GoldChair(party: "한국", from: "2024-07", to: nil))
    }
}
