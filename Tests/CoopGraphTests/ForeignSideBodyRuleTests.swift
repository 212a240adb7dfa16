import Testing
@testable import CoopGraph

@Suite("ForeignSideBodyRule")
struct ForeignSideBodyRuleTests {
    static func mentions(_ text: String) -> [Mention] {
        Extractor().mentions(in: ExtractionTestSupport.document(text))
    }

    /// `canonical[aliases]@country` for each body of the rule, over the bundled gazetteers.
    static func bodies(_ text: String) -> [String] {
        mentions(text).filter { $0.rule == "ministry.foreign-side" }.map {
            "\($0.canonical)[\($0.aliases.sorted().joined(separator: ","))]@\($0.properties["country"] ?? "")"
        }
    }

    /// `name@affiliation` for each person.
    static func persons(_ text: String) -> [String] {
        mentions(text).filter { $0.kind == .person }.map { "\($0.canonical)@\($0.properties["affiliation"] ?? "")" }
    }

    @Test("a side's bare bodies, Korean names among them, become the side's", arguments: [
        ("ㅇ 베트남측은 농업환경부, 재무부, 법무부 등 관계부처 대표단이 참석한다",
         ["베트남 농업환경부[농업환경부]@베트남", "베트남 재무부[재무부]@베트남", "베트남 법무부[]@베트남"]),
        ("칠레 측에서는 농업부와 칠레투자청이 참여하였다", ["칠레 농업부[농업부]@칠레", "칠레투자청[칠레투자청]@칠레"]),
        ("- 참석자: ▴(영국) 국방부 대표 ▴(호주) 국방부 대표", ["영국 국방부[]@영국", "호주 국방부[]@호주"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(Self.bodies(text) == expected)
    }

    @Test("Korea's side, a partner, ordinary words and owned bodies: none", arguments: [
        "우리측은 산업통상자원부, 기획재정부 등 관계부처가 참여한다",
        "베트남과 협의하기 위해 법무부는 대표단을 보냈다",
        "베트남측과 법무부가 협의했다",
        "베트남측은 지도부 교체 이후 한국 법무부와 협의했다",
        "베트남(하노이)에서 법무부가 회의를 열었다",
        "뉴질랜드 측은 연구 동향을 공유하고, 산림청은 공동연구를 제안하였다",
        "태국측은 공항에서 입국거부가 되는 사례를 줄이자고 요청하였다",
        "(영국) 이어 특사는 랭 하원 선임부의장을 면담하였다",
    ])
    func notFound(text: String) {
        #expect(Self.bodies(text) == [])
    }

    @Test("the side ends where Korea's side or Korea's item begins")
    func ourSide() {
        #expect(Self.bodies("태국측은 상무부가, 우리측은 법무부가 참석한다") == ["태국 상무부[상무부]@태국"])
        #expect(Self.bodies("(쿠웨이트) 보건부 차관 등 8인 / (한국) 외교부·보건복지부 과장 등 7인 참석") == ["쿠웨이트 보건부[보건부]@쿠웨이트"])
    }

    @Test("officials: the body written beside the name, the Korean namesake replaced, or the country")
    func officials() {
        #expect(Self.persons("ㅇ 필리핀측은 통상산업부 세페리노 로돌포(Ceferino Rodolfo) 차관을 수석대표로 참석할 예정이다")
                == ["세페리노 로돌포@필리핀 통상산업부"])
        #expect(Self.persons("- 공동주최국 수석대표: ▴(영국) 폴 링컨(Paul Lincoln) 국방부 사무부차관 ▴(싱가포르) 응 엥 헨(Ng Eng Hen) 국방장관")
                == ["폴 링컨@영국 국방부", "응 엥 헨@싱가포르"])
    }
}
