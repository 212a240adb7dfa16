/// Event words that name no happening of the release: a launch counted from (`출범 이후`,
/// `출범 10주년`) and a quoted sentence of speech (`“이번 출범식으로 … 기대한다”라고 말했다`);
/// and one name spaced two ways.
extension EventTriggerRule {
    static let launchWordBytes = Array("출범".utf8)
    static let sinceWords: [[UInt8]] = [" 이후", " 이래", "이후", "이래"].map { Array($0.utf8) }
    static let anniversary = Array("주년".utf8)
    /// How far before 출범 its own date may stand (a subject of a few words between).
    static let ownDateReach = 40

    /// `윤석열 정부 출범 이후`, `협의회 출범 10주년`: the launch is the start of a period or an
    /// anniversary, background of another day, not an event of its own.
    /// A launch with its own month or day just before it (`작년 11월 뉴질랜드 신정부 출범 이후`) is
    /// still a dated happening, recalled.
    static func isSinceLaunch(_ trigger: EventTrigger, end: Int, _ t: EventText) -> Bool {
        guard trigger.bytes == launchWordBytes else { return false }
        if sinceWords.contains(where: { t.matches($0, at: end) }) {
            let start = end - launchWordBytes.count
            return !t.dates(in: SourceRange(max(0, start - ownDateReach), start)).contains { $0.value.precision == .day || $0.value.precision == .month }
        }
        var k = end
        if k < t.b.count, t.b[k] == 0x20 { k += 1 }
        let digits = k
        while k < t.b.count, t.b[k] >= 0x30, t.b[k] <= 0x39 { k += 1 }
        return k > digits && t.matches(anniversary, at: k)
    }

    /// The quote is a sentence someone said: it ends like a sentence (…기대한다, …합니다.), where a
    /// title ends in a noun.
    static func isSpeech(_ q: SourceRange, _ t: EventText) -> Bool {
        if endsLikeSentence(q, t) { return true }
        // `“… 끝까지 협상에 최선을 다할 것”이라고 밝혔다`: a quote reported with 이라고/라며 is speech
        // whatever it ends in.
        guard let close = t.scalar(at: q.upperBound) else { return false }
        return speechTails.contains { t.matches($0, at: close.end) }
    }

    static let speechTails: [[UInt8]] = ["이라고", "라고", "이라며", "라며"].map { Array($0.utf8) }

    /// The quote ends in 다, 요 or 까 (before closing punctuation).
    static func endsLikeSentence(_ q: SourceRange, _ t: EventText) -> Bool {
        var e = q.upperBound
        while e > q.lowerBound, t.b[e - 1] == 0x20 || t.b[e - 1] == 0x2E || t.b[e - 1] == 0x21 || t.b[e - 1] == 0x3F { e -= 1 }
        guard let last = t.scalar(before: e), last.start >= q.lowerBound else { return false }
        return last.value == 0xB2E4 /* 다 */ || last.value == 0xC694 /* 요 */ || last.value == 0xAE4C /* 까 */
    }

    /// `올해 '태평양 도서국 포럼(PIF)'* 의장국을 수행하는`: the series a country chairs or belongs to,
    /// not a meeting.
    static func isChairedSeries(_ end: Int, _ t: EventText) -> Bool {
        var k = end
        if let s = t.scalar(at: k), EventText.quotePairs.contains(where: { $0.1 == s.value }) { k = s.end }
        if k < t.b.count, t.b[k] == 0x28, let p = t.parenthesis(at: k) { k = p.end }
        while k < t.b.count, t.b[k] == 0x2A || t.b[k] == 0x20 { k += 1 }
        return seriesPosts.contains { t.matches($0, at: k) }
    }

    static let seriesPosts: [[UInt8]] = ["의장국", "의장직", "공동의장국", "회원국"].map { Array($0.utf8) }

    /// `특별대표 회의` and `특별대표회의`: the same name spaced two ways (the day is compared by the caller).
    static func sameWithoutSpaces(_ a: String, _ b: String) -> Bool {
        a.utf8.lazy.filter { $0 != 0x20 }.elementsEqual(b.utf8.lazy.filter { $0 != 0x20 })
    }

    /// `청장은 “… 제19차 정례회의를 개최하였다.”고 밝혔다`: a quoted sentence that reports a holding
    /// (an event verb in it) is read as the text's own sentence, its event words named as usual.
    static func isReportedLead(_ q: SourceRange, _ t: EventText) -> Bool {
        endsLikeSentence(q, t) && t.containsAny(EventCues.eventVerbs, in: q)
    }
}
