@testable import CoopGraph
import Testing

@Suite("EventText+WordOccurrences")
struct EventTextWordOccurrencesTests {
    func text(_ s: String) -> EventText {
        EventText(document: SeedDocuments.document(text: s, date: nil), mentions: [], dates: [])
    }

    func occurrences(of word: String, in s: String) -> [(text: String, sentence: Int)] {
        let t = text(s)
        var out: [(String, Int)] = []
        t.forEachOccurrence(of: Array(word.utf8)) { k, si in
            out.append((t.string(SourceRange(k, t.sentences[si].range.upperBound)), si))
        }
        return out
    }

    @Test("each occurrence in a readable sentence, with its sentence's index, searching on after the previous one")
    func occurrencesInSentences() {
        let found = occurrences(of: "각각", in: "장관은 A와 B를 각각 면담했다. 차관은 각각 만났고 각각 통화했다.")
        #expect(found.map(\.text) == ["각각 면담했다.", "각각 만났고 각각 통화했다.", "각각 통화했다."])
        #expect(found.map(\.sentence) == [0, 1, 1])
        #expect(occurrences(of: "aa", in: "aaaa 끝.").count == 2)
    }

    @Test("notes and a body without the word give nothing")
    func notesAndMisses() {
        #expect(occurrences(of: "선출", in: "의장으로 선출되었다.\n※ 위원으로 선출된 바 있음").map(\.sentence) == [0])
        #expect(occurrences(of: "선출", in: "회의를 개최하였다.").isEmpty)
        #expect(occurrences(of: "", in: "회의를 개최하였다.").isEmpty)
    }
}
