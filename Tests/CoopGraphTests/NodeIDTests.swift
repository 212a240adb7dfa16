import Testing
@testable import CoopGraph

@Suite("NodeID")
struct NodeIDTests {
    @Test("kind and name, white space folded to one _, none at the ends", arguments: [
        ("일본 경제산업성", "ministry:일본_경제산업성"),
        ("  미국\t\t에너지부 \n", "ministry:미국_에너지부"),
        ("한국\u{3000}가스공사", "ministry:한국_가스공사"),
        ("A\u{00A0}B\u{2009}C", "ministry:A_B_C"),
        ("산업통상자원부", "ministry:산업통상자원부"),
        ("name_", "ministry:name"),
        ("_name", "ministry:_name"),
        ("韓·美 — ㄱ", "ministry:韓·美_—_ㄱ"),
    ])
    func make(name: String, id: String) {
        #expect(NodeID.make(kind: .ministry, name: name) == id)
    }

    @Test("a qualifier is folded and joined with @")
    func qualifier() {
        #expect(NodeID.make(kind: .event, name: "한미 회담", qualifier: "2024 05") == "event:한미_회담@2024_05")
        #expect(NodeID.make(kind: .event, name: "회담", qualifier: "") == "event:회담")
    }

    @Test("the byte test says unchanged only where folding changes nothing", arguments: [
        "산업통상자원부", "KOTRA", "a b", "a\u{0085}b", "a\u{1680}b", "a\u{205F}b", "a\u{3000}b", "x_", "—", "ㆍ", "",
    ])
    func fastPath(name: String) {
        if NodeID.isFolded(name) { #expect(NodeID.fold(name) == name) }
        #expect(NodeID.isFolded("산업통상자원부"))
        #expect(!NodeID.isFolded("a b"))
    }

    @Test("folding on bytes gives what folding scalar by scalar gives, on simple and other names")
    func bytePathSameAsScalars() {
        let names = ["제2차 한-일 철강협의회", "  한미  정상회담 ", "a\tb\nc", "포럼_", "포럼 _", "_ 포럼", "한·미 회담", "ＡＢ　회의",
                     "회의\u{00A0}개최", "x\u{2003}y", "", " ", "___", "CEPA 2024", "a\rb"]
        for n in names { #expect(NodeID.fold(n) == NodeID.foldScalars(n), "\(n)") }
        #expect(NodeID.fold("  한미  정상회담 ") == "한미_정상회담")
        #expect(NodeID.fold("포럼 _") == "포럼")
        #expect(NodeID.make(kind: .agreement, name: "한-몽골 경제동반자협정") == "agreement:한-몽골_경제동반자협정")
    }
}
