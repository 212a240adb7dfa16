import Testing
@testable import CoopGraph

@Suite("MarkedTitleRule")
struct MarkedTitleRuleTests {
    /// `name/title@affiliation` for each person of the rule, over the bundled gazetteers.
    static func persons(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "person.marked-title" }.map {
            "\($0.canonical)/\($0.properties["title"] ?? "")@\($0.properties["affiliation"] ?? "")"
        }
    }

    @Test("an acronym or footnote marks between the body or name and the title", arguments: [
        ("우리측은 산업통상자원부 이경식 FTA교섭관을 수석대표로 참여한다", ["이경식/FTA교섭관@산업통상자원부"]),
        ("한편 박민수 외교부 ODA 협력대사도 면담을 가졌다", ["박민수/ODA 협력대사@외교부"]),
        ("한편 권용우 외교부 BIE* 협력대사도 면담을 가졌다", ["권용우/BIE 협력대사@외교부"]),
        ("장관은 김재신 한-아세안센터** 사무총장과 만찬을 가졌다", ["김재신/사무총장@한-아세안센터"]),
        // Marks after a blank: the gap opens with the blank.
        ("장관은 김재신 한-아세안센터 ** 사무총장과 만찬을 가졌다", ["김재신/사무총장@한-아세안센터"]),
        ("심포지엄에서는 ▲국립수목원 김재현 DMZ산림생물자원보전과장이 발표했다", ["김재현/DMZ산림생물자원보전과장@국립수목원"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(Self.persons(text) == expected)
    }

    @Test("no title after the gap, no Korean name, or no body: none", arguments: [
        "산업통상자원부 이경식 FTA 협상을 진행했다",
        "외교부 ODA 협력대사가 참석했다",
        "이경식 FTA교섭관이 참석했다",
        "산업통상자원부 협상단 FTA교섭관이 참석했다",
        // One blank is no gap: the title right after a body is the person rule's.
        "장관은 김재신 한-아세안센터 사무총장과 만찬을 가졌다",
    ])
    func notFound(text: String) {
        #expect(Self.persons(text) == [])
    }
}
