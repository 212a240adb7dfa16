import Testing
@testable import CoopGraph

@Suite("SpelledForeignNameRule")
struct SpelledForeignNameRuleTests {
    @Test("the spelling gives the number of name words; bodies, countries and departments may come before the title", arguments: [
        ("장관은 호세 마리오 레예스 에르난데스(Jose Mario Reyes Hernandez) 캐나다 외교부 장관과 만났다",
         ["호세 마리오 레예스 에르난데스/장관@캐나다 외교부"]),
        ("방한 중인 「대니얼 크리텐브링크 (Daniel Kritenbrink)」미국 동아태 차관과 협의", ["대니얼 크리텐브링크/동아태 차관@미국"]),
        ("이어 냠-오소르 오츠랄(Nyam-Osor Uchral) 일본 장관과", ["냠-오소르 오츠랄/장관@일본"]),
        ("에지마 카즈히코(江島 一彦) 일본 과장과 회의", ["에지마 카즈히코/과장@일본"]),
        // A middle initial has no Hangul word of its own.
        ("차관은 웬디 셔먼(Wendy R. Sherman) 미국 국무부 부장관과 통화했다", ["웬디 셔먼/부장관@미국 국무부"]),
        // The surname alone after a word ending in a particle (차관은) is the name.
        ("차관은 셔먼(R. Sherman) 미국 국무부 부장관과 통화했다", ["셔먼/부장관@미국 국무부"]),
        // The surname alone before a full spelling; the word before it ends in a particle.
        ("작년 정상회의에 위도도(Joko Widodo) 인도네시아 대통령이 참석했다", ["위도도/대통령@인도네시아"]),
        ("지난달 기후총회의 룰라(Luiz Lula) 브라질 대통령 연설", ["룰라/대통령@브라질"]),
        // French given names end in 에: a name word, not a particle.
        ("장관은 디디에 레인더스(Didier Reynders) EU 위원장과 면담했다", ["디디에 레인더스/위원장@EU"]),
        // A generational suffix has no Hangul word either.
        ("장관은 호세 파우스티노(Jose C. Faustino Jr.) 캐나다 국방장관과 회담했다", ["호세 파우스티노/국방장관@캐나다"]),
        ("대사는 로버트 킹(Robert King III) 미국 국무부 차관과 만났다", ["로버트 킹/차관@미국 국무부"]),
        // A body's Latin abbreviation, or a department's, between it and the title.
        ("대사와 군나 비건트(Gunnar Wiegand) 유럽연합(EU) 아태실장은 환영사에서", ["군나 비건트/아태실장@EU"]),
        ("ㅇ (달립 싱(Daleep Singh) 美 국가안보회의(NSC) 부위원장) 양측은", ["달립 싱/부위원장@미국"]),
        // With nothing between spelling and title, a foreign country right before the name, or the
        // country of the list's first person after `title+과`.
        ("의장국 칠레 엘메르 쉬알레르 (Elmer Schialer) 외교장관과 데실루 레온(Desil Leon) 통상관광장관의 주재로",
         ["엘메르 쉬알레르/외교장관@칠레", "데실루 레온/통상관광장관@칠레"]),
        ("한국 엘메르 쉬알레르(Elmer Schialer) 교수가", ["엘메르 쉬알레르/교수@"]),
        // A spelled patronymic may run to eight syllables.
        ("차관은 사디코프 카이랏 아누아르베코비치(Sadykov Kairat Anuarbekovich) 우즈베키스탄 외교부 차관과 회담을 가졌다",
         ["사디코프 카이랏 아누아르베코비치/차관@우즈베키스탄 외교부"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(ExtractionTestSupport.persons(text) == expected)
    }

    /// `name/title@affiliation` for each person, over the bundled gazetteers.
    static func bundledPersons(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.kind == .person }.map {
            "\($0.canonical)/\($0.properties["title"] ?? "")@\($0.properties["affiliation"] ?? "")"
        }
    }

    @Test("half-width brackets, Vietnamese letters, Japanese kanji in one group (bundled gazetteers)", arguments: [
        // Half-width corner brackets around the name and its spelling.
        ("장관은 ｢카를로스 멘데스 로블레스(Carlos Méndez Robles)｣ 칠레 외교장관과 회담했다", ["카를로스 멘데스 로블레스/외교장관@칠레"]),
        // Vietnamese letters (Latin Extended Additional) in the spelling.
        ("청장은 쩐 반 끄엉(Trần Văn Cường) 베트남 공안부 차관과 면담했다", ["쩐 반 끄엉/차관@베트남 공안부"]),
        // A Japanese name's kanji in one group: two Hangul words when Japan follows.
        ("국장은 스즈키 히로시(鈴木浩) 일본 외무성 국장과 협의했다", ["스즈키 히로시/국장@일본 외무성"]),
        ("차관은 모리타 겐(森田健) 일본 외무성 사무차관과 통화했다", ["모리타 겐/사무차관@일본 외무성"]),
        // One Hangul syllable per Hanja is a Chinese name of one word, even before Japan.
        ("장관은 왕이(王毅) 중국 국무위원과 회담했다", ["왕이/국무위원@중국"]),
        // Departments joined by a middle dot before the title word.
        ("차관은 그레이엄 모턴(Graham Morton) 뉴질랜드 외교부 아주·미주차관보와 협의했다", ["그레이엄 모턴/아주·미주차관보@뉴질랜드 외교통상부"]),
        // A word ending like a Korean verb form before the given name is no family name.
        ("회의에 참석한 히로시(鈴木浩) 일본 외무성 국장은", ["히로시/국장@일본 외무성"]),
        // An ordinal title is one word (제1부통령), and a footnote mark after the body does not cut it from the title.
        ("총리는 「모하마드 모크베르(Mohammad Mokhber)」 이란 제1부통령과 회담했다", ["모하마드 모크베르/제1부통령@이란"]),
        ("장관은 「로빈 니블렛(Robin Niblett)」 채텀하우스* 소장과 대담했다", ["로빈 니블렛/소장@채텀하우스"]),
        ("차관은 다니엘 로페스(Daniel Lopez) 칠레 외교부** 제2차관과 면담했다", ["다니엘 로페스/제2차관@칠레 외교부"]),
        // A foreign body before the name, none after it; the portfolio before the title is kept,
        // a modifier of the post is not.
        ("차관은 안나 코발(Anna Koval) 폴란드 외교부 신임 대사와 면담했다", ["안나 코발/대사@폴란드 외교부"]),
        ("대표는 프랑스 외교부 마리 뒤랑(Marie Durand) 아시아담당 국장과 면담했다", ["마리 뒤랑/아시아담당 국장@프랑스 유럽외교부"]),
        // 소속 between the body and the name; a secretariat of an international body counts as international.
        ("대표단은 필리핀 통상산업부 소속 앨런 갭티(Allan Gepty) 차관보가 이끈다", ["앨런 갭티/차관보@필리핀 통상산업부"]),
        ("GCC측은 GCC 사무국 소속 압둘라흐만 알 하르비 (Abdulrahman Al Harbi) 수석대표를 중심으로 참여한다",
         ["압둘라흐만 알 하르비/수석대표@걸프협력회의 사무국"]),
        // Initials written together (L.P.) have no Hangul word; a blank may stand before the spelling.
        ("장관은 오전 레트노 마르수디 (Retno L.P. Marsudi) 인도네시아 외교장관과 회담을 가졌다", ["레트노 마르수디/외교장관@인도네시아"]),
        ("차관은 마리아 산토스(Maria L.C. Santos) 필리핀 외교부 차관과 면담했다", ["마리아 산토스/차관@필리핀 외교부"]),
        // A Vietnamese name in one Hangul word after punctuation.
        ("장관은 3월 21일(금), 도득두이(Do Duc Duy) 베트남 농업환경부 장관을 만났다", ["도득두이/장관@베트남 자원환경부"]),
        ("차관은 지난 5일, 팜민찐(Pham Minh Chinh) 베트남 총리를 예방했다", ["팜민찐/총리@베트남"]),
        // Regions joined by a middle dot are one word of the portfolio.
        ("미쉘 맥코넬(Michelle McConnell) 미국 CDC 동아시아·태평양 지역사무소 소장은 방문했다",
         ["미쉘 맥코넬/동아시아·태평양 지역사무소 소장@미국 질병통제예방센터"]),
        ("존 스미스(John Smith) 미국 국무부 중동·북아프리카 담당 국장은", ["존 스미스/중동·북아프리카 담당 국장@미국 국무부"]),
        // One word after punctuation is no name when it ends like a body or event word, is much
        // longer than the spelling, or the spelling has a lower-case word.
        ("지난 16일, 경제부(Ministry of Economy) 차관과 회의를 가졌다", []),
        ("같은 날, 고위급회의(High Level Meeting) 수석대표는 발언했다", []),
        ("한편, 정책지원부서(Policy Support Unit) 국장 주재로 점검했다", []),
    ])
    func foundBundled(text: String, expected: [String]) {
        #expect(Self.bundledPersons(text) == expected)
    }

    @Test("no title after the spelling, or a lower-case gloss, gives no person", arguments: [
        "탄소중립 기술(Carbon Neutral Technology) 협력을 논의",
        "국제 워크숍(Global Workshop)에서 장관은",
        "새 제도(system) 장관 발표",
        "주요 성과(Key Results) 보고서(KR) 발간 계획을 논의",
        // One word of capitals is an abbreviation: 국가안보회의 is not a person.
        "美 국가안보회의(NSC) 부위원장은 양측 협력을 논의",
    ])
    func notFound(text: String) {
        #expect(ExtractionTestSupport.persons(text).filter { $0.contains("@") && !$0.hasPrefix("장관") } == [])
    }
}
