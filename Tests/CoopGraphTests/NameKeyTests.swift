import Foundation
import Testing
@testable import CoopGraph

@Suite("NameKey")
struct NameKeyTests {
    @Test("spaces, ·-_ and case are ignored; decomposed Hangul equals composed")
    func normalise() {
        #expect(NameKey.make("한·일") == "한일")
        #expect(NameKey.make("한-일 정상 회담") == "한일정상회담")
        #expect(NameKey.make("Minerals_Security Partnership") == "mineralssecuritypartnership")
        #expect(NameKey.make("MSP") == NameKey.make("msp"))
        let decomposed = "\u{1100}\u{1161}\u{11BC}"  // 강 as jamo
        #expect(NameKey.make(decomposed) == "강")
        #expect(NameKey.make(" \t") == "")
    }
}
