import Testing
@testable import CoopGraph

@Suite("show command")
struct ShowCommandTests {
    typealias S = StoreTestSupport

    @Test("show resolves a spaced name and lists aliases, properties, relations and mentions from both documents")
    func text() throws {
        let (_, path) = try S.seededStore(followUp: true)
        let r = S.run(["show", "강 인선"], store: path)
        #expect(r.status == 0)
        #expect(r.out == """
        강인선 (person)
        id: person:강인선
        aliases: 강인선 차관
        title: 2차관

        relations:
           RELATION         OTHER                                     KIND      PROPERTIES
        →  affiliated_with  외교부                                    ministry  title=2차관
        →  participated_in  제2차 경제안보외교 민관합동 라운드테이블  event     -

        mentions:
        DOCUMENT                  SPAN       RULE             SENTENCE
        002_3831a9fd0fdb2adc.txt  670..<759  person.title     ※ 참석자 : (정부) 외교부 강인선 2차관, 김희상 경제외교조정관 등
        900_followup.txt          0..<0      event.attendees  서울대 화학부 임종우 교수도 라운드테이블에 참석했다.

        """)
    }

    @Test("show --json by ID")
    func json() throws {
        let (_, path) = try S.seededStore()
        #expect(S.run(["show", "person:강인선", "--json"], store: path).out == """
        {
          "id": "person:강인선",
          "kind": "person",
          "name": "강인선",
          "aliases": [],
          "properties": {
            "title": "2차관"
          },
          "relations": [
            {
              "direction": "out",
              "relation": "affiliated_with",
              "other": "외교부",
              "other_id": "ministry:외교부",
              "other_kind": "ministry",
              "properties": {
                "title": "2차관"
              }
            },
            {
              "direction": "out",
              "relation": "participated_in",
              "other": "제2차 경제안보외교 민관합동 라운드테이블",
              "other_id": "event:제2차_경제안보외교_민관합동_라운드테이블@2024-09-20",
              "other_kind": "event",
              "properties": {}
            }
          ],
          "mentions": [
            {
              "document": "002_3831a9fd0fdb2adc.txt",
              "span_start": 670,
              "span_end": 759,
              "rule": "person.title",
              "sentence": "※ 참석자 : (정부) 외교부 강인선 2차관, 김희상 경제외교조정관 등"
            }
          ]
        }

        """)
    }

    @Test("an unknown name exits 1 with a hint; a missing store says how to build one")
    func errors() throws {
        let (_, path) = try S.seededStore()
        #expect(S.run(["show", "없는이름"], store: path).status == 1)
        let missing = S.run(["show", "강인선"], store: path + ".absent")
        #expect(missing.status == 1)
        #expect(missing.err.contains("no store here; build one with `coopgraph ingest"))
    }
}
