/// The UTF-8 byte sequences the date scanner compares against, spelled once.
///
/// Kept as byte arrays so that the scanner compares bytes and never builds `String`s or
/// `Character`s while scanning.
enum DateBytes {
    static let year = Array("년".utf8)
    static let month = Array("월".utf8)
    static let day = Array("일".utf8)
    static let from = Array("부터".utf8)
    static let until = Array("까지".utf8)
    static let weekdayWord = Array("요일".utf8)
    static let monthsUnit = Array("개월".utf8)
    static let during = Array("간".utf8)
    /// Suffixes after `N일` that make it a count of days, not a date (3일간, 2일째, 1일차, 1일분).
    static let dayCountSuffixes = ["간", "째", "차", "분", "치"].map { Array($0.utf8) }
    /// 일 월 화 수 목 금 토, index = weekday (0 = Sunday).
    static let weekdays = ["일", "월", "화", "수", "목", "금", "토"].map { Array($0.utf8) }
    static let past = Array("지난".utf8)
    static let coming = Array("오는".utf8)
    static let nal = Array("날".utf8)
    static let today = Array("오늘".utf8)
    static let quarter = Array("분기".utf8)

    /// Words that are dates relative to the document date, longest first.
    static let relativeWords: [RelativeWord] = {
        let table: [(String, DateExpression.Kind, DateTense?)] = [
            ("지난해", .relativeYear(-1), .past), ("작년", .relativeYear(-1), .past),
            ("올해", .relativeYear(0), nil), ("금년", .relativeYear(0), nil),
            ("내년", .relativeYear(1), .future), ("이듬해", .relativeYear(1), .future),
            ("이번 달", .relativeMonth(0), nil), ("이번달", .relativeMonth(0), nil), ("이달", .relativeMonth(0), nil),
            ("다음 달", .relativeMonth(1), .future), ("다음달", .relativeMonth(1), .future), ("내달", .relativeMonth(1), .future),
            ("지난달", .relativeMonth(-1), .past), ("지난 달", .relativeMonth(-1), .past),
            ("전날", .relativeDay(-1), .past), ("어제", .relativeDay(-1), .past),
            ("이날", .relativeDay(0), nil), ("오늘", .relativeDay(0), nil), ("당일", .relativeDay(0), nil),
            ("내일", .relativeDay(1), .future), ("다음날", .relativeDay(1), .future), ("다음 날", .relativeDay(1), .future),
        ]
        return table.map { RelativeWord(bytes: Array($0.0.utf8), kind: $0.1, tense: $0.2) }
    }()

    /// The first six bytes (two syllables) of 지난, 오는 and every relative word, little-endian:
    /// every word ``DateRecognizer`` looks for at a syllable starts with one of them, so the
    /// bytes at an offset that equal none start no word (most syllables that pass
    /// ``mayStartWord(_:_:_:)`` — 이, 다, 전, 지 … — begin ordinary words). Empty when some word
    /// is shorter than six bytes, which turns the test off.
    static let wordPrefixes: [UInt64] = {
        let words = [past, coming] + relativeWords.map(\.bytes)
        guard words.allSatisfy({ $0.count >= 6 }) else { return [] }
        return Array(Set(words.map { prefixKey($0, 0) })).sorted()
    }()

    /// The six bytes of `b` from `i` (which must be in bounds), little-endian.
    @inline(__always)
    static func prefixKey(_ b: [UInt8], _ i: Int) -> UInt64 {
        var k: UInt64 = 0
        for j in 0..<6 { k |= UInt64(b[i + j]) << UInt64(8 * j) }
        return k
    }

    struct RelativeWord: Sendable {
        var bytes: [UInt8]
        var kind: DateExpression.Kind
        var tense: DateTense?
    }

    /// True when the syllable (three UTF-8 bytes) can start 지난, 오는 or a relative word:
    /// 지 오 작 올 금 내 이 다 어 전 당. Checked before any word comparison, so that the
    /// scan spends almost nothing on the other syllables.
    @inline(__always)
    static func mayStartWord(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        switch (UInt32(b0 & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F) {
        case 0xC9C0, 0xC624, 0xC791, 0xC62C, 0xAE08, 0xB0B4, 0xC774, 0xB2E4, 0xC5B4, 0xC804, 0xB2F9: return true
        default: return false
        }
    }

    /// ``mayStartWord(_:_:_:)`` as one bit per syllable (U+AC00 + index), for the scan's hot loop:
    /// a load and a bit test instead of a chain of compares.
    static let wordStartBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (11172 + 63) / 64)
        for v in UInt32(0xAC00)...0xD7A3 {
            let b0 = UInt8(0xE0 | (v >> 12)), b1 = UInt8(0x80 | ((v >> 6) & 0x3F)), b2 = UInt8(0x80 | (v & 0x3F))
            if mayStartWord(b0, b1, b2) { let k = Int(v - 0xAC00); bits[k >> 6] |= 1 << UInt64(k & 63) }
        }
        return bits
    }()

    /// ``mayStartWord(_:_:_:)`` read from ``wordStartBits`` (passed as a buffer, so the hot loop
    /// does not ask for the static each time). The value is decoded exactly as there; every
    /// syllable it accepts is a precomposed one, so anything outside U+AC00–U+D7A3 is refused.
    @inline(__always)
    static func mayStartWord(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8, bits: UnsafeBufferPointer<UInt64>) -> Bool {
        let v = (UInt32(b0 & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F)
        guard v >= 0xAC00, v <= 0xD7A3 else { return false }
        let k = Int(v - 0xAC00)
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// `v` is the first syllable of a word of ``pastSyllables`` (됐 렸 았 었 였 왔 졌 쳤 켰 했 혔):
    /// a switch, so the tense scan compares words only where one may start.
    @inline(__always)
    static func startsPast(_ v: UInt32) -> Bool {
        switch v {
        case 0xB410, 0xB838, 0xC558, 0xC5C8, 0xC600, 0xC654, 0xC84C, 0xCCE4, 0xCF30, 0xD588, 0xD614: return true
        default: return false
        }
    }

    /// `v` is the first syllable of a word of ``presentEndings`` (간 는 된 린 온 한).
    @inline(__always)
    static func startsPresent(_ v: UInt32) -> Bool {
        switch v {
        case 0xAC04, 0xB294, 0xB41C, 0xB9B0, 0xC628, 0xD55C: return true
        default: return false
        }
    }

    /// `v` is the first syllable of a word of ``futureCues`` (개 계 방 열 예 할).
    @inline(__always)
    static func startsFuture(_ v: UInt32) -> Bool {
        switch v {
        case 0xAC1C, 0xACC4, 0xBC29, 0xC5F4, 0xC608, 0xD560: return true
        default: return false
        }
    }

    /// Words after a year-less date, later in its sentence, that put it in the future.
    static let futureCues = ["예정", "계획", "할 것", "방침", "개최한다", "열린다"].map { Array($0.utf8) }
    /// Past-tense syllables (했다, 밝혔다, 가졌다 …): a sentence that has one reports the past,
    /// so a future cue in it (계획임을 밝혔다) does not move the date forward.
    static let pastSyllables = ["었", "았", "였", "했", "혔", "졌", "됐", "렸", "켰", "왔", "쳤"].map { Array($0.utf8) }
    static let sentenceEnd = Array("다.".utf8)
    /// Words before a name that place its glossed date in the document's year (`올해 정상회의(11월)`).
    static let thisYear = ["올해", "금년"].map { Array($0.utf8) }
    /// Modifiers before a name that make it a coming event (`개최되는 … 장관회의(8월, 인천)`).
    static let comingModifiers = ["예정된", "예정인", "개최되는", "개최될", "열리는", "열릴", "앞으로"].map { Array($0.utf8) }
    /// Present-tense endings that announce what is to happen (출범한다고, 개최된다, 열린다, 갖는다).
    static let presentEndings = ["한다", "된다", "린다", "는다", "간다", "온다"].map { Array($0.utf8) }
}
