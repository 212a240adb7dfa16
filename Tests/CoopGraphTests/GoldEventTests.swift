import CoopGraph
import Foundation
import Testing

@Suite("GoldEvent")
struct GoldEventTests {
    @Test("a null date stays nil and is written as null; participants default to empty")
    func codable() throws {
        let e = try JSONDecoder().decode(GoldEvent.self, from: Data(#"{"kind": "meeting", "name": "회담", "date": null}"#.utf8))
        #expect(e == GoldEvent(kind: "meeting", name: "회담"))
        let enc = JSONEncoder()
        enc.outputFormatting = .sortedKeys
        #expect(String(decoding: try enc.encode(e), as: UTF8.self) == #"{"aliases":[],"date":null,"kind":"meeting","name":"회담","participants":[]}"#)
    }
}
