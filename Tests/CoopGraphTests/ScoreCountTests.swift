import CoopGraph
import Foundation
import Testing

@Suite("ScoreCount")
struct ScoreCountTests {
    @Test("ratio is hit over all, 1 when nothing is expected; counts add")
    func ratio() {
        #expect(ScoreCount(1, of: 4).ratio == 0.25)
        #expect(ScoreCount().ratio == 1)
        #expect(ScoreCount(1, of: 4) + ScoreCount(2, of: 3) == ScoreCount(3, of: 7))
    }

    @Test("encodes as the scorer's [hit, all] pair and decodes back")
    func codable() throws {
        let data = try JSONEncoder().encode(ScoreCount(2, of: 5))
        #expect(String(decoding: data, as: UTF8.self) == "[2,5]")
        #expect(try JSONDecoder().decode(ScoreCount.self, from: data) == ScoreCount(2, of: 5))
    }
}
