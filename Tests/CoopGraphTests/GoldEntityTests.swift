import CoopGraph
import Foundation
import Testing

@Suite("GoldEntity")
struct GoldEntityTests {
    @Test("decodes person fields and optional; writes optional only when true")
    func codable() throws {
        let json = #"{"kind": "person", "name": "방문규", "title": "장관", "affiliation": "산업통상자원부"}"#
        let e = try JSONDecoder().decode(GoldEntity.self, from: Data(json.utf8))
        #expect(e == GoldEntity(kind: "person", name: "방문규", title: "장관", affiliation: "산업통상자원부"))
        let enc = JSONEncoder()
        enc.outputFormatting = .sortedKeys
        #expect(String(decoding: try enc.encode(e), as: UTF8.self)
                == #"{"affiliation":"산업통상자원부","aliases":[],"kind":"person","name":"방문규","title":"장관"}"#)
        let opt = GoldEntity(kind: "country", name: "한국", isOptional: true)
        #expect(String(decoding: try enc.encode(opt), as: UTF8.self) == #"{"aliases":[],"kind":"country","name":"한국","optional":true}"#)
    }
}
