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

    @Test("matches at one start: every pattern beginning there, shortest first, within the bound")
    func startingAt() {
        let text = Array("hers 인도네시아".utf8)
        text.withUnsafeBufferPointer { b in
            var out: [ByteAutomaton.Match] = []
            automaton.matches(in: b, startingAt: 0, upper: b.count, into: &out)
            #expect(out.map { [$0.start, $0.end, $0.pattern] } == [[0, 2, 0], [0, 4, 3]])
            out = []
            automaton.matches(in: b, startingAt: 0, upper: 3, into: &out)
            #expect(out.map { [$0.start, $0.end, $0.pattern] } == [[0, 2, 0]])
            out = []
            automaton.matches(in: b, startingAt: 5, upper: b.count, into: &out)
            #expect(out.map { [$0.start, $0.end, $0.pattern] } == [[5, 11, 4], [5, 20, 5]])
            out = []
            automaton.matches(in: b, startingAt: 1, upper: b.count, into: &out)
            #expect(out.isEmpty)
        }
        #expect(automaton.canStart(with: UInt8(ascii: "h")))
        #expect(!automaton.canStart(with: UInt8(ascii: "e")))
    }

    @Test("walks from every start find what the automaton finds")
    func startingAtAgreesWithScan() {
        let text = Array("ushers and his 인도와 인도네시아 she".utf8)
        text.withUnsafeBufferPointer { b in
            var walked: [ByteAutomaton.Match] = []
            for i in 0..<b.count { automaton.matches(in: b, startingAt: i, upper: b.count, into: &walked) }
            let scanned = automaton.matches(in: b, range: 0..<b.count)
            let key = { (m: ByteAutomaton.Match) in [m.start, m.end, m.pattern] }
            #expect(walked.map(key).sorted { $0.lexicographicallyPrecedes($1) } == scanned.map(key).sorted { $0.lexicographicallyPrecedes($1) })
            #expect(walked.count == 9)
        }
    }

    @Test("longest match at a start, within the bound; Hangul syllables taken whole")
    func longestMatch() {
        let forms = ByteAutomaton(patterns: ["한", "한국", "한국가스공사", "미", "EU"].map { Array($0.utf8) })
        let text = Array("한국가스공사와 한국가 EU 미국 일본".utf8)
        text.withUnsafeBufferPointer { b in
            let at = { (start: Int, upper: Int) in forms.longestMatch(in: b, startingAt: start, upper: upper).map { [$0.end, $0.pattern] } }
            #expect(at(0, 21) == [18, 2])
            #expect(at(0, 15) == [6, 1])
            #expect(at(0, 3) == [3, 0])
            #expect(at(0, 2) == nil)
            #expect(at(22, 31) == [28, 1])
            #expect(at(32, 34) == [34, 4])
            #expect(at(35, 41) == [38, 3])
            #expect(at(42, 48) == nil)
            #expect(at(3, 21) == nil)
        }
    }

    @Test("walks agree with the scan where syllable filters apply: whole syllables, shared openings, other scalars")
    func startingAtFilters() {
        let patterns = ["한국", "한", "대한민국", "대한상공회의소", "국가", "한A", "국가기술표준원", "미국"].map { Array($0.utf8) }
        let a = ByteAutomaton(patterns: patterns)
        let text = Array("한국과 한일 대한민국 대한항공 국가 국민 한A 한B 국가기술표준원장 미국측 미래".utf8)
        text.withUnsafeBufferPointer { b in
            var walked: [ByteAutomaton.Match] = []
            for i in 0..<b.count { a.matches(in: b, startingAt: i, upper: b.count, into: &walked) }
            let key = { (m: ByteAutomaton.Match) in [m.start, m.end, m.pattern] }
            let scanned = a.matches(in: b, range: 0..<b.count).map(key).sorted { $0.lexicographicallyPrecedes($1) }
            #expect(walked.map(key).sorted { $0.lexicographicallyPrecedes($1) } == scanned)
            #expect(walked.map { $0.pattern }.sorted() == [0, 1, 1, 1, 1, 1, 1, 2, 4, 4, 5, 6, 7])
        }
    }

    @Test("hashed syllable steps agree with the scan: mixed scripts inside names, shared bytes, bounds inside words")
    func syllableSteps() {
        let patterns = ["한국가스공사", "한국가스", "한·미", "한美협회", "가스A공사", "국제원자력기구", "국제", "국제원자력기구",
                        "원자력", "스공"].map { Array($0.utf8) }
        let a = ByteAutomaton(patterns: patterns)
        let text = Array("한국가스공사는 한·미 한美협회 가스A공사 국제원자력기구와 국제원자 원자력안전 가스공".utf8)
        text.withUnsafeBufferPointer { b in
            for upper in [b.count, b.count - 3, 40, 17] {
                var walked: [ByteAutomaton.Match] = []
                for i in 0..<upper { a.matches(in: b, startingAt: i, upper: upper, into: &walked) }
                let key = { (m: ByteAutomaton.Match) in [m.start, m.end, m.pattern] }
                let scanned = a.matches(in: b, range: 0..<upper).map(key).sorted { $0.lexicographicallyPrecedes($1) }
                #expect(walked.map(key).sorted { $0.lexicographicallyPrecedes($1) } == scanned)
            }
            var all: [ByteAutomaton.Match] = []
            for i in 0..<b.count { a.matches(in: b, startingAt: i, upper: b.count, into: &all) }
            #expect(all.map { $0.pattern }.sorted() == [0, 1, 2, 3, 4, 5, 6, 6, 7, 8, 8, 9, 9])
        }
    }

    @Test("leftmost-longest chooses the same from matches in start order (no sort) as from any order")
    func leftmostLongestInStartOrder() {
        let m = { (s: Int, e: Int, p: Int) in ByteAutomaton.Match(start: s, end: e, pattern: p) }
        // Walk order: by start, shortest first; equal ends in pattern order, and a later lower pattern.
        let ordered = [m(0, 3, 4), m(0, 6, 2), m(0, 6, 1), m(3, 9, 0), m(6, 9, 3), m(6, 12, 5), m(6, 12, 7), m(12, 15, 8)]
        let expected = [[0, 6, 1], [6, 12, 5], [12, 15, 8]]
        let key = { (x: ByteAutomaton.Match) in [x.start, x.end, x.pattern] }
        #expect(ByteAutomaton.isInStartOrder(ordered))
        #expect(ByteAutomaton.leftmostLongest(ordered).map(key) == expected)
        let shuffled = [ordered[5], ordered[0], ordered[7], ordered[2], ordered[4], ordered[1], ordered[6], ordered[3]]
        #expect(!ByteAutomaton.isInStartOrder(shuffled))
        #expect(ByteAutomaton.leftmostLongest(shuffled).map(key) == expected)
        #expect(ByteAutomaton.leftmostLongest([]).isEmpty)
    }

    @Test("the in-place choice: leftmost first, longest then lowest pattern at a start; in start order or not", arguments: [
        ([(0, 6, 3), (0, 9, 1), (0, 9, 0), (6, 12, 2), (9, 15, 4), (15, 18, 5)], [(0, 9, 0), (9, 15, 4), (15, 18, 5)]),
        ([(3, 6, 0), (3, 6, 1), (6, 9, 2)], [(3, 6, 0), (6, 9, 2)]),
        ([(9, 12, 0), (0, 6, 1), (3, 9, 2)], [(0, 6, 1), (9, 12, 0)]),
        ([], []),
    ])
    func chooseInPlace(spans: [(Int, Int, Int)], expected: [(Int, Int, Int)]) {
        func m(_ s: [(Int, Int, Int)]) -> [ByteAutomaton.Match] { s.map { ByteAutomaton.Match(start: $0.0, end: $0.1, pattern: $0.2) } }
        let matches = m(spans)
        var buffer = matches
        let chosen = ByteAutomaton.leftmostLongest(inPlace: &buffer)
        #expect(chosen == m(expected))
        #expect(ByteAutomaton.leftmostLongest(matches) == m(expected))
        // In start order the choice is written over the buffer; otherwise the buffer is left as it was.
        #expect(buffer == (ByteAutomaton.isInStartOrder(matches) ? chosen : matches))
    }
}
