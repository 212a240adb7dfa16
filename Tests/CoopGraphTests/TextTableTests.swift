import Testing
@testable import CoopGraph

@Suite("TextTable")
struct TextTableTests {
    @Test("Hangul counts two columns; the last column is not padded; line breaks in cells become spaces")
    func align() {
        var t = TextTable(headers: ["NAME", "KIND", "NOTE"])
        t.add(["강인선", "person", "a\nb"])
        t.add(["EU", "organization", ""])
        #expect(t.rendered() == """
        NAME    KIND          NOTE
        강인선  person        a b
        EU      organization

        """)
        #expect(TextTable.displayWidth("핵심광물 MSP") == 12)
    }
}
