import Foundation
import Testing
@testable import CoopGraph

@Suite("Ontology")
struct OntologyTests {
    static func loadJSON() throws -> [String: Any] {
        let url = RepoPaths.root.appendingPathComponent("Schemas/ontology.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    static func kinds(_ any: Any?) -> Set<String>? { (any as? [String]).map(Set.init) }

    static func describe(_ p: Ontology.Property) -> [String: AnyHashable] {
        var d: [String: AnyHashable] = ["type": p.type.name]
        if case .oneOf(let values) = p.type { d["values"] = values }
        if let k = p.kinds { d["kinds"] = Set(k.map(\.rawValue)) }
        return d
    }

    static func describe(_ json: Any?) -> [String: AnyHashable]? {
        guard let j = json as? [String: Any], let type = j["type"] as? String else { return nil }
        var d: [String: AnyHashable] = ["type": type]
        if let v = j["values"] as? [String] { d["values"] = v }
        if let k = kinds(j["kinds"]) { d["kinds"] = k }
        return d
    }

    @Test("Schemas/ontology.json and Ontology.standard declare the same kinds, relations and properties")
    func mirrorsJSON() throws {
        let json = try Self.loadJSON()
        let o = Ontology.standard
        #expect(json["kinds"] as? [String] == NodeKind.allCases.map(\.rawValue))
        #expect(o.kinds == NodeKind.allCases)
        let relations = try #require(json["relations"] as? [String: [String: Any]])
        #expect(Set(relations.keys) == Set(Relation.allCases.map(\.rawValue)))
        #expect(Set(o.relations.keys) == Set(Relation.allCases))
        for r in Relation.allCases {
            let ends = try #require(o.relations[r])
            #expect(Self.kinds(relations[r.rawValue]?["source"]) == Set(ends.source.map(\.rawValue)), "\(r.rawValue) source")
            #expect(Self.kinds(relations[r.rawValue]?["target"]) == Set(ends.target.map(\.rawValue)), "\(r.rawValue) target")
        }
        let props = try #require(json["properties"] as? [String: [String: Any]])
        for (scope, declared) in [("node", o.nodeProperties), ("edge", o.edgeProperties)] {
            let fromJSON = try #require(props[scope])
            #expect(Set(fromJSON.keys) == Set(declared.keys), "\(scope) property names")
            for (name, p) in declared {
                #expect(Self.describe(fromJSON[name]) == Self.describe(p), "\(scope) property \(name)")
            }
        }
    }

    @Test("the small export graph obeys the ontology")
    func smallGraphIsValid() {
        #expect(Ontology.standard.violations(in: ExportFixtures.small) == [])
    }

    @Test("violations name wrong endpoints, undeclared or misplaced properties, bad values and dangling edges")
    func violations() {
        let g = Graph(nodes: [
            Node(kind: .country, name: "한국", properties: ["title": "x", "colour": "red"]),
            Node(kind: .event, name: "회의", properties: ["date": "2023-13", "status": "maybe"]),
        ], edges: [
            Edge(source: "event:회의", target: "country:한국", relation: .partyTo, properties: ["from": "soon"]),
            Edge(source: "country:한국", target: "person:없음", relation: .participatedIn),
        ])
        #expect(Ontology.standard.violations(in: g) == [
            "node country:한국: undeclared property colour",
            "node country:한국: property title is not for a country",
            "node event:회의: property date = \"2023-13\" is not an ISO 8601 date (2019, 2023-05, 2023-09-21)",
            "node event:회의: property status = \"maybe\" is not one of happened, planned, negated, signed, negotiating, in_force",
            "edge country:한국|participated_in|person:없음: an end is not in the graph",
            "edge event:회의|party_to|country:한국: party_to does not join event to country",
            "edge event:회의|party_to|country:한국: property from = \"soon\" is not an ISO 8601 date (2019, 2023-05, 2023-09-21)",
        ])
    }
}
