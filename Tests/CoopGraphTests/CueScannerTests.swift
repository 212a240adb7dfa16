@testable import CoopGraph
import Testing

@Suite("CueScanner")
struct CueScannerTests {
    static func sorted(_ m: [ByteAutomaton.Match]) -> [ByteAutomaton.Match] {
        m.sorted { ($0.start, $0.end, $0.pattern) < ($1.start, $1.end, $1.pattern) }
    }

    @Test("finds what the automaton finds: overlapping, nested, Latin and syllable-initial words")
    func sameAsAutomaton() {
        let words = ["공동성명서", "공동성명", "성명", "MOU", "CEPA", "EPA", "양국 ", "에서", "서울", "ㆍ", "·", "a"]
        let patterns = words.map { Array($0.utf8) }
        let text = "양국 공동성명서와 CEPA·EPA, MOU를 서울에서 교환ㆍ서명했다 aa 양국"
        let scanner = CueScanner(patterns: patterns)
        let automaton = ByteAutomaton(patterns: patterns)
        let bytes = Array(text.utf8)
        let fast = bytes.withUnsafeBufferPointer { scanner.matches(in: $0) }
        #expect(Self.sorted(fast) == Self.sorted(automaton.matches(in: bytes)))
        #expect(fast.count == 14)
        #expect(fast.map(\.start) == fast.map(\.start).sorted())
    }

    @Test("the event cue table gives the automaton's answer on a real sentence mix")
    func eventCues() {
        let text = "산업부는 9월 21일 서울에서 「제1회 한-일 그린 철강 공동토론회」를 개최했다고 밝혔다. 양측은 업무협약(MOU)을 체결할 예정이며 행사에는 참석자 : 외교부"
        let patterns = EventCues.words.map { Array($0.utf8) }
        let bytes = Array(text.utf8)
        let fast = bytes.withUnsafeBufferPointer { EventCues.scanner.matches(in: $0) }
        #expect(Self.sorted(fast) == Self.sorted(ByteAutomaton(patterns: patterns).matches(in: bytes)))
        #expect(fast.count > 10)
    }

    @Test("the walk from character to character misses no word after two-, three- and four-byte characters")
    func mixedWidths() {
        let words = ["성명", "MOU", "é", "😀", "a"]
        let patterns = words.map { Array($0.utf8) }
        let text = "é성명😀MOU ㆍa café😀성명 ü😀a 성명"
        let scanner = CueScanner(patterns: patterns)
        let bytes = Array(text.utf8)
        let fast = bytes.withUnsafeBufferPointer { scanner.matches(in: $0) }
        #expect(Self.sorted(fast) == Self.sorted(ByteAutomaton(patterns: patterns).matches(in: bytes)))
        #expect(fast.map(\.pattern) == [2, 0, 3, 1, 4, 4, 2, 3, 0, 3, 4, 0])
    }

    @Test("a word cut off by the end of the text is not found")
    func truncated() {
        let scanner = CueScanner(patterns: [Array("공동성명".utf8)])
        let bytes = Array("공동성명".utf8).dropLast(1)
        #expect(Array(bytes).withUnsafeBufferPointer { scanner.matches(in: $0) }.isEmpty)
    }
}
