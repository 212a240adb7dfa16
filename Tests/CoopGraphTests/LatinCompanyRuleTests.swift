import Testing
@testable import CoopGraph

@Suite("LatinCompanyRule")
struct LatinCompanyRuleTests {
    /// `canonical[aliases]` of the rule's mentions, over the bundled gazetteers.
    static func companies(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "organization.latin-company" }.map {
            "\($0.canonical)[\($0.aliases.sorted().joined(separator: ","))]"
        }
    }

    @Test("capitalised words before a legal form", arguments: [
        ("독일의 물류 기업 Nordic Freight GmbH 등 5개사가 참여했다", ["Nordic Freight GmbH[Nordic Freight]"]),
        ("미국 Blue Harbor Energy Inc.와 협약을 체결했다", ["Blue Harbor Energy Inc.[Blue Harbor Energy]"]),
        ("중국 Qingdao Sea Star Shipping Co., Ltd. 관계자가 참석했다", ["Qingdao Sea Star Shipping Co., Ltd.[Qingdao Sea Star Shipping]"]),
        ("연구소 ARC Analytics Corporation 보고서", ["ARC Analytics Corporation[ARC Analytics]"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(Self.companies(text) == expected)
    }

    @Test("no capitalised name, a list comma, AG or a form inside a word: nothing", arguments: [
        "기업 the startup inc 관계자",
        "JOINT STATEMENT ON AG",
        "Samsung, LLC 설립",
        "Incheon 공항에서 Ltdx 라는",
    ])
    func notFound(text: String) {
        #expect(Self.companies(text) == [])
    }
}
