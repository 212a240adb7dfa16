import Testing
@testable import CoopGraph

@Suite("timeline command")
struct TimelineCommandTests {
    typealias S = StoreTestSupport

    @Test("MSP (by alias): launch month, chair terms in date order, then undated chair and parties")
    func agreement() throws {
        let (_, path) = try S.seededStore()
        let r = S.run(["timeline", "MSP"], store: path)
        #expect(r.status == 0)
        #expect(r.out == """
        핵심광물안보파트너십 (agreement)
        DATE     WHAT    WHO/WHAT                   DETAIL             DOCUMENT
        2022-06  dated   핵심광물안보파트너십       partnership        002_3831a9fd0fdb2adc.txt
        2022-06  launch  핵심광물안보파트너십 출범  -                  002_3831a9fd0fdb2adc.txt
        2024-07  chair   한국                       2024-07 → 2025-07  002_3831a9fd0fdb2adc.txt
        undated  chair   미국                       -                  002_3831a9fd0fdb2adc.txt
        undated  party   EU                         -                  002_3831a9fd0fdb2adc.txt
        undated  party   노르웨이                   -                  002_3831a9fd0fdb2adc.txt
        undated  party   독일                       -                  002_3831a9fd0fdb2adc.txt
        undated  party   미국                       -                  002_3831a9fd0fdb2adc.txt
        undated  party   스웨덴                     -                  002_3831a9fd0fdb2adc.txt
        undated  party   에스토니아                 -                  002_3831a9fd0fdb2adc.txt
        undated  party   영국                       -                  002_3831a9fd0fdb2adc.txt
        undated  party   이탈리아                   -                  002_3831a9fd0fdb2adc.txt
        undated  party   인도                       -                  002_3831a9fd0fdb2adc.txt
        undated  party   일본                       -                  002_3831a9fd0fdb2adc.txt
        undated  party   캐나다                     -                  002_3831a9fd0fdb2adc.txt
        undated  party   프랑스                     -                  002_3831a9fd0fdb2adc.txt
        undated  party   핀란드                     -                  002_3831a9fd0fdb2adc.txt
        undated  party   한국                       -                  002_3831a9fd0fdb2adc.txt
        undated  party   호주                       -                  002_3831a9fd0fdb2adc.txt

        """)
    }

    @Test("a country's timeline lists its dated chair term; JSON")
    func countryJSON() throws {
        let (_, path) = try S.seededStore()
        let r = S.run(["timeline", "우리나라", "--json"], store: path)
        #expect(r.status == 0)
        #expect(r.out == """
        {
          "id": "country:한국",
          "kind": "country",
          "name": "한국",
          "entries": [
            {
              "date": "2024-07",
              "what": "chair",
              "subject": "핵심광물안보파트너십",
              "subject_id": "agreement:핵심광물안보파트너십",
              "detail": "2024-07 → 2025-07",
              "document": "002_3831a9fd0fdb2adc.txt"
            }
          ]
        }

        """)
    }

    @Test("a person's timeline lists the events they took part in, with place from a second document")
    func person() throws {
        let (_, path) = try S.seededStore(followUp: true)
        #expect(S.run(["timeline", "강인선"], store: path).out == """
        강인선 (person)
        DATE        WHAT     WHO/WHAT                                  DETAIL             DOCUMENT
        2024-09-20  meeting  제2차 경제안보외교 민관합동 라운드테이블  participant, 서울  002_3831a9fd0fdb2adc.txt

        """)
    }

    @Test("partial dates sort at the start of their period; undated entries last")
    func ordering() {
        func e(_ d: String?, _ s: String) -> TimelineEntry { TimelineEntry(date: d, what: "x", subject: s, subjectID: s, detail: "", document: nil) }
        let sorted = [e(nil, "a"), e("2022-06-15", "b"), e("2022-06", "c"), e("2022", "d"), e("2021-12-31", "e")].sorted(by: TimelineEntry.ordered)
        #expect(sorted.map(\.subject) == ["e", "d", "c", "b", "a"])
    }
}
