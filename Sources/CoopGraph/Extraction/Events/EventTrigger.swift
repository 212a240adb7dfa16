/// A noun that names an event of one type (회담, 토론회, 출범식 …), as UTF-8 bytes.
public struct EventTrigger: Sendable, Hashable {
    public var word: String
    public var type: EventType
    let bytes: [UInt8]

    public init(_ word: String, _ type: EventType) {
        self.word = word
        self.type = type
        self.bytes = Array(word.utf8)
    }

    /// The generic noun 행사: refers back to an event, never names one.
    static let generic = EventTrigger("행사", .meeting)

    /// Every trigger, longest first so that 공동토론회 wins over 토론회 and 출범식 over 출범.
    public static let all: [EventTrigger] = {
        let meeting = ["회담", "면담", "회의", "협의회", "라운드테이블", "간담회", "공동위원회", "장관회의", "협상", "공식협상",
                       "정책협의회", "협의", "전략대화", "정책대화", "고위급대화", "정상회담", "총회", "각료회의",
                       "공동위", "접견", "화상통화", "전화통화", "화상회담", "전화회담", "각료이사회",
                       // A call between office holders (`한미 외교차관 통화`); 통화 alone is also "currency".
                       "장관 통화", "차관 통화", "정상 통화", "총리 통화", "장관통화", "차관통화", "정상통화", "총리통화",
                       // A summit in the loanword (`B20 서밋`, `리더스 서밋`).
                       "서밋"]
        let seminar = ["세미나", "토론회", "공동토론회", "포럼", "심포지엄", "워크숍", "워크샵", "설명회", "컨퍼런스", "콘퍼런스", "학술대회",
                       "보고회", "발표회", "공청회", "시연회", "데모데이"]
        let launch = ["출범식", "개소식", "현판식", "기념식", "발대식", "출범", "착공식", "준공식", "개원식", "개막식",
                      "시상식", "제막식", "수여식", "전달식", "선포식",
                      // The opening and closing ceremonies of a meeting (`고위급회의 개회식`).
                      "개회식", "폐회식", "폐막식"]
        let signing = ["체결식", "서명식", "협약식"]
        let visit = ["방문", "방한", "순방", "파견", "사절단"]
        let announcement = ["발표"]
        var list: [EventTrigger] = []
        for (words, type) in [(meeting, EventType.meeting), (seminar, .seminar), (launch, .launch), (signing, .signing),
                              (visit, .visit), (announcement, .announcement)] {
            list += words.map { EventTrigger($0, type) }
        }
        return list.sorted { ($0.bytes.count, $0.word) > ($1.bytes.count, $1.word) }
    }()
}
