@testable import CoopGraph
import Testing

@Suite("NameFold")
struct NameFoldTests {
    @Test("gives NodeID.fold's answer on simple and other names")
    func sameAsNodeID() {
        let names = ["제2차 한-일 철강협의회", "  한미  정상회담 ", "a\tb\nc", "포럼_", "포럼 _", "_ 포럼", "한·미 회담", "ＡＢ　회의",
                     "회의\u{00A0}개최", "x\u{2003}y", "", " ", "___", "CEPA 2024"]
        for n in names { #expect(NameFold.fold(n) == NodeID.fold(n), "\(n)") }
        #expect(NameFold.fold("  한미  정상회담 ") == "한미_정상회담")
        #expect(NameFold.fold("포럼 _") == "포럼")
        #expect(NameFold.make(kind: .agreement, name: "한-몽골 경제동반자협정") == "agreement:한-몽골_경제동반자협정")
        #expect(NameFold.make(kind: .country, name: "미국") == NodeID.make(kind: .country, name: "미국"))
    }
}
