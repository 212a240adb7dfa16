@testable import CoopGraph
import Testing

@Suite("EachPairMeetingsRule")
struct EachPairMeetingsRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("박영수", .person, "박영수"), ("외교부", .ministry, "외교부"), ("존 밀러", .person, "존 밀러"), ("미국", .country, "미국"),
        ("스즈키 하루토", .person, "스즈키 하루토"), ("일본 외무성", .ministry, "일본 외무성"),
    ]

    @Test("한미․한일 … 협의를 각각: one call per pair, the n-th person met and their body in the n-th, the pair's two countries in each")
    func eachPair() {
        let text = "박영수 외교부 본부장은 4.2.(화) 오후 존 밀러 미국 특별대표 및 스즈키 하루토 일본 외무성 국장과 한미․한일 수석대표 유선협의를 각각 가졌다."
        let r = EventRecognizerTests.run(text: text, date: "2024-04-02", Self.table)
        let us = "event:2024-04-02:한미_수석대표_유선협의", jp = "event:2024-04-02:한일_수석대표_유선협의"
        #expect(EventRecognizerTests.ids(r, .event) == [us, jp])
        #expect(EventRecognizerTests.sources(r, .participatedIn, us) == ["country:미국", "country:한국", "ministry:외교부", "person:박영수", "person:존_밀러"])
        #expect(EventRecognizerTests.sources(r, .participatedIn, jp) == ["country:일본", "country:한국", "ministry:외교부", "ministry:일본_외무성", "person:박영수", "person:스즈키_하루토"])
    }

    @Test("the pairs and the rest of a name", arguments: [
        ("한미․한일 북핵 수석대표 유선협의", ["한미", "한일"], "북핵 수석대표 유선협의"),
        ("한미·한중 외교장관 회담", ["한미", "한중"], "외교장관 회담"),
    ])
    func pairs(name: String, pairs: [String], rest: String) {
        let p = EachPairMeetingsRule.pairs(in: name)
        #expect(p?.pairs == pairs && p?.rest == rest)
    }

    @Test("a name cut at the joiner is read with the pairs written before it")
    func written() {
        #expect(EachPairMeetingsRule.written("한일 수석대표 협의", in: "본부장은 한미․한일 수석대표 협의를 가졌다.") == "한미․한일 수석대표 협의")
        #expect(EachPairMeetingsRule.written("한일 수석대표 협의", in: "본부장은 한일 수석대표 협의를 가졌다.") == "한일 수석대표 협의")
    }

    @Test("no pair list, or a word that is not a country pair: no split", arguments: ["한미 외교장관 회담", "정책·제도 협의", "산업·에너지 전문가 면담"])
    func noPairs(name: String) {
        #expect(EachPairMeetingsRule.pairs(in: name) == nil)
    }

    @Test("without 각각 the joined meeting stays one (named, as before, from the joiner on)")
    func together() {
        let text = "박영수 외교부 본부장은 4.2.(화) 오후 존 밀러 미국 특별대표 및 스즈키 하루토 일본 외무성 국장과 한미․한일 수석대표 유선협의를 가졌다."
        let r = EventRecognizerTests.run(text: text, date: "2024-04-02", Self.table)
        #expect(EventRecognizerTests.ids(r, .event) == ["event:2024-04-02:한일_수석대표_유선협의"])
    }
}
