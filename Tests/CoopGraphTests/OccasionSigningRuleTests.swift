import CoopGraph
import Testing

@Suite("OccasionSigningRule")
struct OccasionSigningRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("외교부", .ministry, "외교부"), ("제주평화연구원", .institute, "제주평화연구원"), ("국립외교원", .institute, "국립외교원"),
        ("아세안연구소", .organization, "아세안연구소"),
    ]

    @Test("an MOU signed on the occasion of the release's forum: a signing event that day, its signers taking part")
    func signed() {
        let text = """
        「제5차 한-아세안 협력포럼」이 외교부 주관으로 6.9(금) 서울에서 개최되었다.
        아세안연구소, 국립외교원, 제주평화연구원은 이번 포럼 계기 공동연구를 위한 업무협약(MOU)을 체결하였다.
        """
        let r = EventRecognizerTests.run(text: text, date: "2023-06-09", Self.table)
        let signing = "event:2023-06-09:공동연구를_위한_업무협약_체결"
        #expect(EventRecognizerTests.ids(r, .event) == [signing, "event:2023-06-09:제5차_한-아세안_협력포럼"])
        #expect(EventRecognizerTests.sources(r, .participatedIn, signing)
            == ["institute:국립외교원", "institute:제주평화연구원", "organization:아세안연구소"])
        #expect(EventRecognizerTests.sources(r, .partyTo, "agreement:공동연구를_위한_업무협약")
            == ["institute:국립외교원", "institute:제주평화연구원", "organization:아세안연구소"])
    }

    @Test("no signing event for an occasion long before the release, a plan, or no 계기", arguments: [
        "아세안연구소와 제주평화연구원은 작년 3.2(목) 개최된 협력포럼 계기 공동연구를 위한 업무협약(MOU)을 체결하였다.",
        "아세안연구소와 제주평화연구원은 이번 협력포럼 계기 공동연구를 위한 업무협약(MOU)을 체결할 예정이다.",
    ])
    func none(text: String) {
        let r = EventRecognizerTests.run(text: "「제5차 한-아세안 협력포럼」이 6.9(금) 개최되었다.\n" + text, date: "2023-06-09", Self.table)
        #expect(!r.nodes.contains { $0.kind == .event && $0.evidence.contains { $0.rule == "event.occasion-signing" } })
    }
}
