import Testing
@testable import CoopGraph

@Suite struct SameTextProbeTests {
    @Test func answersAsEquality() {
        let texts = ["외교부", "외교부 ", "한", "\u{1112}\u{1161}\u{11AB}", "MOU", "mou", "", "e\u{301}", "é", "ㅇ", "○ 회의", "K", "\u{212A}"]
        for a in texts {
            let probe = SameTextProbe(a)
            for b in texts { #expect(probe.matches(b) == (a == b), "\(a) \(b)") }
        }
        #expect(SameTextProbe("한").matches("\u{1112}\u{1161}\u{11AB}"))
        #expect(!SameTextProbe("한국").matches("한"))
    }

    @Test func isInAnswersAsContains() {
        let set: Set<String> = ["정상회담", "\u{1112}\u{1161}\u{11AB}-일 회의"]
        for probe in ["정상회담", "한-일 회의", "회의", ""] {
            #expect(SameTextProbe(probe).isIn(set) == set.contains(probe), "\(probe)")
        }
        #expect(SameTextProbe("한-일 회의").isIn(set))
        #expect(!SameTextProbe("회의").isIn([]))
    }
}
