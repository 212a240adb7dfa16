import Testing
@testable import CoopGraph

@Suite("Gazetteer+NotNames")
struct GazetteerNotNamesTests {
    static func mentions(_ text: String) -> [Mention] {
        Extractor().mentions(in: ExtractionTestSupport.document(text))
    }

    @Test("the bundled list holds common nouns and no name, place or country")
    func bundledList() throws {
        let g = try GazetteerLoader.load()
        for word in ["경제", "국방", "소속", "담당", "현장", "위한"] { #expect(g.notNames.contains(word), "\(word)") }
        for word in ["박진", "설훈", "서욱", "강진", "여수", "영국", "인도"] { #expect(!g.notNames.contains(word), "\(word)") }
    }

    @Test("a common noun before a title is no person; the real person beside it stays")
    func noPerson() {
        let persons = Self.mentions("기재부 등 경제부처에서는 경제 부총리를 중심으로 대응한다. 박진 외교부 장관은 소속 의원들과 면담했다.")
            .filter { $0.kind == .person }.map(\.canonical)
        #expect(!persons.contains("경제"))
        #expect(!persons.contains("소속"))
        #expect(persons.contains("박진"))
    }

    @Test("bodies that start with a listed word are still found")
    func bodiesStay() {
        let names = Self.mentions("가나 보건부와 한국개발연구원이 참석했다.").map(\.canonical)
        #expect(names.contains { $0.hasSuffix("보건부") })
    }
}
