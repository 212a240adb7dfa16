import Testing
@testable import CoopGraph

@Suite("DocumentExtractionState")
struct DocumentExtractionStateTests {
    let body = Mention(range: SourceRange(0, 27), kind: .institute, canonical: "한국생산기술연구원", surface: "한국생산기술연구원", rule: "test")

    @Test("aliases are defined once, in order, never as the canonical name")
    func aliases() {
        var s = DocumentExtractionState()
        s.define(alias: "생기원", for: body)
        s.define(alias: "생기원", for: body)
        s.define(alias: "한국생산기술연구원", for: body)
        s.define(alias: "", for: body)
        #expect(s.localAliasOrder == ["생기원"])
        #expect(s.localAliasList.map { $0.bytes } == [Array("생기원".utf8)])
        #expect(s.localAliases["생기원"]?.canonical == "한국생산기술연구원")
    }

    @Test("a marked full name can be remembered as a document name")
    func names() {
        var s = DocumentExtractionState()
        s.defineName("한국생산기술연구원", for: body)
        #expect(s.localAliasOrder == ["한국생산기술연구원"])
    }

    @Test("seen canonical names catch up with the mentions on demand")
    func seen() {
        var s = DocumentExtractionState()
        s.mentions = [body, body]
        #expect(s.seenCanonicals.isEmpty)
        s.syncSeenCanonicals()
        #expect(s.seenCanonicals == ["한국생산기술연구원"] && s.seenCount == 2)
        s.mentions.append(Mention(range: SourceRange(30, 36), kind: .country, canonical: "일본", surface: "일본", rule: "test"))
        s.syncSeenCanonicals()
        #expect(s.seenCanonicals == ["한국생산기술연구원", "일본"] && s.seenCount == 3)
    }

    @Test("hasSeen answers as the synced set, canonical equivalence included")
    func hasSeen() {
        var s = DocumentExtractionState()
        // 한 spelled with conjoining jamo: not plain, canonically equal to the syllable.
        let jamo = Mention(range: SourceRange(30, 39), kind: .country, canonical: "\u{1112}\u{1161}\u{11AB}", surface: "한", rule: "test")
        s.mentions = [body, jamo]
        s.syncSeenCanonicals()
        for name in ["한국생산기술연구원", "한", "\u{1112}\u{1161}\u{11AB}", "한국", "생산기술연구원", ""] {
            #expect(s.hasSeen(canonical: name) == s.seenCanonicals.contains(name), "\(name)")
        }
        #expect(s.hasSeen(canonical: "한"))
        #expect(!s.hasSeen(canonical: "한국"))
    }
}
