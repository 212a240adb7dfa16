@testable import CoopGraph
import Testing

@Suite("String+Korea")
struct StringKoreaTests {
    @Test("isKorea answers as == \"한국\" for the precomposed, decomposed and mixed spellings and for other names")
    func sameAsEquality() {
        let decomposed = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}"
        let mixed = "한\u{1100}\u{116E}\u{11A8}"
        let partly = "\u{1112}\u{1161}\u{11AB}국"
        let others = ["미국", "한국어", "대한민국", "한", "국", "", "Korea", "러시아", "한국 ", "\u{1112}\u{1161}\u{11AB}", "중국"]
        for s in ["한국", decomposed, mixed, partly] + others {
            #expect(s.isKorea == (s == "한국"), "\(s)")
        }
        #expect("한국".isKorea && decomposed.isKorea && mixed.isKorea && partly.isKorea)
        #expect(!"미국".isKorea && !"한국어".isKorea)
    }
}
