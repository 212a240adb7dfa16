@testable import CoopGraph
import Testing

@Suite("CueHits")
struct CueHitsTests {
    func text(_ s: String, _ table: [(String, NodeKind, String)] = []) -> EventText {
        EventText(document: SeedDocuments.document(text: s, date: nil), mentions: SeedDocuments.mentions(in: s, table), dates: [])
    }

    @Test("a cue counts only wholly inside the range: the bounds are exact")
    func bounds() {
        let s = "장관은 축사에서 협력을 강조했다"
        let t = text(s)
        let k = t.find(Array("강조".utf8), in: SourceRange(0, s.utf8.count)) ?? -1
        #expect(t.cues.contains(EventCues.speechCues, in: SourceRange(k, k + 6)))
        #expect(!t.cues.contains(EventCues.speechCues, in: SourceRange(k, k + 5)))
        #expect(!t.cues.contains(EventCues.speechCues, in: SourceRange(k + 1, s.utf8.count)))
        #expect(t.cues.contains(EventCues.speechCues, in: SourceRange(0, s.utf8.count)))
        #expect(!t.cues.contains(EventCues.plannedCues, in: SourceRange(0, s.utf8.count)))
    }

    @Test("a cue inside an entity mention does not count; another occurrence outside does")
    func insideMention() {
        let s = "유엔환경계획은 회의를 열었다"
        let t = text(s, [("유엔환경계획", .organization, "유엔환경계획")])
        #expect(!t.containsAny(EventCues.plannedCues, in: SourceRange(0, s.utf8.count)))
        let s2 = "유엔환경계획은 회의를 열 계획이다"
        let t2 = text(s2, [("유엔환경계획", .organization, "유엔환경계획")])
        #expect(t2.containsAny(EventCues.plannedCues, in: SourceRange(0, s2.utf8.count)))
    }

    @Test("every list gives the answer of the word-by-word search, over every range of a text")
    func sameAsSearch() {
        let s = "양국은 오는 10월 서울에서 회담을 개최할 예정이며, 참석자 : 외교부 장관. 업무협약을 체결했고 가입 참여 중인 의장국이 취소되었다 까지 양국 간 회원"
        let t = text(s, [("외교부", .ministry, "외교부"), ("서울", .organization, "서울")])
        let lists: [CueList] = [EventCues.eventVerbs, EventCues.plannedCues, EventCues.negatedCues, EventCues.attendedOrSpoke,
                                EventCues.attendeeLabels, EventCues.hostingVerbs, EventCues.ongoingMembership, EventCues.rangeEnds,
                                EventCues.agreementPlanned, EventCues.agreementSigned, EventCues.chairCues, EventCues.bothSides,
                                EventCues.memberWords, EventCues.membershipCues]
        let n = s.utf8.count
        var checked = 0, found = 0
        for list in lists {
            for lo in stride(from: 0, to: n, by: 5) {
                for hi in stride(from: lo, through: n, by: 7) {
                    let r = SourceRange(lo, hi)
                    let fast = t.containsAny(list, in: r)
                    #expect(fast == t.containsAny(list.words, in: r))
                    checked += 1
                    if fast { found += 1 }
                }
            }
        }
        #expect(checked > 1000)
        #expect(found > 100)
    }

    @Test("every list's words are in the table: no list falls back to the byte search")
    func complete() {
        for list in [EventCues.eventVerbs, EventCues.attendedOrSpoke, EventCues.bothSides, EventCues.memberWords, EventCues.agreementInForce] {
            #expect(list.unindexed.isEmpty)
            #expect(list.patterns.map { EventCues.words[$0] } == list.words)
        }
        #expect(Set(EventCues.words).count == EventCues.words.count)
    }

    @Test("a list with a word missing from the table still finds it")
    func unindexed() {
        let list = CueList(["없는말", "강조"])
        #expect(list.unindexed == [Array("없는말".utf8)])
        let s = "여기 없는말 있다"
        #expect(text(s).containsAny(list, in: SourceRange(0, s.utf8.count)))
    }

    @Test("event triggers: the longest at each start, in text order; 행사 only after a non-syllable")
    func eventTriggers() {
        let s = "공동토론회와 출범식 행사, 기념행사 및 회의"
        let t = text(s)
        var out: [String] = []
        var from = 0
        while let h = t.cues.eventTrigger(from: from) {
            out.append("\(h.start):\(h.trigger.word)\(h.generic ? "*" : "")")
            from = h.start + 1
        }
        let b = Array(s.utf8)
        func at(_ w: String, _ n: Int = 0) -> Int {
            var k = -1
            for _ in 0...n { k = t.find(Array(w.utf8), in: SourceRange(k + 1, b.count)) ?? -1 }
            return k
        }
        // 토론회 inside 공동토론회 starts later and is reported too; 행사 in 기념행사 follows a syllable.
        #expect(out == ["\(at("공동토론회")):공동토론회", "\(at("토론회")):토론회", "\(at("출범식")):출범식", "\(at("행사")):행사*",
                        "\(at("회의")):회의"])
    }

    @Test("agreement triggers: every one at the first start from an offset, longest first")
    func agreementTriggers() {
        let s = "공동성명서 및 공급계약, MOU"
        let t = text(s)
        let first = t.cues.agreementTriggers(from: 0)
        #expect(first?.start == 0)
        #expect(first?.triggers.map(\.word) == ["공동성명서", "공동성명"])
        let k = t.find(Array("공급계약".utf8), in: SourceRange(0, s.utf8.count)) ?? -1
        #expect(t.cues.agreementTriggers(from: 1)?.start == k)
        #expect(t.cues.agreementTriggers(from: k + 1)?.triggers.map(\.word) == ["계약"])
        #expect(t.cues.agreementTriggers(from: k + 7)?.triggers.map(\.word) == ["MOU"])
        #expect(t.cues.agreementTriggers(from: s.utf8.count) == nil)
    }

    @Test("slotted lists: each knows its slot, and the merged look-up answers as one search per word")
    func slots() {
        for (k, list) in EventCues.slotted.enumerated() { #expect(list.slot == k) }
        #expect(EventCues.speechCues.slot >= 0 && EventCues.agreementVerbs.slot >= 0)
        #expect(EventCues.launchWord.slot == -1)
        let s = "양측은 협정에 서명했다. 유엔환경계획은 체결을 계획 중이다"
        let t = text(s, [("유엔환경계획", .organization, "유엔환경계획")])
        let n = s.utf8.count
        for list in EventCues.slotted {
            for lo in stride(from: 0, to: n, by: 3) {
                for hi in stride(from: lo, through: n, by: 2) {
                    let r = SourceRange(lo, hi)
                    #expect(t.cues.contains(list, in: r) == list.patterns.contains { t.cues.contains(pattern: $0, in: r) })
                }
            }
        }
    }

    @Test("trigger starts alone: the same offsets as the full look-ups, at every offset of a text")
    func triggerStarts() {
        let s = "양국은 업무협약(MOU)을 체결하고 이날 행사에서 정상회담과 포럼을 열었다. 공동성명 발표"
        let t = text(s)
        var seen = 0
        for i in 0...(s.utf8.count + 1) {
            #expect(t.cues.eventTriggerStart(from: i) == t.cues.eventTrigger(from: i)?.start, "\(i)")
            #expect(t.cues.agreementTriggerStart(from: i) == t.cues.agreementTriggers(from: i)?.start, "\(i)")
            if t.cues.agreementTriggerStart(from: i) != nil { seen += 1 }
        }
        #expect(seen > 0)
        #expect(t.cues.eventTriggerStart(from: s.utf8.count) == nil)
    }

    @Test("an anchor's occurrences in a range are those a search restarted after each one finds, mentions included")
    func anchorOccurrences() {
        let s = "각각각각 만나 만났다 선출된 각각 면담. 만나만나 끝 각각 「행사」」 기탁기탁 (참석(참(참"
        let t = text(s, [("만나", .person, "만나")])
        let b = Array(s.utf8)
        let n = b.count
        for anchor in EventCues.anchors {
            guard let p = EventCues.byteIndex[anchor] else { Issue.record("anchor not scanned"); continue }
            #expect(t.cues.occurs(p) == (b.withUnsafeBufferPointer { ByteSearch.firstIndex(of: anchor, in: $0) } != nil))
            for lo in 0...n {
                for hi in lo...n {
                    var found: [Int] = []
                    t.cues.forEachOccurrence(of: p, in: lo..<hi) { found.append($0) }
                    var expected: [Int] = []
                    var from = lo
                    while from + anchor.count <= hi {
                        if Array(b[from..<(from + anchor.count)]) == anchor { expected.append(from); from += anchor.count } else { from += 1 }
                    }
                    #expect(found == expected, "\(String(decoding: anchor, as: UTF8.self)) in \(lo)..<\(hi)")
                }
            }
        }
    }
}

