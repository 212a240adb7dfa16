import Foundation
import Testing
@testable import CoopGraph

@Suite("IssuerAffiliation")
struct IssuerAffiliationTests {
    func person(_ name: String, _ title: String, _ extra: [String: String] = [:]) -> Mention {
        Mention(range: SourceRange(0, 3), kind: .person, canonical: name, surface: name,
                properties: extra.merging(["title": title]) { a, _ in a }, rule: "person")
    }

    @Test("the issuer is the affiliation of its officials named without a body")
    func officials() throws {
        let g = ExtractionTestSupport.gazetteer
        let issuer = try #require(IssuerAffiliation.issuer(department: "외교부", gazetteer: g))
        var ms = [
            person("조태열", "외교장관"),
            person("김철수", "교수"),
            person("바이바 브라제", "외교장관"),
            person("오츠랄", "장관", ["country": "몽골"]),
            person("안덕근", "장관", ["affiliation": "산업통상자원부", "affiliation_kind": "ministry"]),
        ]
        IssuerAffiliation.apply(&ms, issuer: issuer)
        #expect(ms.map { $0.properties["affiliation"] ?? "" } == ["외교부", "", "", "", "산업통상자원부"])
    }

    @Test("only a Korean government body the gazetteer knows issues", arguments: [nil, "", "한국철강협회", "모르는처"])
    func noIssuer(department: String?) {
        #expect(IssuerAffiliation.issuer(department: department, gazetteer: ExtractionTestSupport.gazetteer) == nil)
    }

    @Test("the department is trimmed of blanks as Foundation trims them", arguments: [
        "외교부", " 외교부", "외교부\t", "\u{3000}외교부\u{00A0}", "외 교부", "외교부\n", "",
    ])
    func trimmed(department: String) {
        #expect(IssuerAffiliation.trimmed(department) == department.trimmingCharacters(in: .whitespaces))
    }

    @Test("blank and post tests on bytes answer as the String tests", arguments: [
        "외교장관", "교수", "통일협력국장", "바이바 브라제", "정책관", "", "A B", "\u{1100}\u{1161} 장관",
    ])
    func byteTests(text: String) {
        #expect(IssuerAffiliation.hasBlank(text) == text.contains(" "))
        #expect(IssuerAffiliation.isPost(text) == IssuerAffiliation.postEnds.contains { text.hasSuffix($0) })
    }
}
