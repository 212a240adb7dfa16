import Testing
@testable import CoopGraph

@Suite("ConcurrentTitleRule")
struct ConcurrentTitleRuleTests {
    static func persons(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.kind == .person }.map {
            "\($0.canonical)/\($0.properties["title"] ?? "")@\($0.properties["affiliation"] ?? "")"
        }
    }

    @Test("a Korean minister holding two posts: the post tied to the body, and the body")
    func korean() {
        #expect(Self.persons("□ 유은혜 부총리 겸 교육부 장관은 개회사에서 밝힐 예정이다.") == ["유은혜/장관@교육부"])
    }

    @Test("a foreign minister: the foreign post as written, affiliated with the country")
    func foreign() {
        let text = "박진 외교부 장관은 5.16(월) 왕이(王毅, WANG Yi) 중국 국무위원 겸 외교부장과 화상통화를 갖고 논의하였다."
        #expect(Self.persons(text) == ["박진/장관@외교부", "왕이/외교부장@중국"])
    }

    @Test("without 겸 the title stays")
    func single() {
        #expect(Self.persons("안덕근 산업통상자원부 장관은 회의에 참석하였다.") == ["안덕근/장관@산업통상자원부"])
    }

    @Test("겸 in the sentence but before the person changes nothing")
    func joinerElsewhere() {
        #expect(Self.persons("총리 겸 위원장 회의에서 안덕근 산업통상자원부 장관은 회의에 참석하였다.") == ["안덕근/장관@산업통상자원부"])
    }

    @Test("the joiner is 겸 alone between blanks inside the sentence", arguments: [
        ("장관 겸 부총리", true), ("장관겸 부총리", false), ("장관 겸부총리", false), ("겸 부총리", false), ("장관 겸", false), ("장관 겸 ", true),
    ])
    func joiner(text: String, expected: Bool) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { b in
            let context = ExtractionContext(bytes: b, sentence: 0..<b.count, gazetteer: ExtractionTestSupport.gazetteer, document: .init())
            #expect(ConcurrentTitleRule.hasJoiner(context) == expected)
            #expect(ConcurrentTitleRule.hasJoiner(context) == (ByteSearch.firstIndex(of: ConcurrentTitleRule.joiner, in: b) != nil))
        }
    }
}
