import CoopGraph
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
}
