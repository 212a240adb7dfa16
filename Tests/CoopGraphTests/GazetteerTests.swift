import Testing
@testable import CoopGraph

@Suite("Gazetteer")
struct GazetteerTests {
    let g = ExtractionTestSupport.gazetteer

    @Test("names and aliases resolve to their entry; compound-only forms stay out of the automaton")
    func names() {
        #expect(g.entry(named: "산업부")?.canonical == "산업통상자원부")
        #expect(g.entry(named: "인니")?.canonical == "인도네시아")
        #expect(g.entry(named: "일") == nil)
        #expect(g.compoundForms["일"].map { g.entries[$0].canonical } == "일본")
        #expect(g.compoundForms["韓"].map { g.entries[$0].canonical } == "한국")
        #expect(!g.patternSurfaces.contains("미"))
    }

    @Test("stopwords never become names")
    func stopwords() {
        #expect(g.stopwords.contains("정부"))
        #expect(g.entry(named: "정부") == nil)
    }

    @Test("the first entry wins when two share a name")
    func firstWins() throws {
        let a = try GazetteerFile.parse("#! kind=organization\n가협회\t가\n", path: "a.tsv")
        let b = try GazetteerFile.parse("#! kind=institute\n가연구원\t가\n", path: "b.tsv")
        #expect(Gazetteer(files: [a, b]).entry(named: "가")?.canonical == "가협회")
    }
}
