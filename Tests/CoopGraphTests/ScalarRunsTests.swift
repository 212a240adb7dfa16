import Testing
@testable import CoopGraph

@Suite("ScalarRuns")
struct ScalarRunsTests {
    static func runs(_ text: String, from lower: Int = 0) -> [ScalarRuns.Run] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { ScalarRuns(bytes: $0, lower: lower, upper: $0.count).runs }
    }

    @Test("A sentence is cut into maximal runs of one class, tiling it")
    func classes() {
        // 한미(韓美) EU 2차관 ·: Hangul 6 bytes, "(" 1, Hanja 6, ")" + blank 2, Latin 2, blank 1,
        // digit 1, Hangul 6, blank + middle dot 3.
        let runs = Self.runs("한미(韓美) EU 2차관 ·")
        #expect(runs == [
            .init(lo: 0, hi: 6, kind: .hangul), .init(lo: 6, hi: 7, kind: .other), .init(lo: 7, hi: 13, kind: .hanja),
            .init(lo: 13, hi: 15, kind: .other), .init(lo: 15, hi: 17, kind: .latin), .init(lo: 17, hi: 18, kind: .other),
            .init(lo: 18, hi: 19, kind: .digit), .init(lo: 19, hi: 25, kind: .hangul), .init(lo: 25, hi: 28, kind: .other),
        ])
    }

    @Test("Runs start at the lower bound and word starts follow the previous run's class")
    func wordStarts() {
        let bytes = Array("x 외교부2과 A장관".utf8)
        bytes.withUnsafeBufferPointer { b in
            let scan = ScalarRuns(bytes: b, lower: 2, upper: b.count)
            #expect(scan.runs.map(\.kind) == [.hangul, .digit, .hangul, .other, .latin, .hangul])
            #expect(scan.runs.first?.lo == 2)
            #expect(scan.runs.indices.map { scan.isWordStart($0) } == [true, false, false, false, true, false])
        }
    }

    @Test("The first and last Hangul syllables are syllables; the jamo and Hanja beside them are not")
    func syllableEdges() {
        // 가 (AC00) and 힣 (D7A3) are syllables; ힰ (D7B0, jamo extended B) and ꯀ (ABC0) are others.
        #expect(Self.runs("가힣").map(\.kind) == [.hangul])
        #expect(Self.runs("힣\u{D7B0}").map(\.kind) == [.hangul, .other])
        #expect(Self.runs("\u{ABC0}가").map(\.kind) == [.other, .hangul])
        #expect(Self.runs("韓가").map(\.kind) == [.hanja, .hangul])
    }

    @Test("Cutting into a reused buffer appends the same runs as a fresh cut")
    func cutInto() {
        let bytes = Array("외교부 2차관(EU)".utf8)
        bytes.withUnsafeBufferPointer { b in
            var store: [ScalarRuns.Run] = [.init(lo: 0, hi: 1, kind: .other)]
            store.removeAll(keepingCapacity: true)
            ScalarRuns.cut(b, 0, b.count, into: &store)
            #expect(store == ScalarRuns(bytes: b, lower: 0, upper: b.count).runs)
            #expect(store.map(\.kind) == [.hangul, .other, .digit, .hangul, .other, .latin, .other])
        }
    }

    @Test("An empty range has no runs; a lone syllable is one run")
    func edges() {
        #expect(Self.runs("").isEmpty)
        #expect(Self.runs("장") == [.init(lo: 0, hi: 3, kind: .hangul)])
    }
}
