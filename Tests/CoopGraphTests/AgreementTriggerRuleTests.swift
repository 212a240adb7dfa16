import CoopGraph
import Testing

@Suite("AgreementTriggerRule")
struct AgreementTriggerRuleTests {
    static func node(_ r: (nodes: [Node], edges: [Edge]), _ id: String) -> Node? { r.nodes.first { $0.id == id } }

    @Test("a signed MOU: counterpart X와, subject, date, status signed and a signing event")
    func signedMOU() {
        let text = "산림청은 4월 20일 유엔환경계획과 산림 분야 협력을 위한 양해각서를 체결했다."
        let r = EventRecognizerTests.run(text: text, date: "2023-04-20", [("산림청", .ministry, "산림청"), ("유엔환경계획", .organization, "유엔환경계획")])
        let mou = "agreement:산림_분야_협력을_위한_양해각서"
        #expect(EventRecognizerTests.ids(r, .agreement) == [mou])
        #expect(Self.node(r, mou)?.properties["status"] == "signed")
        #expect(Self.node(r, mou)?.properties["date"] == "2023-04-20")
        #expect(Self.node(r, mou)?.properties["agreement_kind"] == "mou")
        #expect(EventRecognizerTests.sources(r, .partyTo, mou) == ["ministry:산림청", "organization:유엔환경계획"])
        #expect(EventRecognizerTests.ids(r, .event) == ["event:2023-04-20:산림_분야_협력을_위한_양해각서_체결"])
    }

    @Test("a planned signing is a planned agreement and makes no signing event")
    func plannedSigning() {
        let text = "산림청은 오는 5월 10일 유엔환경계획과 산림 분야 협력 양해각서를 체결할 예정이다."
        let r = EventRecognizerTests.run(text: text, date: "2023-04-20", [("산림청", .ministry, "산림청"), ("유엔환경계획", .organization, "유엔환경계획")])
        let mou = "agreement:산림_분야_협력_양해각서"
        #expect(Self.node(r, mou)?.properties["status"] == "planned")
        #expect(EventRecognizerTests.ids(r, .event) == [])
    }

    @Test("공동성명서 and 행동계획 are agreements; the subjects 한국과 덴마크는 are parties")
    func jointStatementAndActionPlan() {
        let text = "한국과 덴마크는 2월 4일 과학기술협력 공동성명서를 채택하고 2020~2021년 과학기술 행동계획에 합의했다."
        let r = EventRecognizerTests.run(text: text, date: "2020-02-04", [("한국", .country, "한국"), ("덴마크", .country, "덴마크")])
        let statement = "agreement:과학기술협력_공동성명서"
        let plan = "agreement:과학기술_행동계획"
        #expect(EventRecognizerTests.ids(r, .agreement) == [plan, statement])
        #expect(Self.node(r, statement)?.properties["agreement_kind"] == "joint_statement")
        #expect(Self.node(r, plan)?.properties["agreement_kind"] == "arrangement")
        #expect(EventRecognizerTests.sources(r, .partyTo, plan) == ["country:덴마크", "country:한국"])
    }

    @Test("a bare kind word after a fuller name (파키스탄과의 포괄적경제동반자협정) is that agreement, not a new one")
    func bareKindWordJoinsFullName() {
        let text = "한-파키스탄 포괄적경제동반자협정(CEPA) 제1차 공식협상 개최\n\n파키스탄과의 포괄적경제동반자협정 체결을 위한 제1차 공식협상이 5.4(월) 화상으로 개최된다."
        let r = EventRecognizerTests.run(text: text, date: "2026-04-30", [("파키스탄", .country, "파키스탄")])
        #expect(EventRecognizerTests.ids(r, .agreement) == ["agreement:한-파키스탄_포괄적경제동반자협정"])
    }

    @Test("a negotiation: status negotiating")
    func negotiating() {
        let text = "양국은 11월 11일 한-몽골 경제동반자협정(EPA) 협상을 진행했다."
        let r = EventRecognizerTests.run(text: text, date: "2024-11-11", [("몽골", .country, "몽골")])
        #expect(Self.node(r, "agreement:한-몽골_경제동반자협정")?.properties["status"] == "negotiating")
    }

    @Test("X-Y 간 양해각서: both sides of the hyphenated pair are parties")
    func hyphenPair() {
        let text = "산림청(청장 남성현)은 4월 20일(목) 케냐 나이로비에서 산림청-유엔환경계획(UNEP) 간 산림 분야 협력을 위한 양해각서(MOU)를 체결했다고 밝혔다."
        let r = EventRecognizerTests.run(text: text, date: "2023-04-21", [("산림청", .ministry, "산림청"), ("유엔환경계획", .organization, "유엔환경계획")])
        #expect(EventRecognizerTests.sources(r, .partyTo, "agreement:산림_분야_협력을_위한_양해각서") == ["ministry:산림청", "organization:유엔환경계획"])
    }

    @Test("X·Y 정부간 체결한 … 계약: both sides are parties")
    func middleDotPair() {
        let text = "이번 착공식은 '24년 7월 한화·루마니아 정부간 체결한 K9자주포 계약에 따라 공장의 첫 삽을 뜨는 자리다."
        let r = EventRecognizerTests.run(text: text, date: "2026-02-12", [("한화", .organization, "한화에어로스페이스"), ("루마니아", .country, "루마니아")])
        #expect(EventRecognizerTests.sources(r, .partyTo, "agreement:K9자주포_계약") == ["country:루마니아", "organization:한화에어로스페이스"])
    }
}
