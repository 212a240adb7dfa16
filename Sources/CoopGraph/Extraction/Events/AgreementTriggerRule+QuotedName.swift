extension AgreementTriggerRule {
    /// `'타슈켄트시 상수관 개선 사업' 실시협약`, `「워싱턴」 선언`: the quoted title written right
    /// before the agreement phrase (a space or nothing between), as its content range.
    ///
    /// The quote names the project or subject and the word after it the kind of paper, so the
    /// two together are the agreement's name; the word alone (`실시협약`) is only the kind.
    static func quotedTitle(before start: Int, in sr: SourceRange, _ t: EventText) -> SourceRange? {
        var k = start
        if k - 1 > sr.lowerBound, t.b[k - 1] == 0x20 { k -= 1 }
        // Every closing mark ends in 0x22, 0x27 or a three-byte scalar starting E2/E3/EF:
        // refuse on the last byte before decoding anything.
        guard let close = t.scalar(before: k), close.start > sr.lowerBound,
              EventText.quotePairs.contains(where: { $0.1 == close.value }) else { return nil }
        guard let q = t.enclosingQuote(around: close.start, in: sr), q.upperBound == close.start, q.count > 0 else { return nil }
        return q
    }
}

extension AgreementTriggerRule {
    /// Whether the quote `q` around a trigger ending at `triggerEnd` is the agreement's own title.
    ///
    /// A quote that goes on past the agreement word with more words (`'유엔기후변화협약 당사국총회'`,
    /// `'… 협약 20주년 국제회의'`) titles an event or a plan about the agreement, and a quote ending
    /// in a sentence ending (`"이번 협약이 … 추진하겠다"`) is somebody's words: neither is the name.
    /// A gloss (`(MOU)`), a year range or a `서`/`문`/`식` glued to the word may follow.
    static func isOwnTitle(_ q: SourceRange, triggerEnd: Int, _ t: EventText) -> Bool {
        var k = triggerEnd
        // Glued syllables that keep the word the paper itself: 협정서, 선언문.
        if let s = t.scalar(at: k), k < q.upperBound, s.value == 0xC11C || s.value == 0xBB38 { k = s.end }   // 서 문
        while k < q.upperBound, t.b[k] == 0x20 { k += 1 }
        if k < q.upperBound, t.b[k] == 0x28, let p = t.parenthesis(at: k) { k = p.end }
        while k < q.upperBound, t.b[k] == 0x20 || t.b[k] == 0x2A { k += 1 }
        guard k >= q.upperBound else { return false }
        return !endsAsSpeech(q, t)
    }

    /// The quote ends in a sentence ending (`…하겠다`, `…입니다`, `…했어요`): quoted words.
    static func endsAsSpeech(_ q: SourceRange, _ t: EventText) -> Bool {
        var k = q.upperBound
        while k > q.lowerBound, t.b[k - 1] == 0x20 || t.b[k - 1] == 0x2E || t.b[k - 1] == 0x2C || t.b[k - 1] == 0x21 { k -= 1 }
        guard let last = t.scalar(before: k), last.start >= q.lowerBound else { return false }
        return last.value == 0xB2E4 || last.value == 0xC694   // 다 요
    }

    /// Connective verb forms that end a clause, not a name word (`확산하고자`, `인정받아`,
    /// `더불어`, `되어 온`): a name read back across one starts after it.
    static let clauseEndings: [[UInt8]] = ["고자", "받아", "되어", "하여", "아니라", "더불어", "통해", "이하", "따라", "만큼", "있어"].map { Array($0.utf8) }
    static let clauseWords: [[UInt8]] = ["온", "번째"].map { Array($0.utf8) }

    /// The start of `r` moved past its last word that ends a clause (`clauseEndings`, `clauseWords`).
    static func nameStart(in r: SourceRange, _ t: EventText) -> Int {
        var start = r.lowerBound
        var ws = r.lowerBound
        var k = r.lowerBound
        while k <= r.upperBound {
            if k == r.upperBound || t.b[k] == 0x20 {
                if k > ws {
                    let len = k - ws
                    let ends = clauseEndings.contains { e in e.count <= len && t.matches(e, at: k - e.count) }
                        || clauseWords.contains { e in e.count == len && t.matches(e, at: ws) }
                    if ends, k < r.upperBound { start = k + 1 }
                }
                ws = k + 1
            }
            k += 1
        }
        return start
    }
}
