import Testing
@testable import CoopGraph

@Suite("stats command")
struct StatsCommandTests {
    typealias S = StoreTestSupport

    @Test("counts by status, kind and relation, and the dates covered")
    func table() throws {
        let (_, path) = try S.seededStore(followUp: true)
        #expect(S.run(["stats"], store: path).out == """
        WHAT               COUNT
        documents          2
          extracted        2
        nodes              25
          country          14
          ministry         1
          organization     2
          person           4
          agreement        1
          event            3
        edges              27
          about            1
          affiliated_with  3
          chairs           2
          organized        1
          participated_in  5
          party_to         15
        mentions           55
        events and agreements dated: 2022-06 … 2024-09-20

        """)
    }

    @Test("stats --json")
    func json() throws {
        let (_, path) = try S.seededStore(followUp: true)
        #expect(S.run(["stats", "--json"], store: path).out == """
        {
          "documents": 2,
          "documents_by_status": {
            "extracted": 2
          },
          "nodes": 25,
          "nodes_by_kind": {
            "agreement": 1,
            "country": 14,
            "event": 3,
            "ministry": 1,
            "organization": 2,
            "person": 4
          },
          "edges": 27,
          "edges_by_relation": {
            "about": 1,
            "affiliated_with": 3,
            "chairs": 2,
            "organized": 1,
            "participated_in": 5,
            "party_to": 15
          },
          "mentions": 55,
          "document_dates": null,
          "fact_dates": {
            "first": "2022-06",
            "last": "2024-09-20"
          }
        }

        """)
        #expect(S.run(["stats", "extra"], store: path).status == 64)
    }
}
