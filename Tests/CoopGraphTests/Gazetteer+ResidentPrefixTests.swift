import Testing
@testable import CoopGraph

@Suite("Gazetteer+ResidentPrefix")
struct GazetteerResidentPrefixTests {
    static func persons(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.kind == .person }.map(\.canonical)
    }

    @Test("주 + a country's name is a resident prefix; names that only start with 주 are not")
    func prefix() throws {
        let g = try GazetteerLoader.load()
        #expect(g.isResidentPrefix("주프랑스"))
        #expect(g.isResidentPrefix("주중국"))
        #expect(!g.isResidentPrefix("주디스"))
        #expect(!g.isResidentPrefix("주영수"))
        #expect(!g.isResidentPrefix("주"))
        #expect(!g.isResidentPrefix("프랑스"))
    }

    @Test("주프랑스 before an international body and a title is no person; a real name there still is")
    func notAPerson() {
        #expect(Self.persons("5개국 주프랑스 국제박람회기구 대표들을 접촉했다.") == [])
        #expect(Self.persons("주중국 대사관 관계자와 주영수 국장이 참석했다.").contains("주중국") == false)
    }
}
