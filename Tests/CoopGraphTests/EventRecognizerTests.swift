@testable import CoopGraph
import Testing

@Suite("EventRecognizer")
struct EventRecognizerTests {
    typealias Table = [(String, NodeKind, String)]

    static let seed000: Table = [
        ("한국철강협회", .organization, "한국철강협회"), ("일본철강연맹", .organization, "일본철강연맹"), ("포스코", .organization, "포스코"),
        ("일본 제철", .organization, "일본제철"), ("서울과기대", .organization, "서울과학기술대학교"), ("이상준", .person, "이상준"),
        ("한국금속재료연구조합", .organization, "한국금속재료연구조합"), ("산업통상자원부", .ministry, "산업통상자원부"),
        ("방문규", .person, "방문규"), ("오충종", .person, "오충종"), ("변영만", .person, "변영만"),
        ("일본 경제산업성", .ministry, "일본 경제산업성"), ("마츠노 다이스케", .person, "마츠노 다이스케"), ("이즈미야마", .person, "이즈미야마"),
        ("도쿄", .organization, "__never__"),
    ].filter { $0.2 != "__never__" }
    static let seed001: Table = [
        ("한국생산기술연구원", .institute, "한국생산기술연구원"), ("생기원", .institute, "한국생산기술연구원"),
        ("생산기술연구원", .institute, "한국생산기술연구원"),
        ("국가희소금속센터", .institute, "국가희소금속센터"), ("희소금속센터", .institute, "국가희소금속센터"),
        ("산업통상자원부", .ministry, "산업통상자원부"), ("산업부", .ministry, "산업통상자원부"), ("방문규", .person, "방문규"),
        ("우즈벡", .country, "우즈베키스탄"), ("인니", .country, "인도네시아"), ("이승렬", .person, "이승렬"), ("이상목", .person, "이상목"),
    ]
    static let seed002: Table = [
        ("외교부", .ministry, "외교부"), ("강인선", .person, "강인선"), ("김희상", .person, "김희상"),
        ("광해공업공단", .institute, "한국광해광업공단"), ("지질자원연구원", .institute, "한국지질자원연구원"),
        ("서울대", .organization, "서울대학교"), ("최장욱", .person, "최장욱"), ("임종우", .person, "임종우"), ("성균관대", .organization, "성균관대학교"),
        ("김인욱", .person, "김인욱"), ("서강대", .organization, "서강대학교"), ("하상응", .person, "하상응"), ("연세대", .organization, "연세대학교"),
        ("김성국", .person, "김성국"), ("우리나라", .country, "한국"), ("한국", .country, "한국"), ("미국", .country, "미국"), ("영국", .country, "영국"),
        ("일본", .country, "일본"), ("캐나다", .country, "캐나다"), ("스웨덴", .country, "스웨덴"), ("프랑스", .country, "프랑스"),
        ("호주", .country, "호주"), ("핀란드", .country, "핀란드"), ("독일", .country, "독일"), ("노르웨이", .country, "노르웨이"),
        ("이탈리아", .country, "이탈리아"), ("인도", .country, "인도"), ("에스토니아", .country, "에스토니아"), ("EU", .organization, "EU"),
    ]
    static let seed003: Table = [
        ("산업통상자원부", .ministry, "산업통상자원부"), ("산업부", .ministry, "산업통상자원부"), ("문승욱", .person, "문승욱"),
        ("박진규", .person, "박진규"), ("김종주", .person, "김종주"), ("노형철", .person, "노형철"),
        ("한국산업기술진흥원", .institute, "한국산업기술진흥원"), ("전자통신연구원", .institute, "한국전자통신연구원"),
        ("생산기술연구원", .institute, "한국생산기술연구원"), ("기계연구원", .institute, "한국기계연구원"), ("화학연구원", .institute, "한국화학연구원"),
        ("자동차연구원", .institute, "한국자동차연구원"), ("전자기술연구원", .institute, "한국전자기술연구원"),
        ("일리노이대학교", .organization, "일리노이대학교"), ("캘거리대학교", .organization, "캘거리대학교"),
        ("노스웨스턴대학교", .organization, "노스웨스턴대학교"), ("캐나다", .country, "캐나다"), ("美", .country, "미국"),
    ]
    static let seed004: Table = [
        ("산업통상자원부", .ministry, "산업통상자원부"), ("안덕근", .person, "안덕근"), ("미국 에너지부", .ministry, "미국 에너지부"),
        ("제니퍼 글랜홈", .person, "제니퍼 글랜홈"), ("미국", .country, "미국"), ("한국", .country, "한국"),
        ("아시아태평양경제협력체", .organization, "APEC"), ("APEC", .organization, "APEC"),
    ]

    static let seeds: [(String, String?, Table)] = [
        ("000_ac5d94a41a160681", "2023-09-21", seed000), ("001_cacad3f253e56116", "2023-12-15", seed001),
        ("002_3831a9fd0fdb2adc", "2024-09-20", seed002), ("003_451513c86dda0af5", "2021-11-24", seed003),
        ("004_e6ad473aa1b0f41c", nil, seed004),
    ]

    static func run(_ stem: String) -> (nodes: [Node], edges: [Edge])? {
        guard let (_, date, table) = seeds.first(where: { $0.0 == stem }), let doc = SeedDocuments.document(stem, date: date) else { return nil }
        return EventRecognizer().recognize(document: doc, mentions: SeedDocuments.mentions(in: doc.body.text, table))
    }

    static func run(text: String, date: String?, _ table: Table) -> (nodes: [Node], edges: [Edge]) {
        let doc = SeedDocuments.document(text: text, date: date)
        return EventRecognizer().recognize(document: doc, mentions: SeedDocuments.mentions(in: text, table))
    }

    static func ids(_ r: (nodes: [Node], edges: [Edge]), _ kind: NodeKind) -> [String] {
        r.nodes.filter { $0.kind == kind }.map(\.id)
    }

    static func sources(_ r: (nodes: [Node], edges: [Edge]), _ relation: Relation, _ target: String) -> [String] {
        r.edges.filter { $0.relation == relation && $0.target == target }.map(\.source).sorted()
    }

    @Test("seed 000: the seminar with its series, organisers, speakers; the earlier bilateral council in Tokyo")
    func seed000() throws {
        let r = try #require(Self.run("000_ac5d94a41a160681"))
        let seminar = "event:2023-09-21:제1회_한-일_그린_철강_공동토론회"
        let council = "event:2023-05:한-일_민관_철강협의회"
        #expect(Self.ids(r, .event) == [council, seminar])
        #expect(Self.ids(r, .agreement) == [])
        let s = try #require(r.nodes.first { $0.id == seminar })
        #expect(s.name == "제1회 한-일 그린 철강 공동토론회")
        #expect(s.aliases.isSuperset(of: ["1st Korea-Japan Green Steel Joint Seminar", "한-일 그린 철강 공동토론회"]))
        #expect(s.properties["location"] == "서울 코엑스 인터컨티넨탈호텔")
        #expect(s.properties["series"] == "한-일 그린 철강 공동토론회")
        #expect(s.properties["ordinal"] == "1")
        #expect(s.properties["event_type"] == "seminar")
        #expect(s.properties["modality"] == "happened")
        #expect(Self.sources(r, .organized, seminar) == ["organization:일본철강연맹", "organization:한국철강협회"])
        // `제1회 한-일 …`: the pair after the ordinal takes part too.
        #expect(Self.sources(r, .participatedIn, seminar) == [
            "country:일본", "country:한국", "organization:서울과학기술대학교", "organization:일본제철", "organization:포스코", "organization:한국금속재료연구조합",
            "person:마츠노_다이스케", "person:변영만", "person:오충종", "person:이상준", "person:이즈미야마",
        ])
        let c = try #require(r.nodes.first { $0.id == council })
        #expect(c.properties["location"] == "도쿄")
        #expect(c.properties["date_surface"] == "지난 5월")
        #expect(Self.sources(r, .participatedIn, council) == ["country:일본", "country:한국"])
    }

    @Test("seed 001: the plaque ceremony named after its title, its council, four past agreements from a footnote")
    func seed001() throws {
        let r = try #require(Self.run("001_cacad3f253e56116"))
        let ceremony = "event:2023-12-15:국가희소금속센터_현판식"
        #expect(Self.ids(r, .event) == [ceremony, "event:2023-12-15:희소금속_산업_협의회"])
        let e = try #require(r.nodes.first { $0.id == ceremony })
        #expect(e.properties["location"] == "인천 남동구")
        #expect(e.aliases.contains("개소식"))
        #expect(Self.sources(r, .participatedIn, ceremony) == ["institute:국가희소금속센터", "ministry:산업통상자원부", "person:이상목", "person:이승렬"])
        #expect(Self.sources(r, .organized, ceremony) == ["institute:한국생산기술연구원"])
        #expect(Self.sources(r, .organized, "event:2023-12-15:희소금속_산업_협의회") == ["institute:국가희소금속센터"])
        let agreements = r.nodes.filter { $0.kind == .agreement }
        #expect(agreements.map { "\($0.name)|\($0.properties["date"] ?? "-")|\($0.properties["agreement_kind"] ?? "-")" } == [
            "동합금 생산기술 협력 업무협약|2021|mou", "몰리브덴 우선공급 업무협약|2019|mou", "양자협력 업무협약|2022|mou", "저품위 니켈원료 공급계약|2023|contract",
        ])
        #expect(agreements.first { $0.name == "몰리브덴 우선공급 업무협약" }?.aliases == ["몰리브덴 우선공급 MOU"])
        #expect(Self.sources(r, .partyTo, "agreement:동합금_생산기술_협력_업무협약") == ["country:우즈베키스탄"])
        #expect(Self.sources(r, .partyTo, "agreement:저품위_니켈원료_공급계약") == ["country:인도네시아"])
    }

    @Test("seed 002: two roundtables of a series, the partnership with members, chairs and launch")
    func seed002() throws {
        let r = try #require(Self.run("002_3831a9fd0fdb2adc"))
        let second = "event:2024-09-20:제2차_경제안보외교_민관합동_라운드테이블"
        #expect(Self.ids(r, .event) == ["event:2022-06:핵심광물안보파트너십_출범", "event:2024-06-21:제1차_라운드테이블", second])
        #expect(Self.sources(r, .organized, second) == ["ministry:외교부"])
        #expect(Self.sources(r, .participatedIn, second).contains("person:강인선"))
        #expect(Self.sources(r, .participatedIn, second).contains("institute:한국광해광업공단"))
        #expect(Self.sources(r, .participatedIn, second).count == 13)
        let msp = "agreement:핵심광물안보파트너십"
        let a = try #require(r.nodes.first { $0.id == msp })
        #expect(a.aliases == ["MSP", "Minerals Security Partnership"])
        #expect(a.properties["date"] == "2022-06")
        #expect(a.properties["agreement_kind"] == "partnership")
        #expect(a.properties["status"] == "in_force")
        #expect(Self.sources(r, .memberOf, msp).count == 15)
        #expect(Self.sources(r, .partyTo, msp).count == 15)
        let chairs = r.edges.filter { $0.relation == .chairs }
        #expect(chairs.map { "\($0.source) \($0.properties["from"] ?? "-") \($0.properties["to"] ?? "-")" } == [
            "country:미국 - -", "country:한국 2024-07 2025-07",
        ])
        #expect(Self.sources(r, .about, msp) == ["event:2022-06:핵심광물안보파트너십_출범"])
    }

    @Test("seed 003: the launch ceremony, the agreement signed at it with the attending institutes, the earlier announcement")
    func seed003() throws {
        let r = try #require(Self.run("003_451513c86dda0af5"))
        let launch = "event:2021-11-24:글로벌_기술협력_협의체_출범식"
        #expect(Self.ids(r, .event) == ["event:2021-11-17:탄소중립_산업·에너지_R&D전략_발표", launch])
        #expect(r.nodes.first { $0.id == launch }?.properties["location"] == "서울 그랜드 하얏트 호텔")
        let institutes = ["institute:한국기계연구원", "institute:한국산업기술진흥원", "institute:한국생산기술연구원", "institute:한국자동차연구원",
                          "institute:한국전자기술연구원", "institute:한국전자통신연구원", "institute:한국화학연구원"]
        #expect(Self.sources(r, .participatedIn, launch) == institutes + ["person:박진규"])
        let mou = "agreement:글로벌_기술협력_협의체_업무협약"
        #expect(Self.ids(r, .agreement) == [mou])
        #expect(Self.sources(r, .partyTo, mou) == institutes)
        #expect(Self.sources(r, .about, mou) == [launch])
        #expect(r.nodes.first { $0.id == mou }?.properties["date"] == "2021-11-24")
        #expect(r.nodes.first { $0.id == "event:2021-11-17:탄소중립_산업·에너지_R&D전략_발표" }?.properties["modality"] == "happened")
    }

    @Test("seed 004: no document date, so the talks stay undated; the place visited is where they were held")
    func seed004() throws {
        let r = try #require(Self.run("004_e6ad473aa1b0f41c"))
        let talks = "event:undated:한-미_에너지장관회담"
        #expect(Self.ids(r, .event) == [talks])
        let e = try #require(r.nodes.first { $0.id == talks })
        #expect(e.properties["date"] == nil)
        #expect(e.properties["date_surface"] == "9일")
        #expect(e.properties["location"] == "워싱턴 DC")
        #expect(Self.sources(r, .participatedIn, talks) == ["country:미국", "country:한국", "ministry:미국_에너지부", "person:안덕근", "person:제니퍼_글랜홈"])
    }

    @Test("a planned forum: future date, modality planned, venue and city")
    func plannedForum() {
        let r = Self.run(text: "산업부는 오는 11월 1일 부산 벡스코에서 「2024 수소 포럼」을 개최할 예정이다.", date: "2024-09-20",
                         [("산업부", .ministry, "산업통상자원부")])
        let id = "event:2024-11-01:2024_수소_포럼"
        #expect(Self.ids(r, .event) == [id])
        let e = r.nodes.first { $0.id == id }
        #expect(e?.properties["modality"] == "planned")
        #expect(e?.properties["location"] == "부산 벡스코")
        #expect(e?.properties["event_type"] == "seminar")
        #expect(Self.sources(r, .organized, id) == ["ministry:산업통상자원부"])
    }

    @Test("a signing: the MOU with its counterpart and date, and an online meeting")
    func signing() {
        let text = "해양수산부는 노르웨이와 북극 협력 양해각서(MOU)를 5월 10일(수) 체결했다.\n\n양국은 이날 화상으로 제2차 해양협력 공동위원회를 개최했다."
        let r = Self.run(text: text, date: "2023-05-10", [("해양수산부", .ministry, "해양수산부"), ("노르웨이", .country, "노르웨이")])
        let mou = "agreement:북극_협력_양해각서"
        #expect(Self.ids(r, .agreement) == [mou])
        let a = r.nodes.first { $0.id == mou }
        #expect(a?.aliases == ["북극 협력 MOU"])
        #expect(a?.properties["date"] == "2023-05-10")
        #expect(a?.properties["status"] == "signed")
        #expect(Self.sources(r, .partyTo, mou) == ["country:노르웨이", "ministry:해양수산부"])
        let meeting = "event:2023-05-10:제2차_해양협력_공동위원회"
        let signing = "event:2023-05-10:북극_협력_양해각서_체결"
        #expect(Self.ids(r, .event) == [signing, meeting])
        #expect(Self.sources(r, .about, mou) == [signing])
        #expect(Self.sources(r, .participatedIn, signing) == ["country:노르웨이", "ministry:해양수산부"])
        #expect(r.nodes.first { $0.id == meeting }?.properties["location"] == "online")
    }

    @Test("nouns without a time or a verb are topics, not events or agreements")
    func notEvents() {
        let text = "협의회를 정기적으로 운영하여 기업을 지원한다.\n\n청정에너지 파트너십은 어느 때보다 중요하다.\n\n위원회의 결정에 따라 국립공원 탐방로를 정비했다."
        let r = Self.run(text: text, date: "2024-01-10", [])
        #expect(r.nodes.isEmpty)
        #expect(r.edges.isEmpty)
    }

    @Test("rows of a related-news table are not read")
    func listingRows() {
        let text = "605 추 부총리, 제3차 주요 20개국(G20) 재무장관회의에서 공조 강조 한국생산성본부 2023-07-25 470"
        #expect(Self.run(text: text, date: "2023-09-21", []).nodes.isEmpty)
    }

    @Test("the output is the same on every run")
    func deterministic() throws {
        let a = try #require(Self.run("002_3831a9fd0fdb2adc"))
        let b = try #require(Self.run("002_3831a9fd0fdb2adc"))
        #expect(a.nodes == b.nodes)
        #expect(a.edges == b.edges)
    }

    @Test("arbitrary cuts of a release never crash either stage")
    func arbitraryCuts() throws {
        let doc = try #require(SeedDocuments.document("003_451513c86dda0af5", date: "2021-11-24"))
        let bytes = Array(doc.body.text.utf8)
        var seed: UInt64 = 42
        var produced = 0
        for _ in 0..<60 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let a = Int(seed >> 33) % bytes.count
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let b = min(bytes.count, a + Int(seed >> 33) % 1500)
            let text = String(decoding: bytes[a..<b], as: UTF8.self)
            let cut = SeedDocuments.document(text: text, date: "2021-11-24")
            let mentions = SeedDocuments.mentions(in: cut.body.text, Self.seed003)
            let r = EventRecognizer().recognize(document: cut, mentions: mentions)
            produced += r.nodes.count
            for m in DateRecognizer().recognize(document: cut) { #expect(m.range.upperBound <= cut.body.utf8Count) }
        }
        #expect(produced > 0)
    }

    @Test("aliases(_:without:) equals subtracting the name")
    func aliasesWithoutName() {
        let set: Set<String> = ["한미 정상회담", "정상회담", "KOR-USA"]
        #expect(EventRecognizer.aliases(set, without: "정상회담") == ["한미 정상회담", "KOR-USA"])
        #expect(EventRecognizer.aliases(set, without: "회담") == set)
        #expect(EventRecognizer.aliases([], without: "회담") == [])
        #expect(EventRecognizer.aliases(["\u{1112}\u{1161}\u{11AB}미"], without: "한미") == [])
    }
}
