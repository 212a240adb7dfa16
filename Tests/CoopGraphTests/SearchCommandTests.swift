import Testing
@testable import CoopGraph

@Suite("search command")
struct SearchCommandTests {
    typealias S = StoreTestSupport

    @Test("a substring of an alias finds the node and names the alias")
    func alias() throws {
        let (_, path) = try S.seededStore()
        #expect(S.run(["search", "유럽"], store: path).out == """
        ID               KIND          NAME  MATCHED ALIAS
        organization:EU  organization  EU    유럽연합

        """)
    }

    @Test("spacing is ignored: 라운드 테이블 finds both roundtables")
    func spacing() throws {
        let (_, path) = try S.seededStore(followUp: true)
        #expect(S.run(["search", "라운드 테이블"], store: path).out == """
        ID                                                         KIND   NAME                                      MATCHED ALIAS
        event:제1차_라운드테이블@2024-06-21                        event  제1차 라운드테이블                        -
        event:제2차_경제안보외교_민관합동_라운드테이블@2024-09-20  event  제2차 경제안보외교 민관합동 라운드테이블  -

        """)
        #expect(S.run(["search", "msp", "--json"], store: path).out == """
        [
          {
            "id": "agreement:핵심광물안보파트너십",
            "kind": "agreement",
            "name": "핵심광물안보파트너십",
            "matched_alias": "MSP"
          }
        ]

        """)
        #expect(S.run(["search", "zzz", "--json"], store: path).out == "[]\n")
    }
}
