import CoopGraph
import Foundation
import Testing

@Suite("GoldAgreement")
struct GoldAgreementTests {
    @Test("decodes parties, chair and optional")
    func codable() throws {
        let json = #"{"name": "MSP", "aliases": ["핵심광물안보파트너십"], "kind": "partnership", "date": "2022-06", "parties": ["한국", "미국"], "chair": [{"party": "미국"}], "optional": true}"#
        let a = try JSONDecoder().decode(GoldAgreement.self, from: Data(json.utf8))
        #expect(a == GoldAgreement(name: "MSP", aliases: ["핵심광물안보파트너십"], kind: "partnership", date: "2022-06",
                                   parties: ["한국", "미국"], chair: [GoldChair(party: "미국")], isOptional: true))
        #expect(try JSONDecoder().decode(GoldAgreement.self, from: JSONEncoder().encode(a)) == a)
    }
}
