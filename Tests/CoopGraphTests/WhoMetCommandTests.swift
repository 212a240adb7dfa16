import Testing
@testable import CoopGraph

@Suite("who-met command")
struct WhoMetCommandTests {
    typealias S = StoreTestSupport

    @Test("seed 002: everyone at the roundtable with 강인선, with date, document and sentence")
    func roundtable() throws {
        let (_, path) = try S.seededStore()
        let r = S.run(["who-met", "강인선"], store: path)
        #expect(r.status == 0)
        #expect(r.err == "")
        #expect(r.out == """
        COUNTERPART  KIND          DATE        EVENT                                     PLACE  DOCUMENT                  EVIDENCE
        외교부       ministry      2024-09-20  제2차 경제안보외교 민관합동 라운드테이블  -      002_3831a9fd0fdb2adc.txt  외교부는 9월 20일(금) 「제2차 경제안보외교 민관합동 라운드테이블」을 개최했다.
        서울대학교   organization  2024-09-20  제2차 경제안보외교 민관합동 라운드테이블  -      002_3831a9fd0fdb2adc.txt  (전문가) 서울대 화학생물공학부 최장욱 교수
        김희상       person        2024-09-20  제2차 경제안보외교 민관합동 라운드테이블  -      002_3831a9fd0fdb2adc.txt  ※ 참석자 : (정부) 외교부 강인선 2차관, 김희상 경제외교조정관 등
        최장욱       person        2024-09-20  제2차 경제안보외교 민관합동 라운드테이블  -      002_3831a9fd0fdb2adc.txt  (전문가) 서울대 화학생물공학부 최장욱 교수

        """)
    }

    @Test("a second document about the same event adds its participant; --kind and --json")
    func mergedEventJSON() throws {
        let (_, path) = try S.seededStore(followUp: true)
        let r = S.run(["who-met", "강인선", "--kind", "person", "--json"], store: path)
        #expect(r.status == 0)
        #expect(r.out.hasPrefix("[\n  {\n    \"counterpart\": \"김희상\",\n"))
        #expect(r.out.components(separatedBy: "\"counterpart\": ").dropFirst().map { $0.prefix { $0 != "," } } ==
                ["\"김희상\"", "\"임종우\"", "\"최장욱\""])
        #expect(r.out.contains("\"sentence\": \"서울대 화학부 임종우 교수도 라운드테이블에 참석했다.\",\n    \"document\": \"900_followup.txt\""))
        #expect(r.out.contains("\"place\": \"서울\""))
        let bodies = S.run(["who-met", "강인선", "--kind", "body"], store: path)
        #expect(bodies.out.split(separator: "\n").dropFirst().map { $0.prefix { $0 != " " } } == ["외교부", "서울대학교"])
    }

    @Test("--from and --to keep events whose date period overlaps the range")
    func dateRange() throws {
        let (_, path) = try S.seededStore()
        func count(_ extra: [String]) -> Int {
            S.run(["who-met", "강인선"] + extra, store: path).out.split(separator: "\n").count - 1
        }
        #expect(count(["--from", "2024-09"]) == 4)
        #expect(count(["--from", "2024-09-20", "--to", "2024-09-20"]) == 4)
        #expect(count(["--to", "2024"]) == 4)
        #expect(count(["--from", "2024-09-21"]) == 0)
        #expect(count(["--to", "2024-08"]) == 0)
    }

    @Test("unknown and ambiguous names fail with exit 1 and say what to do; bad options are usage errors")
    func errors() throws {
        let (store, path) = try S.seededStore()
        let unknown = S.run(["who-met", "홍길동"], store: path)
        #expect(unknown.status == 1)
        #expect(unknown.err == "coopgraph who-met: no entity named \"홍길동\" in the store; try `coopgraph search 홍길동`\n")
        var g = Graph()
        g.add(Node(kind: .institute, name: "외교부", evidence: [S.evidence("외교부", rule: "t")]))
        _ = try store.ingestBatch([S.item("other.txt", g)], ingestedAt: "2026-01-01T00:00:00Z")
        let ambiguous = S.run(["who-met", "외교 부"], store: path)
        #expect(ambiguous.status == 1)
        #expect(ambiguous.err == "coopgraph who-met: \"외교 부\" names several entities; use one of: institute:외교부, ministry:외교부\n")
        #expect(S.run(["who-met", "ministry:외교부"], store: path).status == 0)
        #expect(S.run(["who-met", "강인선", "--kind", "planet"], store: path).status == 64)
        #expect(S.run(["who-met", "강인선", "--from", "2024-13"], store: path).status == 64)
        #expect(S.run(["who-met"], store: path).status == 64)
    }
}
