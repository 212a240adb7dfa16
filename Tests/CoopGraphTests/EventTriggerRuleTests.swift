import CoopGraph
import Testing

@Suite("EventTriggerRule")
struct EventTriggerRuleTests {
    typealias Table = EventRecognizerTests.Table

    static func run(_ text: String, date: String?, _ table: Table) -> (nodes: [Node], edges: [Edge]) {
        EventRecognizerTests.run(text: text, date: date, table)
    }

    static func events(_ r: (nodes: [Node], edges: [Edge])) -> [String] { EventRecognizerTests.ids(r, .event) }

    @Test("a date right before an event word is that event's date, not the date of an occasion named before it")
    func dateBelongsToNextEvent() {
        let text = "조태열 외교장관은 제2차 REAIM 고위급회의 계기 실무방한 중인 바이바 브라제 라트비아 외교장관과 9.9.(월) 오후 한-라트비아 외교장관 회담을 갖고, 양국관계에 대해 의견을 교환했다."
        let r = Self.run(text, date: "2024-09-09", [("조태열", .person, "조태열"), ("라트비아", .country, "라트비아")])
        let talks = "event:2024-09-09:한-라트비아_외교장관_회담"
        #expect(Self.events(r) == [talks])
        #expect(EventRecognizerTests.sources(r, .participatedIn, talks) == ["country:라트비아", "country:한국", "person:조태열"])
    }

    @Test("a date after a connective ending (…되었으며) stays with the event before it")
    func dateStaysInItsClause() {
        let text = "※ 한-몽골 공동위원회는 2015년에 최초 개최되었으며 제7차 공동위원회는 ’23.6월 몽골 울란바타르에서 개최"
        let r = Self.run(text, date: "2024-11-11", [("몽골", .country, "몽골")])
        #expect(Self.events(r) == ["event:2015:한-몽골_공동위원회", "event:2023-06:제7차_공동위원회"])
    }

    @Test("a later year in another clause does not date the event: the year before it does")
    func laterClauseYearIgnored() {
        let text = "오츠랄 장관은 작년 유엔총회 계기에 개최된 한-몽 정상회담에서 협력을 논의했다고 하고, 내년은 수교 35주년인 만큼 협력을 심화하자고 하였다."
        let r = Self.run(text, date: "2024-11-11", [("오츠랄", .person, "오츠랄"), ("몽골", .country, "몽골")])
        #expect(Self.events(r).contains("event:2023:한-몽_정상회담"))
        #expect(!Self.events(r).contains { $0.hasPrefix("event:2025") })
    }

    @Test("`공동위` is the short form of 공동위원회: an event word of its own")
    func shortJointCommittee() {
        let r = Self.run("※ 제7차 공동위는 ’23.6월 몽골 울란바타르에서 개최", date: "2024-11-11", [("몽골", .country, "몽골")])
        #expect(Self.events(r) == ["event:2023-06:제7차_공동위"])
    }

    @Test("향후 협상, 차기 회의: a future topic is not an event, even with a date in the sentence")
    func futureTopic() {
        let r = Self.run("우리 정부는 4.30(목) 이후 향후 협상의 기반을 마련하고 차기 회의를 준비한다는 계획이다.", date: "2026-05-03", [])
        #expect(Self.events(r) == [])
    }

    @Test("an event word followed by a copula defines a kind of meeting (… 모색하는 회의이다)")
    func copulaIsDefinition() {
        let r = Self.run("이 협의체는 2015년 공동성명을 근거로 협력을 모색하는 과학기술 협력 회의이다.", date: "2020-02-04", [])
        #expect(Self.events(r) == [])
    }

    @Test("A 장관은 … B 장관을 면담하고: a meeting of the two, dated by the event named before it")
    func personMeeting() {
        let text = "강인선 제2차관은 11.11.(월) 서울에서 제8차 한-몽골 공동위원회를 개최했다.\n\n한편, 조태열 장관은 동 공동위원회 이후, 오츠랄 몽골 내각관방부장관을 면담하고, 협력을 평가했다."
        let r = Self.run(text, date: "2024-11-11", [("강인선", .person, "강인선"), ("조태열", .person, "조태열"), ("오츠랄", .person, "오츠랄"),
                                                      ("몽골", .country, "몽골")])
        let talks = "event:2024-11-11:조태열-오츠랄_면담"
        #expect(Self.events(r) == ["event:2024-11-11:제8차_한-몽골_공동위원회", talks])
        let p = EventRecognizerTests.sources(r, .participatedIn, talks)
        #expect(p.contains("person:조태열") && p.contains("person:오츠랄"))
    }

    @Test("X와 B국 … 간 면담: one person named, the foreign counterpart's country just before the word")
    func personAndCountryMeeting() {
        let text = "4.30(목) 산업통상부 여한구 통상교섭본부장과 파키스탄 잠 카말 칸 상무장관 간 면담에서 공감대가 조성되었다."
        let r = Self.run(text, date: "2026-05-03", [("여한구", .person, "여한구"), ("파키스탄", .country, "파키스탄"), ("산업통상부", .ministry, "산업통상자원부")])
        let talks = "event:2026-04-30:여한구_면담"
        #expect(Self.events(r) == [talks])
        #expect(EventRecognizerTests.sources(r, .participatedIn, talks) == ["country:파키스탄", "ministry:산업통상자원부", "person:여한구"])
    }

    @Test("a one-word compound (사전협상) with a day of its own clause is an event, not the earlier 협상 of the sentence")
    func compoundWithOwnDate() {
        let text = "양국은 지난해 1월 한-파키스탄 CEPA 협상 개시 선언 이후, 협정문 초안 마련 등을 진행해 왔으며, 4.20(월)~4.23(목) 상품 분야를 대상으로 사전협상을 화상으로 실시하였다."
        let r = Self.run(text, date: "2026-05-03", [("파키스탄", .country, "파키스탄")])
        #expect(Self.events(r) == ["event:2025-01:한-파키스탄_CEPA_협상", "event:2026-04-20:사전협상"])
    }

    @Test("a one-word compound dated by a year only (2010년부터 … 개최하고 있는) is a series, not an event")
    func compoundWithYearOnly() {
        let r = Self.run("한반도국제포럼은 2010년부터 통일부가 개최하고 있는 국제행사로, 많은 인사가 참여했다.", date: "2024-06-25", [("통일부", .ministry, "통일부")])
        #expect(Self.events(r) == [])
    }

    @Test("modality: 예정 / 오는 make a planned event; a date before the document stays happened")
    func plannedAndPast() {
        let planned = Self.run("산업부는 오는 7월 3일 서울에서 한-일 산업협력 포럼을 개최할 예정이다.", date: "2024-06-20", [])
        #expect(planned.nodes.first { $0.id == "event:2024-07-03:한-일_산업협력_포럼" }?.properties["modality"] == "planned")
        let past = Self.run("산업부는 지난 6월 3일 서울에서 한-일 산업협력 포럼을 개최한 바 있으며 후속 회의를 계획하고 있다.", date: "2024-06-20", [])
        #expect(past.nodes.first { $0.id == "event:2024-06-03:한-일_산업협력_포럼" }?.properties["modality"] == "happened")
    }

    @Test("modality: 취소 / 연기 / 열리지 않 make a negated event")
    func negated() {
        let r = Self.run("6월 3일 예정이던 한-일 산업협력 포럼은 태풍으로 취소되었다.", date: "2024-06-01", [])
        #expect(r.nodes.first { $0.id == "event:2024-06-03:한-일_산업협력_포럼" }?.properties["modality"] == "negated")
    }

    @Test("a planned event dated by a year only is an intention, not an event")
    func plannedYearDropped() {
        let r = Self.run("정부는 2025년 한-일 산업협력 포럼을 개최할 계획이다.", date: "2024-06-01", [])
        #expect(Self.events(r) == [])
    }

    @Test("2010년부터 … 개최하고 있는: the start of a series, not a meeting")
    func seriesStart() {
        let r = Self.run("한반도국제포럼은 2010년부터 통일부가 개최하고 있는 1.5트랙 국제회의로 자리잡았다.", date: "2024-06-25", [("통일부", .ministry, "통일부")])
        #expect(Self.events(r) == [])
    }

    @Test("a day followed by 부터 is the first day of a meeting of several, not a series")
    func dayStart() {
        let r = Self.run("실장은 6.22(목)부터 파리에서 개최되는 ‘새로운 금융협정을 위한 정상회담’에 참석할 예정이다.", date: "2023-06-20", [])
        #expect(Self.events(r) == ["event:2023-06-22:새로운_금융협정을_위한_정상회담"])
    }

    @Test("이번 회의는 2017년 … 개최된 1차 회의 이후 …: a bare reference is not dated by another event's date")
    func referenceIgnoresOtherEventsDate() {
        let text = "과기정통부는 2월 4일 서울에서 제2차 한-덴마크 과학기술공동위원회를 개최하였다고 밝혔다.\n\nㅇ 이번 회의는 2017년 덴마크 코펜하겐에서 개최된 1차 회의 이후 두 번째 행사로서, 한국 측은 과기정통부 정희권 국제협력관이 수석대표로 회의를 주재하였다."
        let r = Self.run(text, date: "2020-02-04", [("과기정통부", .ministry, "과학기술정보통신부"), ("정희권", .person, "정희권"), ("덴마크", .country, "덴마크")])
        let second = "event:2020-02-04:제2차_한-덴마크_과학기술공동위원회"
        #expect(Self.events(r) == ["event:2017:1차_회의", second])
        #expect(EventRecognizerTests.sources(r, .participatedIn, second).contains("person:정희권"))
        #expect(!EventRecognizerTests.sources(r, .participatedIn, "event:2017:1차_회의").contains("person:정희권"))
    }

    @Test("a name without the leading year of an event already named refers to it")
    func shortForm() {
        let text = "통일부는 2024년 6월 25일(화) 「2024 한반도국제포럼 일본 세미나」를 개최했다.\n\n한반도국제포럼 일본 세미나는 2023년 8월에 있었던 정상회담을 계기로 5년 만에 재개됩니다."
        let r = Self.run(text, date: "2024-06-25", [("통일부", .ministry, "통일부")])
        #expect(!Self.events(r).contains("event:2024-06-25:한반도국제포럼_일본_세미나"))
        #expect(Self.events(r).contains("event:2024-06-25:2024_한반도국제포럼_일본_세미나"))
    }

    @Test("an event word at the end of a body's name (…가족협의회 이사장) is the body, unless an ordinal or a pair makes it a session")
    func bodyName() {
        let text = "통일부는 6월 25일 도쿄에서 「2024 한반도국제포럼 일본 세미나」를 개최한다.\n\n특히 6.25전쟁 납북인사가족협의회 이사장이 참석할 예정입니다."
        let r = Self.run(text, date: "2024-06-24", [("통일부", .ministry, "통일부"), ("납북인사가족협의회", .organization, "납북인사가족협의회")])
        #expect(Self.events(r) == ["event:2024-06-25:2024_한반도국제포럼_일본_세미나"])
        #expect(r.edges.filter { $0.source == "organization:납북인사가족협의회" }.map(\.id) == [
            "organization:납북인사가족협의회|participated_in|event:2024-06-25:2024_한반도국제포럼_일본_세미나",
        ])
        let session = Self.run("과기정통부는 2월 4일 서울에서 제2차 한-덴마크 과학기술공동위원회를 개최하였다.", date: "2020-02-04",
                               [("과학기술공동위원회", .organization, "과학기술공동위원회"), ("덴마크", .country, "덴마크")])
        #expect(Self.events(session) == ["event:2020-02-04:제2차_한-덴마크_과학기술공동위원회"])
    }

    @Test("a call between office holders (장관 통화, 정상통화) is a meeting; 통화 alone (currency) is not")
    func officeHolderCall() {
        let call = Self.run("박진 외교부 장관은 8.9.(수) 오전 블링컨 미국 국무장관과 한미 외교장관 통화를 갖고 정세를 협의하였다.", date: "2023-08-09",
                            [("박진", .person, "박진"), ("블링컨", .person, "블링컨"), ("미국", .country, "미국")])
        let id = "event:2023-08-09:한미_외교장관_통화"
        #expect(Self.events(call) == [id])
        #expect(EventRecognizerTests.sources(call, .participatedIn, id) == ["country:미국", "country:한국", "person:박진", "person:블링컨"])
        let summit = Self.run("윤 대통령은 3.2.(목) 기시다 총리와 한일 정상통화를 가졌다.", date: "2023-03-02", [])
        #expect(Self.events(summit) == ["event:2023-03-02:한일_정상통화"])
        let currency = Self.run("한국은행은 3.2.(목) 통화 정책 방향을 발표하고 통화 스와프를 연장하였다.", date: "2023-03-02", [])
        #expect(!Self.events(currency).contains { $0.contains("통화") })
    }

    @Test("ceremonies and report meetings (시상식, 제막식, 결과보고회, 공청회) are events with their own dates")
    func ceremoniesAndHearings() {
        let r = Self.run("주벨기에EU대사관은 12.8.(목) 오후 「한-EU 상호인식조사」최종 결과보고회 및 로고 공모전 시상식을 개최하였다.", date: "2022-12-09", [])
        // (`로고` ends in the particle-like 로, so the name stops after it.)
        #expect(Self.events(r) == ["event:2022-12-08:공모전_시상식", "event:2022-12-08:최종_결과보고회"])
        let h = Self.run("산업통상자원부는 6.20.(화) 서울에서 디지털 통상협정 공청회를 개최하였다.", date: "2023-06-21", [])
        #expect(Self.events(h) == ["event:2023-06-20:디지털_통상협정_공청회"])
    }

    @Test("a date glossing an occasion (X회의(9.20.-21., 뉴욕) 참석 계기) is the occasion's; the date before it is the talks'")
    func glossedOccasionDate() {
        let text = "박진 장관은 9.21.(목) 오전 G20 외교장관회의(9.19.-22., 뉴델리) 참석 계기 캐나다 외교장관과 회담을 갖고 협력을 논의하였다."
        let r = Self.run(text, date: "2023-09-22", [("박진", .person, "박진"), ("캐나다", .country, "캐나다")])
        #expect(Self.events(r) == ["event:2023-09-19:G20_외교장관회의", "event:2023-09-21:박진_회담"])
    }

    @Test("화상회의로 개최: the mode of holding takes no date from the event named before it")
    func modeWordOwnsNoDate() {
        let text = "□ 제2차 한-베트남 정책협의회가 3.15.(화) 김민수 국장을 수석대표로 하여 화상회의로 개최되었다."
        let r = Self.run(text, date: "2022-03-16", [("김민수", .person, "김민수"), ("베트남", .country, "베트남")])
        #expect(Self.events(r) == ["event:2022-03-15:제2차_한-베트남_정책협의회"])
    }

    @Test("a body's abbreviation in square brackets (아프리카연합[AU]) stays inside the event's name")
    func squareBracketGloss() {
        let text = "□ 제3차 한-아프리카연합[AU] 정책협의회가 2.24.(수) 서울에서 개최되었다."
        let r = Self.run(text, date: "2021-02-25", [])
        #expect(Self.events(r) == ["event:2021-02-24:제3차_한-아프리카연합[AU]_정책협의회"])
    }

    @Test("a compound event word alone with a month of its own (지난 1월 정상회담) is an event of that month; a plain 회담 is not")
    func bareCompoundWithMonth() {
        let text = "양 정상은 지난 1월 정상회담 이후 협력이 강화되었다고 평가했다."
        let r = Self.run(text, date: "2021-02-24", [])
        #expect(Self.events(r) == ["event:2021-01:정상회담"])
        let plain = Self.run("양측은 작년 11월 회담 결과를 평가하였다.", date: "2021-02-24", [])
        #expect(Self.events(plain) == [])
    }

    @Test("이번 회의 after recalled background is the release's own meeting (within a month of it), not the last one named")
    func thisMeetingIsTheReleases() {
        let text = "제2차 해양협상위원회 회의가 11월 28일부터 12월 2일까지 리마에서 개최되었다. 해양총회는 지난 3월 나이로비에서 개최된 제5차 회의에서 협상을 시작하기로 하였다. 이번 회의에는 카를라 멘도사 외교장관 등의 환영사, 의장 선출 순으로 진행되었으며, 2024년까지 협약을 마련하기로 하였다."
        let r = Self.run(text, date: "2022-12-02", [("카를라 멘도사", .person, "카를라 멘도사")])
        let main = "event:2022-11-28:제2차_해양협상위원회_회의"
        #expect(Self.events(r) == ["event:2022-03:제5차_회의", main])
        #expect(EventRecognizerTests.sources(r, .participatedIn, main) == ["person:카를라_멘도사"])
        #expect(EventRecognizerTests.sources(r, .participatedIn, "event:2022-03:제5차_회의") == [])
    }

    @Test("동 회의 (the said meeting) still refers to the last one named")
    func saidMeetingIsTheLast() {
        let text = "제2차 해양협상위원회 회의가 11월 28일 리마에서 개최되었다. 해양총회는 지난 3월 나이로비에서 개최된 제5차 회의에서 협상을 시작하기로 하였다. 동 회의에는 카를라 멘도사 외교장관 등이 참석하였다."
        let r = Self.run(text, date: "2022-12-02", [("카를라 멘도사", .person, "카를라 멘도사")])
        #expect(EventRecognizerTests.sources(r, .participatedIn, "event:2022-03:제5차_회의") == ["person:카를라_멘도사"])
    }

    @Test("시연회 and 데모데이 are event words (a start-ups' pitching day)")
    func demoDay() {
        let r = Self.run("금융위원회는 9월 6일 호치민에서 「핀테크 데모데이」를 개최하였다. 중기부는 6월 13일 창업기업 기술 시연회를 개최하였다.", date: "2024-09-07", [])
        #expect(Self.events(r) == ["event:2024-06-13:창업기업_기술_시연회", "event:2024-09-06:핀테크_데모데이"])
    }

    @Test("서밋 (a summit in the loanword) is an event word; 전시회 (an exhibition) is not: over the corpus it named as many generic exhibitions as real ones")
    func summitAndExhibition() {
        let text = "산업부 장관은 10월 5일 자카르타에서 열린 아세안 비즈니스 서밋에 참석하였다. 문화원은 11.2.(목) 한-베트남 공예 전시회를 개최하였다."
        let r = Self.run(text, date: "2023-11-03", [])
        #expect(Self.events(r) == ["event:2023-10-05:아세안_비즈니스_서밋"])
    }

    @Test("a site visited with 에 or 을 (가공시설에 방문해, 현지공장을 방문): a visit of the sentence's day", arguments: [
        ("다음 날 14일(목), 김 장관은 우리 기업이 세운 부품 가공시설에 방문해 현장을 점검하였다.", "event:2023-09-14:부품_가공시설_방문"),
        ("9.14.(목) 장관은 하노이 인근의 전자부품 현지공장을 방문하여 근로자를 격려했다.", "event:2023-09-14:전자부품_현지공장_방문"),
    ])
    func siteVisit(_ text: String, _ id: String) {
        let r = Self.run(text, date: "2023-09-15", [])
        #expect(Self.events(r) == [id])
    }
}

