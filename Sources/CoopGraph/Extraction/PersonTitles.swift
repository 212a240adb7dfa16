/// Recognises titles (`장관`, `1차관`, `철강세라믹과장`, `지구환경정책위원장`) and Korean
/// personal names (`방문규`, `남궁민수`), with the gazetteer's word lists.
///
/// Title tests run on UTF-8 bytes through ``ByteKeyTable``s: they are asked about many words.
/// A class, shared by reference from the ``Gazetteer``, so rules do not copy its tables.
public final class PersonTitles: Sendable {
    let titles: Set<String>
    let surnames: Set<String>
    let stopwords: Set<String>
    /// Surnames marked `rare`: their syllable opens many ordinary words (`대`, `수`, `단`).
    let rareSurnames: Set<String>
    /// `rareSurnames` answered on bytes.
    let rareSurnameSet: PlainStringSet
    let titleTable: ByteKeyTable
    let surnameTable: ByteKeyTable
    /// The word lists answered on bytes, for ``isKoreanName(_:_:_:)``.
    let titleSet: PlainStringSet
    let surnameSet: PlainStringSet
    let stopwordSet: PlainStringSet
    static let functionWordSet = PlainStringSet(functionWords)
    /// `nonNameEnds` and `particleEnds` as scalars, or nil if one of them is not a single scalar.
    static let nameEndScalars: ScalarSet? = {
        let all = nonNameEnds.union(particleEnds)
        let scalars = all.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first?.value : nil }
        return scalars.count == all.count ? ScalarSet(scalars) : nil
    }()
    /// Last scalars of all titles: a cheap test before any lookup.
    let finalScalars: ScalarSet
    /// Last syllables of the particles (``KoreanParticles``), held here so that the title walk
    /// reads no global.
    let tailFinals: ScalarSet
    /// `finalScalars` and `tailFinals` together: the one test of ``mayHoldTitle(syllables:_:in:)``.
    let titleOrTailFinals: ScalarSet
    /// ``KoreanParticles/maxTailBytes``, held here for the same reason.
    let maxTailBytes: Int
    /// Hashed bit set of the last two scalars of every title of two scalars or more: a word
    /// whose last two scalars are not among them ends no such title, so its suffixes need
    /// no table lookups.
    let finalPairs: [UInt64]

    /// Grammar words that begin with a surname syllable (`이번`, `이날`); never names.
    static let functionWords: Set<String> = [
        "이번", "이날", "이후", "이상", "이에", "이를", "이와", "이어", "이는", "이미", "이제", "한편", "최근", "지난", "오는",
        "모든", "각각", "당시", "현재", "금번", "또한", "아울러", "함께", "정부", "전문가", "관계자", "대표", "주재",
        "오늘", "신임", "부서", "소관", "공동", "지역", "민간", "고위급", "명품", "전임", "후임", "현지", "주한", "주미",
        "주일", "주중", "주러", "주영", "초대", "명예", "상임", "비상임", "수석", "차석", "국가", "국제", "전국", "정책",
        "우리", "위해", "여야", "전화", "양측", "각국", "방한", "방미", "방일", "방중", "고위", "정상", "공산당", "연구원",
        "유엔", "제주", "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남",
        "전북", "전남", "경북", "경남", "장관급", "차관급", "국장급", "실장급", "이사회", "위원", "대사관",
        "오전", "오후", "새벽", "저녁", "당일", "전날", "전직", "현직", "역대", "차기", "신규", "후보", "특히", "다만",
        "전체", "공식", "설치", "구축", "지정", "공공", "지방", "사실상", "최대", "최고", "최초", "기여한",
        "경기도", "강원도", "충청도", "전라도", "경상도", "제주도", "충북도", "충남도", "전북도", "전남도", "경북도", "경남도",
    ]

    /// True when a Hangul word may be one word of a transcribed foreign name: at most six
    /// syllables (`압둘아지즈`; a caller that knows the original spelling allows patronymics of
    /// eight, `아누아르베코비치`), not ending in a particle such as `에서`, `에게`, `으로`.
    public static func mayBeForeignNameWord(_ w: String, maxSyllables: Int = 6) -> Bool {
        var copy = w
        if let answer = copy.withUTF8({ b -> Bool? in
            // Hangul syllables only: one `Character` each, so counts and suffixes are bytes.
            guard b.count % 3 == 0, stride(from: 0, to: b.count, by: 3).allSatisfy({ ByteAutomaton.syllable(at: $0, in: b, upper: b.count) != nil })
            else { return nil }
            // A word that is only the ending (`에도`, a name: Aedo) is not that ending.
            return b.count <= 3 * maxSyllables && !foreignWordEndBytes.contains { e in e.count < b.count && ByteSearch.hasSuffix(b, e) }
        }) { return answer }
        return w.count <= maxSyllables && !foreignWordEnds.contains { w.hasSuffix($0) && w.count > $0.count }
    }
    static let foreignWordEnds: [String] = ["에서", "에게", "으로", "부터", "까지", "에는", "에도", "하는", "하고", "했다"]
    static let foreignWordEndBytes: [[UInt8]] = foreignWordEnds.map { Array($0.utf8) }

    /// Last syllables that are case particles, never the end of a name (`이번에`, `차장을`).
    static let particleEnds: Set<Character> = ["을", "를", "에", "의", "와", "로", "는"]

    /// Last syllables that make a word a body or a phrase rather than a name (`복지부`, `국가의`).
    static let nonNameEnds: Set<Character> = ["부", "청", "처", "실", "의", "급", "측", "팀", "과", "단", "회"]

    /// Titles that are also everyday nouns (`시장` market, `대표` representative): after a
    /// two-syllable "name" with no body they are too often `기업 대표`, `전력 시장`.
    static let everydayTitles: Set<String> = ["시장", "대표", "공사", "이사", "위원", "고문", "회장", "사장", "의장", "단장", "팀장", "부장", "국장", "과장"]

    /// True when a name–title pair without any body is believable: a two-syllable name
    /// needs a title that is not also an everyday noun.
    /// A name opening with a rare surname (and no common one) needs a body too.
    public func acceptsWithoutBody(name: String, title: String) -> Bool {
        var nameCopy = name, titleCopy = title
        if let answer = nameCopy.withUTF8({ n in titleCopy.withUTF8 { t in acceptsWithoutBody(name: n, title: t) } }) { return answer }
        // A two-syllable "name" before a compound title ending in an everyday noun is a phrase:
        // 지방 상의회장, 구축 추진단장.
        // (국장, 과장 stay: 이욱 기후정책과장 is an official.)
        // `titleSet` and `surnameSet` answer as `titles` and `surnames` do, on bytes (no hashing of Korean strings).
        if name.count == 2, !titleSet.contains(title), Self.phraseTitleEnds.contains(where: { title.hasSuffix($0) }) { return false }
        if let first = name.first, rareSurnames.contains(String(first)), !(name.count == 4 && surnameSet.contains(String(name.prefix(2)))) {
            return false
        }
        // A compound "title" that is a market or a venue is a phrase: 노동시장, 잠재시장, 행사장.
        if !titleSet.contains(title), title.hasSuffix("사장") || (title.hasSuffix("시장") && Self.marketWords.contains { title.hasPrefix($0) }) {
            return false
        }
        return name.count >= 3 || !Self.everydayTitles.contains(title)
    }

    /// ``acceptsWithoutBody(name:title:)`` on UTF-8 bytes when both texts are Hangul syllables
    /// and ASCII digits only (each scalar is then one `Character`, and `String` comparison is
    /// byte comparison), as names and titles from the rules are; nil otherwise.
    func acceptsWithoutBody(name n: UnsafeBufferPointer<UInt8>, title t: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let nameCount = Self.syllableOrDigitCount(n), Self.syllableOrDigitCount(t) != nil else { return nil }
        let isTitle = titleSet.contains(t, 0, t.count)
        if nameCount == 2, !isTitle, Self.phraseTitleEndBytes.contains(where: { ByteSearch.hasSuffix(t, $0) }) { return false }
        if nameCount > 0 {
            let one = n[0] < 0x80 ? 1 : 3
            let two = one + (n.count > one && n[one] < 0x80 ? 1 : 3)
            if rareSurnameSet.contains(n, 0, one), !(nameCount == 4 && surnameSet.contains(n, 0, two)) { return false }
        }
        if !isTitle, ByteSearch.hasSuffix(t, Self.presidentEnd)
            || (ByteSearch.hasSuffix(t, Self.mayorEnd) && Self.marketWordBytes.contains { $0.count <= t.count && ByteSearch.hasSuffix(UnsafeBufferPointer(rebasing: t[0..<$0.count]), $0) }) {
            return false
        }
        return nameCount >= 3 || !Self.everydayTitleSet.contains(t, 0, t.count)
    }

    /// The number of scalars of `b` when it holds only Hangul syllables and ASCII digits; nil otherwise.
    static func syllableOrDigitCount(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0, count = 0
        while i < b.count {
            if b[i] >= 0x30 && b[i] <= 0x39 { i += 1 } else if ByteAutomaton.syllable(at: i, in: b, upper: b.count) != nil { i += 3 } else { return nil }
            count += 1
        }
        return count
    }

    static let phraseTitleEndBytes: [[UInt8]] = phraseTitleEnds.map { Array($0.utf8) }
    static let marketWordBytes: [[UInt8]] = marketWords.map { Array($0.utf8) }
    static let presidentEnd: [UInt8] = Array("사장".utf8)
    static let mayorEnd: [UInt8] = Array("시장".utf8)
    static let everydayTitleSet = PlainStringSet(everydayTitles)

    /// Everyday title ends that make phrases after an ordinary two-syllable noun.
    static let phraseTitleEnds: [String] = ["회장", "단장", "사장", "시장", "공사", "대표", "이사", "의장"]

    /// Openings of `…시장` words that name a market, not a mayor (`노동시장`, not `부산시장`).
    static let marketWords: [String] = [
        "노동", "소비", "수산", "전력", "금융", "주식", "부동산", "자본", "채권", "외환", "탄소", "배출권", "농산물", "전통",
        "재래", "도매", "수출", "내수", "해외", "국내", "글로벌", "세계", "신흥", "잠재", "거대", "틈새", "현지", "단일", "공동",
    ]

    /// A body name followed by `장` in one word names its head: `통계개발원장` → 원장 of 통계개발원.
    public static let headSuffix = "장"
    static let headSuffixBytes: [UInt8] = Array(headSuffix.utf8)

    public init(titles: Set<String>, surnames: Set<String>, stopwords: Set<String>, rareSurnames: Set<String> = []) {
        self.rareSurnames = rareSurnames
        self.rareSurnameSet = PlainStringSet(rareSurnames)
        self.titles = titles
        self.surnames = surnames
        self.stopwords = stopwords
        self.titleTable = ByteKeyTable(strings: titles.sorted())
        self.titleSet = PlainStringSet(titles)
        self.surnameSet = PlainStringSet(surnames)
        self.stopwordSet = PlainStringSet(stopwords)
        self.surnameTable = ByteKeyTable(strings: surnames.sorted())
        self.finalScalars = ScalarSet(titles.compactMap { $0.unicodeScalars.last?.value })
        let particleFinals = KoreanParticles.all.compactMap { $0.unicodeScalars.last?.value }
        self.tailFinals = ScalarSet(particleFinals)
        self.titleOrTailFinals = ScalarSet(titles.compactMap { $0.unicodeScalars.last?.value } + particleFinals)
        self.maxTailBytes = KoreanParticles.maxTailBytes
        var pairs = [UInt64](repeating: 0, count: 1024)
        for t in titles {
            let v = t.unicodeScalars.map(\.value)
            guard v.count >= 2 else { continue }
            let bit = Self.pairBit(v[v.count - 2], v[v.count - 1])
            pairs[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.finalPairs = pairs
    }

    /// The title in the word `lo..<hi` (Hangul syllables and digits), particles removed:
    /// the whole word up to the particles when it is a title or ends in one of two syllables
    /// or more (a compound title); returns the title text and its byte end.
    public func title(_ lo: Int, _ hi: Int, in b: UnsafeBufferPointer<UInt8>) -> (title: String, end: Int)? {
        var end = hi
        // The start of the last scalar of `lo..<end`, carried from one step to the next: each
        // step looks one scalar further back (the walk runs on every word of every sentence).
        var lastStart = HangulBytes.scalarStart(before: end, lower: lo, in: b)
        // Below `hi` a title needs a particle tail after it: none unless the word ends in a
        // particle's last syllable, and none longer than three particles. Most words stop
        // after their whole self was tried.
        let mayHaveTail = lastStart.map { tailFinals.contains(HangulBytes.scalar(at: $0, in: b).value) } ?? false
        let lowestEnd = hi - maxTailBytes
        while end > lo, let lp = lastStart {
            if end < hi, !mayHaveTail || end < lowestEnd { return nil }
            let last = HangulBytes.scalar(at: lp, in: b).value
            let pp = HangulBytes.scalarStart(before: lp, lower: lo, in: b)
            defer { end = lp; lastStart = pp }
            if finalScalars.contains(last),
               // `lo..<end` of two scalars or more, and every suffix below, ends in a pair.
               case let paired = pp.map({ hasFinalPair(HangulBytes.scalar(at: $0, in: b).value, last) }) ?? false,
               pp == nil || paired,
               KoreanParticles.isParticleTail(end, hi, in: b) {
                if titleTable.contains(b, lo, end) { return (HangulBytes.string(lo, end, in: b), end) }
                // Compound titles: a suffix of at least two syllables is a title.
                var s = lo
                while paired, end - s >= 6 {
                    if s > lo, titleTable.contains(b, s, end) { return (HangulBytes.string(lo, end, in: b), end) }
                    s += HangulBytes.scalar(at: s, in: b).length
                }
            }
        }
        return nil
    }

    /// ``title(_:_:in:)`` for a word of Hangul syllables only, as most of the person rule's
    /// tokens are: every scalar is three bytes, so the walk back steps three bytes at a time
    /// and decodes each syllable once, without searching for scalar starts.
    public func title(syllables lo: Int, _ hi: Int, in b: UnsafeBufferPointer<UInt8>) -> (title: String, end: Int)? {
        guard hi - lo >= 3 else { return nil }
        let mayHaveTail = tailFinals.contains(Self.syllable(at: hi - 3, in: b))
        let lowestEnd = hi - maxTailBytes
        var end = hi
        var last = Self.syllable(at: hi - 3, in: b)
        while end > lo {
            if end < hi, !mayHaveTail || end < lowestEnd { return nil }
            let lp = end - 3
            let previous = lp > lo ? Self.syllable(at: lp - 3, in: b) : 0
            if finalScalars.contains(last) {
                let paired = lp > lo && hasFinalPair(previous, last)
                if lp == lo || paired, KoreanParticles.isParticleTail(end, hi, in: b) {
                    if titleTable.contains(b, lo, end) { return (HangulBytes.string(lo, end, in: b), end) }
                    // Compound titles: a suffix of at least two syllables is a title.
                    var s = lo + 3
                    while paired, end - s >= 6 {
                        if titleTable.contains(b, s, end) { return (HangulBytes.string(lo, end, in: b), end) }
                        s += 3
                    }
                }
            }
            end = lp
            last = previous
        }
        return nil
    }

    /// False when ``title(syllables:_:in:)`` must answer nil for the Hangul word `lo..<hi`,
    /// decided from its last syllable alone: it neither ends a title nor a particle (so no
    /// title can end before a particle tail either). Most words stop here, before any call.
    @inline(__always)
    public func mayHoldTitle(syllables lo: Int, _ hi: Int, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        hi - lo >= 3 && titleOrTailFinals.contains(Self.syllable(at: hi - 3, in: b))
    }

    /// The value of the three-byte scalar at `i`, decoded as ``HangulBytes/scalar(at:in:)`` does.
    @inline(__always)
    static func syllable(at i: Int, in b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        (UInt32(b[i] & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
    }

    @inline(__always)
    static func pairBit(_ a: UInt32, _ b: UInt32) -> Int {
        let key = (UInt64(a) << 21 | UInt64(b)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: key >> 48)
    }

    @inline(__always)
    func hasFinalPair(_ a: UInt32, _ b: UInt32) -> Bool {
        let bit = Self.pairBit(a, b)
        return finalPairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// True when the bytes after a body name in its word are a title: `장관`, or `장` for the body's head.
    public func isTitleRemainder(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        if hi - lo == 3, b[lo] == Self.headSuffixBytes[0], b[lo + 1] == Self.headSuffixBytes[1], b[lo + 2] == Self.headSuffixBytes[2] {
            return true
        }
        return titleTable.contains(b, lo, hi)
    }

    /// String form of ``isTitleRemainder(_:_:_:)``.
    public func isTitleRemainder(_ remainder: String) -> Bool {
        let bytes = Array(remainder.utf8)
        return bytes.withUnsafeBufferPointer { isTitleRemainder($0, 0, $0.count) }
    }

    /// A byte-level first test for ``isKoreanName(_:)``: two to four Hangul syllables
    /// opening with a known surname. Cheap enough to run on every word before a title.
    @inline(__always)
    public func mayBeKoreanName(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        let n = hi - lo
        guard n >= 6, n <= 12, n % 3 == 0 else { return false }
        return surnameTable.contains(b, lo, lo + 3) || surnameTable.contains(b, lo, lo + 6)
    }

    /// ``isKoreanName(_:)`` on the bytes `lo..<hi` when they are Hangul syllables only (each
    /// syllable is then one `Character`, and plain); nil otherwise, for the `String` path.
    public func isKoreanName(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool? {
        guard let ends = Self.nameEndScalars, (hi - lo) % 3 == 0 else { return nil }
        var i = lo
        while i < hi {
            guard ByteAutomaton.syllable(at: i, in: b, upper: hi) != nil else { return nil }
            i += 3
        }
        let n = (hi - lo) / 3
        guard n >= 2 && n <= 4, !stopwordSet.contains(b, lo, hi), !Self.functionWordSet.contains(b, lo, hi),
              !titleSet.contains(b, lo, hi) else { return false }
        if let last = ByteAutomaton.syllable(at: hi - 3, in: b, upper: hi), ends.contains(last) { return false }
        if n == 4 { return surnameSet.contains(b, lo, lo + 6) }
        return surnameSet.contains(b, lo, lo + 3) || (n == 3 && surnameSet.contains(b, lo, lo + 6))
    }

    /// True when the Hangul word is a plausible Korean name: 2–4 syllables, a known surname
    /// first (two-syllable surnames allow four syllables), not a stopword or grammar word.
    public func isKoreanName(_ word: String) -> Bool {
        var copy = word
        if let answer = copy.withUTF8({ isKoreanName($0, 0, $0.count) }) { return answer }
        let n = word.count
        guard n >= 2 && n <= 4, !stopwordSet.contains(word), !Self.functionWordSet.contains(word), !titleSet.contains(word) else { return false }
        if let last = word.last, Self.nonNameEnds.contains(last) || Self.particleEnds.contains(last) { return false }
        let one = String(word.prefix(1)), two = String(word.prefix(2))
        if n == 4 { return surnames.contains(two) }
        return surnames.contains(one) || (n == 3 && surnames.contains(two))
    }
}
