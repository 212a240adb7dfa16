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

    @Test("internal units are listed by every name of theirs, other bodies not at all")
    func internalUnits() throws {
        let bundled = Extractor.bundled
        #expect(bundled.internalUnitNames.contains("통상교섭본부"))
        #expect(bundled.internalUnitNames.contains("Korea Trade Negotiations Office"))
        #expect(!bundled.internalUnitNames.contains("산업통상자원부") && !bundled.internalUnitNames.contains("외교부"))
        let f = try GazetteerFile.parse("#! kind=ministry\n가본부\t나본부\tinternal=1\n다부\t라부\n", path: "u.tsv")
        #expect(Gazetteer(files: [f]).internalUnitNames.members == ["가본부", "나본부"])
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

    @Test("per-entry facts for mentions: ambiguity and the country property, as the entry's own properties say")
    func entryFacts() throws {
        let f = try GazetteerFile.parse("#! kind=country\n가나\tGhana\tambiguous=1\n", path: "c.tsv")
        let m = try GazetteerFile.parse("#! kind=ministry\n일본 경제산업성\t경산성\tcountry=일본\n산업통상자원부\t산업부\n", path: "m.tsv")
        let g = Gazetteer(files: [f, m])
        #expect(g.entries.map(\.canonical) == ["가나", "일본 경제산업성", "산업통상자원부"])
        #expect(g.entryIsAmbiguous == [true, false, false])
        #expect(g.entryMentionProperties == [[:], ["country": "일본"], [:]])
    }
}
