import Testing
@testable import CoopGraph

@Suite("ByteAutomaton")
struct ByteAutomatonTests {
    let automaton = ByteAutomaton(patterns: ["he", "she", "his", "hers", "인도", "인도네시아"].map { Array($0.utf8) })

    @Test("reports every occurrence, overlapping ones included")
    func allMatches() {
        let found = automaton.matches(in: Array("ushers".utf8)).map { [$0.start, $0.end, $0.pattern] }
        #expect(found == [[1, 4, 1], [2, 4, 0], [2, 6, 3]])
    }

    @Test("leftmost-longest keeps 인도네시아 over 인도")
    func leftmostLongest() {
        let text = Array("인도네시아와 인도".utf8)
        let chosen = ByteAutomaton.leftmostLongest(automaton.matches(in: text)).map { $0.pattern }
        #expect(chosen == [5, 4])
    }

    @Test("no patterns, no matches; empty patterns are ignored")
    func emptyInputs() {
        #expect(ByteAutomaton(patterns: []).matches(in: Array("abc".utf8)).isEmpty)
        #expect(ByteAutomaton(patterns: [[]]).matches(in: Array("abc".utf8)).isEmpty)
    }

    @Test("matches inside a sub-range only")
    func subRange() {
        let text = Array("she he".utf8)
        let found = text.withUnsafeBufferPointer { automaton.matches(in: $0, range: 3..<6) }
        #expect(found.map { [$0.start, $0.end] } == [[4, 6]])
    }
}
