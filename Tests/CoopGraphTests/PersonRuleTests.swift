import Testing
@testable import CoopGraph

@Suite("PersonRule")
struct PersonRuleTests {
    @Test("every order of body, name and title", arguments: [
        // body name title
        ("한국철강협회 변영만 부회장은 인사말을 전했다.", ["변영만/부회장@한국철강협회"]),
        ("이날 개소식에 참석한 산업통상자원부 이승렬 산업정책실장은 축사를 통해", ["이승렬/산업정책실장@산업통상자원부"]),
        ("생산기술연구원 이상목 원장은 강조했다.", ["이상목/원장@한국생산기술연구원"]),
        ("(정부) 외교부 강인선 2차관, 김희상 경제외교조정관 등", ["강인선/2차관@외교부", "김희상/경제외교조정관@외교부"]),
        // body department name title
        ("(전문가) 서울대 화학생물공학부 최장욱 교수, 서울대 화학부 임종우 교수", ["최장욱/교수@서울대학교", "임종우/교수@서울대학교"]),
        // body(title name)
        ("산업통상자원부(장관 방문규) 오충종 철강세라믹과장은 축사를 통해", ["방문규/장관@산업통상자원부", "오충종/철강세라믹과장@산업통상자원부"]),
        // body + subject particle (title name)
        ("산업통상자원부는(장관 방문규) 17일 포럼을 열었다.", ["방문규/장관@산업통상자원부"]),
        // name body title
        ("강인선 외교부 2차관은 모두발언을 통해", ["강인선/2차관@외교부"]),
        ("미국 방문한 안덕근 산업통상자원부 장관과", ["안덕근/장관@산업통상자원부"]),
        ("사절단장인 김진해 외교부 카리콤정부대표는", ["김진해/카리콤정부대표@외교부"]),
        // name title
        ("박진규 1차관을 비롯하여", ["박진규/1차관@"]),
        ("문의는 김종주 과장(044-203-4530)에게", ["김종주/과장@"]),
        // name bodytitle (the title word starts with the body)
        ("송미령 산업통상자원부장관은", ["송미령/장관@산업통상자원부"]),
        ("박광옥 국립정신건강센터장과 한국철강협회장 오충종", ["박광옥/센터장@국립정신건강센터"]),
        ("이상목 한국생산기술연구원장은", ["이상목/원장@한국생산기술연구원"]),
        // name body(abbreviation) title, body(abbreviation) name title
        ("세션에는 김성환 한국생산기술연구원(KITECH) 원장이 사회자로", ["김성환/원장@한국생산기술연구원"]),
        ("한국철강협회(Korea Iron & Steel Association) 변영만 부회장은", ["변영만/부회장@한국철강협회"]),
        // Only a Latin abbreviation or name in the parentheses is passed over.
        ("세션에는 김성환 한국생산기술연구원(서울) 원장이 사회자로", []),
    ])
    func orders(text: String, expected: [String]) {
        #expect(ExtractionTestSupport.persons(text) == expected)
    }

    @Test("foreign names of one to three words after a foreign body", arguments: [
        ("일본 경제산업성 마츠노 다이스케 금속과장과 일본철강연맹 이즈미야마 지구환경정책위원장 또한",
         ["마츠노 다이스케/금속과장@일본 경제산업성", "이즈미야마/지구환경정책위원장@일본철강연맹"]),
        ("미국 에너지부 제니퍼 글랜홈 장관을 만나", ["제니퍼 글랜홈/장관@미국 에너지부"]),
        // A foreign name before a foreign body and its title (no spelling): one word, or more
        // from the start of a clause; never a Korean verb form or particle phrase.
        ("ㅇ 토니 블링컨 미국 에너지부 장관이 참석했다.", ["토니 블링컨/장관@미국 에너지부"]),
        ("회의에는 그랜홈 미국 에너지부 장관이 참석했다.", ["그랜홈/장관@미국 에너지부"]),
        ("회의에 참석한 미국 에너지부 장관은 말했다.", []),
        ("이에 따른 미국 에너지부 장관의 발언", []),
    ])
    func foreignNames(text: String, expected: [String]) {
        #expect(ExtractionTestSupport.persons(text) == expected)
    }

    @Test("the name span excludes title and particles")
    func span() {
        let text = "한국철강협회 변영만 부회장은"
        let p = ExtractionTestSupport.mentions(text).first { $0.kind == .person }
        #expect(p?.range == ExtractionTestSupport.range(of: "변영만", in: text))
        #expect(p?.rule == "person.body-name-title")
    }

    @Test("surname and title resolve to the document's person: 안 장관")
    func surnameTitle() {
        let text = "안덕근 산업통상자원부 장관은 강조했다.\n안 장관은 말했습니다.\n김 장관은"
        let found = ExtractionTestSupport.mentions(text).filter { $0.kind == .person }
        #expect(found.map { "\($0.canonical)=\($0.surface)@\($0.rule)" } == [
            "안덕근=안덕근@person.name-body-title", "안덕근=안@person.surname-title",
        ])
    }

    @Test("no title, no person; common words are not names", arguments: [
        "방문규는 말했다", "이번 장관회의", "정부 대표단", "산업부 1차관, 전자통신연구원 원장", "이날 과장된 표현",
    ])
    func noPerson(text: String) {
        #expect(ExtractionTestSupport.persons(text) == [])
    }

    @Test("phrases before titles seen in the corpus are not persons", arguments: [
        "이번에 홍보대사로 위촉된", "우리 대통령과", "이를 위해 장관은", "여야 원내대표", "연구원 부원장",
        "중국 외교부 아주사장을 수석대표로", "차장을 부위원장으로", "기업 대표들과", "신흥 시장 진출",
        // A verb form or particle before a country and a title (`이뤄진 케냐 대통령`).
        "작년에 이뤄진 케냐 대통령 방한", "지난달 성사된 몽골 총리 방한", "이번 방문을 통해 인도 대통령과",
        // A department between a foreign body and a title (`미국 국무부 에너지자원국 차관보`).
        "미국 국무부 에너지자원국 차관보와 협의", "캐나다 글로벌부 아태차관보와 협의",
    ])
    func notPersons(text: String) {
        #expect(ExtractionTestSupport.persons(text) == [])
    }

    @Test("name, original spelling, country, title", arguments: [
        ("회담에는 리차드 말스(Richard Marles) 호주 부총리가 참석했다", ["리차드 말스/부총리@호주"]),
        ("하야시 요시마사(林芳正) 일본 외무대신과 회담했다", ["하야시 요시마사/외무대신@일본"]),
        ("방한 계기 바이든 미국 대통령과 만났다", ["바이든/대통령@미국"]),
        ("- 로이드 오스틴 미국 국방장관, 하마다 일본 방위대신", ["로이드 오스틴/국방장관@미국", "하마다/방위대신@일본"]),
        ("페니 웡(Penny Wong) 호주 외교장관과", ["페니 웡/외교장관@호주"]),
        ("8일 오전 안토니 블링컨 미국 국무장관과", ["안토니 블링컨/국무장관@미국"]),
        // A word ending in a topic particle closes the subject: the words after it are the name.
        ("이번 회의에는 루카스 마르틴 페레이라 칠레 대통령, 안나 베커 호주 외교장관 등의 환영사가 있었다",
         ["루카스 마르틴 페레이라/대통령@칠레", "안나 베커/외교장관@호주"]),
        ("장관은 로이드 오스틴 미국 국방장관과 만났다", ["로이드 오스틴/국방장관@미국"]),
    ])
    func foreign(text: String, expected: [String]) {
        #expect(ExtractionTestSupport.persons(text) == expected)
    }

    @Test("the country is recorded; Korea or a missing name gives nothing")
    func country() {
        #expect(ExtractionTestSupport.mentions("바이든 미국 대통령").first { $0.kind == .person }?.properties["country"] == "미국")
        #expect(ExtractionTestSupport.persons("이번 미국 대통령 선거") == [])
        #expect(ExtractionTestSupport.persons("윤석열 한국 대통령") == [])
    }

    @Test("a foreign name with no spelling before an international body and its title", arguments: [
        // After a title and 와/과 a new name of a list starts; a word ending in 로 is never a name word here.
        ("ㅇ 알바로 라리오 국제농업개발기금(IFAD) 원장과 울리카 모디어 유엔개발계획(UNDP) 부위원장 등도 기조연설을 했다",
         ["라리오/원장@국제농업개발기금", "울리카 모디어/부위원장@유엔개발계획"]),
        ("ㅇ 취동위 국제농업개발기금(IFAD) 원장, 아킴 슈타이너 유엔개발계획(UNDP) 부위원장이 참석했다",
         ["취동위/원장@국제농업개발기금", "아킴 슈타이너/부위원장@유엔개발계획"]),
        ("회의에는 스타이너 유엔개발계획 위원장이 참석했다.", ["스타이너/위원장@유엔개발계획"]),
        // Korean phrases before the body are not names; nor one two-syllable word before an everyday title.
        ("회의에 참석한 유엔개발계획 위원장은 말했다.", []),
        ("사업 관련 유엔개발계획 위원장의 발언", []),
        ("거대 유엔개발계획 대표는", []),
        // A Korean body gives no foreign reading.
        ("회의에 앞서 스타이너 한국철강협회 회장이 인사했다.", []),
    ])
    func beforeInternationalBody(text: String, expected: [String]) {
        #expect(ExtractionTestSupport.persons(text) == expected)
    }

    @Test("head titles are told by their end, on bytes as on Characters", arguments: [
        ("장관", true), ("1차관", true), ("원장", true), ("통상교섭본부장", true), ("과장님", false), ("대사", false), ("장\u{0301}", false),
    ])
    func headTitles(title: String, expected: Bool) {
        #expect(PersonRule.isHeadTitle(title) == expected)
        #expect(PersonRule.isHeadTitle(title) == (title.hasSuffix("장관") || title.hasSuffix("차관") || title.hasSuffix("장")))
    }

    @Test("name prefixes on bytes answer as hasPrefix, also for decomposed Hangul", arguments: [
        ("안덕근", "안"), ("안덕근", "안덕"), ("안덕근", "덕"), ("안", "안덕"), ("남궁민수", "남궁"),
        ("이\u{11AB}수", "이"), ("인수", "이"), ("\u{110B}\u{1161}\u{11AB}덕근", "안"), ("Kim Jong", "Kim"), ("", "안"), ("안", ""),
    ])
    func namePrefix(name: String, prefix: String) {
        #expect(PersonRule.hasNamePrefix(name, prefix) == name.hasPrefix(prefix), "\(name) / \(prefix)")
    }
}
