import Testing
@testable import CoopGraph

@Suite("ExtractionContext+BracketedName")
struct ExtractionContextBracketedNameTests {
    /// The words `bracketedNameWords` reads after the first `「` of `text`, and the text from the
    /// closing bracket on; nil when it reads none.
    func words(in text: String, accept: (String) -> Bool = { _ in true }) -> (words: [String], rest: String)? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b in
            let ctx = ExtractionContext(bytes: b, sentence: 0..<bytes.count, gazetteer: ExtractionTestSupport.gazetteer, document: .init())
            guard let open = text.utf8.firstIndex(of: 0xE3).map({ text.utf8.distance(from: text.utf8.startIndex, to: $0) }),
                  let found = ctx.bracketedNameWords(open: open, openLength: 3, close: 0x300D, accept: { w, _, _ in accept(w) }) else { return nil }
            return (found.words.map { ctx.text($0.lo, $0.hi) }, String(decoding: bytes[found.close...], as: UTF8.self))
        }
    }

    @Test("the Hangul words up to the closing bracket, spaces between them")
    func readsWords() throws {
        let found = try #require(words(in: "캄보디아 「아운 폰모니엇」 부총리"))
        #expect(found.words == ["아운", "폰모니엇"])
        #expect(found.rest == "」 부총리")
        #expect(words(in: "「쏙 첸다 소페아」투자 총괄 특임장관")?.words == ["쏙", "첸다", "소페아"])
    }

    @Test("no name: five words, a Latin word, a particle end, a title word, no closing bracket, or a word the caller refuses")
    func refuses() {
        #expect(words(in: "「가나 다라 마바 사아 자차」 장관") == nil)
        #expect(words(in: "「Aung 폰모니엇」 부총리") == nil)
        #expect(words(in: "「한국의 미래」 장관") == nil)
        #expect(words(in: "「장관」 발언") == nil)
        #expect(words(in: "「아운 폰모니엇 부총리") == nil)
        #expect(words(in: "「아운 폰모니엇」 부총리", accept: { $0.count > 2 }) == nil)
        #expect(words(in: "「」 부총리") == nil)
    }
}
