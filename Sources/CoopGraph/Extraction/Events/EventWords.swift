/// The small closed word lists the event and agreement rules read (Korean function words,
/// cue verbs, venue words); open lists (places, bodies) come from mentions and gazetteers.
enum EventWords {
    /// Last syllables that end a word as a particle or a verb form, so the word is not part of a name.
    static let endings: Set<UInt32> = Set("은는이가을를에의와과로도만서고며면게지해된한린인던운른다여나께터까요죠며듯든려할될올갈친킨".unicodeScalars.map(\.value))
    /// Words before a trigger that point back to an event already named (이번 회의, 이날 행사).
    static let demonstratives: Set<String> = ["이번", "이날", "오늘", "동", "해당", "금번", "같은", "이와", "그", "본", "당해", "이", "각", "이러한", "한편"]
    /// Words that stop a name to their left.
    static let stopWords: Set<String> = ["및", "등", "또는", "위한", "통해", "관련", "대한", "있는", "함께", "그리고", "또한", "특히", "아울러", "앞으로", "최근", "연", "매년", "정례", "정기", "오전", "오후", "나흘간", "이틀간", "양일간", "사흘간", "닷새간", "계기", "첫", "간", "차", "참석", "개최", "다음", "이후", "총", "지난", "공식", "정식", "본격", "새롭게", "처음", "각각", "양자", "이어", "연이어",
                                            // `포럼 첫 날 개회식`: the day of a programme, not part of a name.
                                            "날", "첫날", "이튿날", "마지막"]
    /// Words before a trigger that make it a future one (향후 협상, 차기 회의): a topic, not an event.
    static let futureWords: Set<String> = ["향후", "차기", "추후"]
    /// Meeting words that, used of two people (`A 장관은 … B 장관을 면담하고`), name a meeting of their own.
    static let personMeetingWords: Set<String> = ["면담", "회담", "접견", "화상통화", "전화통화", "화상회담", "전화회담"]
    /// A trigger followed by a copula defines a kind of thing (`… 모색하는 회의이다`), not a happening.
    static let copulas = ["이다", "입니다"]
    /// Letters used as list bullets (`o 포럼에서는`), never part of a name.
    static let bulletWords: Set<String> = ["o", "O", "ㅇ", "ο", "○", "-", "·"]
    /// Syllables after a trigger that keep it a word of its own (particles, 하다 forms).
    static let followers: Set<UInt32> = Set("에을를은는이가의과와로으도만까부및서때후시중하해했한할함됐되된차엔께".unicodeScalars.map(\.value))
    /// 회의 after these syllables is the end of 위원회/협의회/이사회 + the particle 의.
    static let beforeHoeuiParticle: Set<UInt32> = Set("원협학대의총사합단체조연".unicodeScalars.map(\.value))
    /// Nouns that only refer back to an event (이날 행사에는).
    static let genericEventNouns = ["행사"]
    static let eventVerbs = ["개최", "열린", "열렸", "열려", "열리", "열었", "참석", "가졌", "가진", "진행", "체결", "방문", "출범", "개소",
                             "발표", "참여", "주최", "주관", "개막", "열고", "갖고", "실시", "참가",
                             "면담하", "회담하", "접견하"]
    static let plannedCues = ["예정", "계획", "할 것", "방침", "오는", "추진할", "열릴", "개최한다"]
    static let negatedCues = ["개최하지 않", "열리지 않", "무산", "연기되", "연기하", "연기됐", "취소되", "취소하", "취소됐", "불참"]
    static let attendanceVerbs = ["참석", "참여", "참가", "발표", "함께", "만나", "면담"]
    static let speechCues = ["밝혔", "강조", "말했", "인사말", "축사", "당부", "언급", "전했", "설명했", "평가했", "모두발언", "기조연설",
                             "발언", "환영사", "개회사", "격려사", "주재", "소개하", "소개했", "의견을 교환", "논의하였", "논의했",
                             "기조 강연", "기조강연", "강연을", "발제", "주제발표", "발표한다", "발표하였", "발표했", "제안한다", "제안하였",
                             "제안했", "살펴본다", "살펴보았",
                             // Reported speech without a verb of saying (`… 바란다고 하였습니다`).
                             "다고 하였", "다고 했", "라고 하였", "라고 했"]
    static let attendeeLabels = ["참석자", "참석 대상", "참가자", "참석대상", "방한 인사", "참석 인사", "참가 인사", "대표단", "수석대표"]
    /// Verbs of a sentence that says who attended (without naming the event).
    static let attendedVerbs = ["참석했", "참석하였", "참석합니다", "참석한다", "참석할", "참가했", "참가하였", "참가합니다", "참가한다", "참가할", "자리했", "함께했",
                                // `동 행사는 … 등이 참석한 가운데 개최되었으며`: who attended the event referred to.
                                "참석한 가운데", "참가한 가운데"]
    static let organiserWords = ["주최", "주관"]
    /// The particle after a place (서울에서).
    static let placeMarker = "에서"
    /// A place visited (워싱턴 DC를 방문).
    static let visitMarkers = ["를 방문", "을 방문"]
    /// Verbs that make the subjects of a sentence its event's organisers.
    static let hostingVerbs = ["개최", "주최", "열었", "가졌", "개최하", "공동으로"]
    /// `… 부터 … 까지`: a date that starts a span with an end in the sentence.
    static let rangeEnds = ["까지"]
    static let onlineWords = ["화상", "비대면", "온라인"]
    /// First words of a name that only says how a meeting was held (화상회의로, 영상회의 방식).
    static let modeWords = ["화상", "영상", "비대면", "대면", "온라인", "서면", "화상회의", "영상회의", "비대면회의", "온라인회의", "서면회의"]
    /// Endings of a venue name (서울 코엑스 인터컨티넨탈호텔, 정부서울청사).
    static let venueSuffixes = ["호텔", "센터", "컨벤션", "코엑스", "청사", "회의실", "대학교", "홀", "빌딩", "회관", "박물관", "대사관", "타워",
                                "전시장", "공항", "캠퍼스", "하우스", "궁", "관저", "본관", "별관", "강당", "연구원", "공관", "벡스코", "킨텍스", "엑스코", "층", "1F",
                                // Sites visited (`농산물 가공시설에 방문해`, `현지공장을 방문`, `사업현장을 방문`).
                                "시설", "공장", "현장"]
    /// Cities named as event places (a short list; countries come from mentions).
    static let cities: Set<String> = [
        "서울", "부산", "인천", "대구", "대전", "광주", "울산", "세종", "제주", "수원", "창원", "경주", "여수", "평창", "고양", "송도",
        "도쿄", "오사카", "베이징", "상하이", "워싱턴", "워싱턴 DC", "워싱턴DC", "뉴욕", "파리", "런던", "베를린", "브뤼셀", "제네바", "비엔나",
        "자카르타", "하노이", "호치민", "싱가포르", "방콕", "뉴델리", "타슈켄트", "아스타나", "리야드", "두바이", "아부다비", "시드니",
        "캔버라", "오타와", "토론토", "멕시코시티", "상파울루", "나이로비", "카이로", "모스크바", "로마", "마드리드", "스톡홀름", "헬싱키",
        "오슬로", "코펜하겐", "암스테르담", "헤이그", "바르샤바", "프라하", "부다페스트", "울란바토르", "마닐라", "쿠알라룸푸르", "프놈펜",
        "비엔티안", "다낭", "요코하마", "홍콩", "타이베이", "샌프란시스코", "로스앤젤레스", "시카고", "휴스턴", "보스턴", "리마",
        "산티아고", "부에노스아이레스", "보고타", "바쿠", "알마티", "이스탄불", "앙카라", "도하", "쿠웨이트", "무스카트", "테헤란",
    ]
    /// Short forms in a bilateral name (한-일, 한미) and the country each stands for,
    /// used when no country mention covers the name.
    static let countryCodes: [String: String] = [
        "한": "한국", "일": "일본", "미": "미국", "중": "중국", "러": "러시아", "영": "영국", "독": "독일", "불": "프랑스", "프": "프랑스",
        "호": "호주", "캐": "캐나다", "베": "베트남", "몽": "몽골", "인니": "인도네시아", "인": "인도", "태": "태국", "사": "사우디아라비아",
        "이": "이탈리아", "필": "필리핀", "말": "말레이시아", "싱": "싱가포르", "멕": "멕시코", "브": "브라질", "칠": "칠레", "페": "페루",
        "우즈벡": "우즈베키스탄", "카자흐": "카자흐스탄", "튀": "튀르키예", "덴": "덴마크", "네": "네덜란드", "스": "스페인", "폴": "폴란드",
        "체": "체코", "헝": "헝가리", "EU": "EU", "아세안": "아세안",
    ]
    /// Agreement status cues, checked in this order.
    static let agreementPlanned = ["체결할", "체결 예정", "체결을 추진", "추진할", "예정", "계획", "할 것", "추진 중", "추진중"]
    static let agreementSigned = ["체결", "서명", "합의", "맺", "교환", "타결"]
    static let agreementNegotiating = ["협상", "논의 중", "협의 중"]
    static let agreementInForce = ["발효", "참여 중", "참여중", "가입", "출범", "시행"]
    /// Any of these in the sentence makes an agreement word a real agreement, not a topic.
    static let agreementVerbs = ["체결", "서명", "합의", "발효", "협상", "출범", "참여", "가입", "수임", "의장국", "맺", "추진", "타결", "교환", "비준", "구축"]
    static let membershipCues = ["참여", "가입", "회원국", "참가국", "구성"]
    /// A sentence about joining that says the membership holds now.
    static let ongoingMembership = ["참여 중", "참여중", "가입"]
    /// A sentence that signs (not only plans) an agreement.
    static let signingVerbs = ["체결", "서명"]
    /// Words saying both sides of a pair of countries (양국은, 양측이).
    static let bothSides = ["양국은", "양국이", "양국 ", "양측은", "양측이", "양국간", "양국 간"]
    /// Words of a note that lists members or participants (21개 회원, 참가국).
    static let memberWords = ["회원", "개국", "참가국", "참여국", "참석국", "경제체"]
    static let chairCues = ["의장국", "의장직", "공동의장"]
    static let predecessorCue = "에 이어"
    static let launchWord = "출범"
}
