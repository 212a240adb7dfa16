import Testing
@testable import CoopGraph

@Suite("Mention+Affiliation")
struct MentionAffiliationTests {
    func person() -> Mention {
        Mention(range: SourceRange(0, 9), kind: .person, canonical: "뢰벤", surface: "뢰벤", properties: ["title": "총리"], rule: "test")
    }

    @Test("a body sets affiliation and its kind, keeping the other properties")
    func body() {
        var m = person()
        m.affiliate(with: "외교부", kind: .ministry)
        #expect(m.properties == ["title": "총리", "affiliation": "외교부", "affiliation_kind": "ministry"])
    }

    @Test("a country the person is from sets country too")
    func country() {
        var m = person()
        m.affiliate(with: "스웨덴", kind: .country, isCountry: true)
        #expect(m.properties == ["title": "총리", "affiliation": "스웨덴", "affiliation_kind": "country", "country": "스웨덴"])
        #expect(m.canonical == "뢰벤" && m.rule == "test")
    }
}
