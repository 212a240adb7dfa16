import Testing
@testable import CoopGraph

@Suite struct SetSameTextTests {
    @Test func answersAsContains() {
        let set: Set<String> = ["정상회담", "회담", "\u{1112}\u{1161}\u{11AB}-일 회의"]
        for probe in ["정상회담", "회담", "회의", "", "한-일 회의", "\u{1112}\u{1161}\u{11AB}-일 회의", "정상"] {
            #expect(set.containsSameText(probe) == set.contains(probe), "\(probe)")
        }
        #expect(set.containsSameText("한-일 회의"))
        #expect(!Set<String>().containsSameText("회의"))
    }
}
