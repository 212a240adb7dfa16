import Testing
@testable import CoopGraph

@Suite("KoreanHeadAffiliationRule")
struct KoreanHeadAffiliationRuleTests {
    static func person(_ name: String, in text: String) -> Mention? {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).first { $0.kind == .person && $0.canonical == name }
    }

    @Test("a listed president or prime minister with the post's title belongs to 한국", arguments: [
        ("윤석열", "윤석열 대통령은 9일 양자회담을 가졌다."),
        ("한덕수", "한덕수 국무총리는 3일 총리와 회담했다."),
        ("정세균", "정세균 국무총리는 테헤란에서 부통령과 회담을 가졌다."),
    ])
    func affiliated(name: String, text: String) {
        let p = Self.person(name, in: text)
        #expect(p?.properties["affiliation"] == "한국")
        #expect(p?.properties["affiliation_kind"] == "country")
        #expect(p?.rule != "person.korean-head", "the person rule's mention, with an affiliation added")
    }

    @Test("a foreign leader with the same post keeps no Korean affiliation")
    func foreign() {
        let p = Self.person("마크롱", in: "마크롱 대통령은 9일 회담을 가졌다.")
        #expect(p?.properties["affiliation"] != "한국")
    }

    @Test("a listed name with another title is left alone")
    func otherTitle() {
        let p = Self.person("한덕수", in: "한덕수 위원장은 9일 회의를 주재했다.")
        #expect(p?.properties["affiliation"] != "한국")
    }

    @Test("the bundled list knows the presidents and prime ministers of the corpus years")
    func list() throws {
        let g = try GazetteerLoader.load()
        for name in ["문재인", "윤석열", "이재명", "정세균", "김부겸", "한덕수", "김민석"] { #expect(g.koreanHeads.contains(name), "\(name)") }
        #expect(!g.koreanHeads.contains("마크롱"))
    }

    @Test("post titles are recognised by their end, on bytes as on Characters", arguments: [
        ("대통령", true), ("국무총리", true), ("대통령 권한대행", true), ("부총리", true), ("장관", false), ("대통령실장", false),
        ("총리\u{0301}", false), ("대통령\u{FF9E}", false),
    ])
    func postEnds(title: String, expected: Bool) {
        #expect(KoreanHeadAffiliationRule.endsWithPost(title) == expected)
        #expect(KoreanHeadAffiliationRule.endsWithPost(title) == KoreanHeadAffiliationRule.postEnds.contains { title.hasSuffix($0) })
    }
}
