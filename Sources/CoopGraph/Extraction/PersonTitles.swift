/// Recognises titles (`장관`, `1차관`, `철강세라믹과장`, `지구환경정책위원장`) and Korean
/// personal names (`방문규`, `남궁민수`) on UTF-8 bytes, with the gazetteer's word lists.
public struct PersonTitles: Sendable {
    let titles: Set<String>
    let surnames: Set<String>
    let stopwords: Set<String>
    /// Titles of two syllables or more: a word ending in one is a compound title.
    let suffixTitles: [String]
    /// Last scalars of all titles: a cheap test before any string is built.
    let finalScalars: Set<UInt32>

    /// Grammar words that begin with a surname syllable (`이번`, `이날`); never names.
    static let functionWords: Set<String> = [
        "이번", "이날", "이후", "이상", "이에", "이를", "이와", "이어", "이는", "이미", "이제", "한편", "최근", "지난", "오는",
        "모든", "각각", "당시", "현재", "금번", "또한", "아울러", "함께", "정부", "전문가", "관계자", "대표", "주재",
        "오늘", "신임", "부서", "소관", "공동", "지역", "민간", "고위급", "명품", "전임", "후임", "현지", "주한", "주미",
        "주일", "주중", "주러", "주영", "초대", "명예", "상임", "비상임", "수석", "차석", "국가", "국제", "전국", "정책",
    ]

    /// Last syllables that make a word a body or a phrase rather than a name (`복지부`, `국가의`).
    static let nonNameEnds: Set<Character> = ["부", "청", "처", "실", "의", "급", "측", "팀", "과", "단", "회"]

    /// A body name followed by `장` in one word names its head: `통계개발원장` → 원장 of 통계개발원.
    public static let headSuffix = "장"

    public init(titles: Set<String>, surnames: Set<String>, stopwords: Set<String>) {
        self.titles = titles
        self.surnames = surnames
        self.stopwords = stopwords
        finalScalars = Set(titles.compactMap { $0.unicodeScalars.last?.value })
        suffixTitles = titles.filter { $0.count >= 2 }.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// The title in the word `lo..<hi` (Hangul syllables and digits), particles removed:
    /// returns the title text and the byte end of the title within the word.
    public func title(_ lo: Int, _ hi: Int, in b: UnsafeBufferPointer<UInt8>) -> (title: String, end: Int)? {
        var end = hi
        while end > lo {
            if let lp = HangulBytes.scalarStart(before: end, lower: lo, in: b),
               finalScalars.contains(HangulBytes.scalar(at: lp, in: b).value),
               KoreanParticles.isParticleTail(end, hi, in: b) {
                let word = HangulBytes.string(lo, end, in: b)
                if titles.contains(word) { return (word, end) }
                for t in suffixTitles where word.hasSuffix(t) { return (word, end) }
            }
            guard let p = HangulBytes.scalarStart(before: end, lower: lo, in: b) else { break }
            end = p
        }
        return nil
    }

    /// True when `remainder` (what follows a body name in its word) is a title: `장관`, or `장` for the body's head.
    public func isTitleRemainder(_ remainder: String) -> Bool {
        remainder == Self.headSuffix || titles.contains(remainder)
    }

    /// True when the Hangul word is a plausible Korean name: 2–4 syllables, a known surname
    /// first (two-syllable surnames allow four syllables), not a stopword or grammar word.
    public func isKoreanName(_ word: String) -> Bool {
        let n = word.count
        guard n >= 2 && n <= 4, !stopwords.contains(word), !Self.functionWords.contains(word), !titles.contains(word) else { return false }
        if let last = word.last, Self.nonNameEnds.contains(last) { return false }
        let one = String(word.prefix(1)), two = String(word.prefix(2))
        if n == 4 { return surnames.contains(two) }
        return surnames.contains(one) || (n == 3 && surnames.contains(two))
    }
}
